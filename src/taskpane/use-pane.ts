import * as React from 'react';
import type { AcceptedSuggestion } from '../domain/model/acceptance';
import type { ReportFinding, ReportRow } from '../domain/model/report';
import { acceptRow, withdrawRow } from './acceptance';
import type { ColumnMapping } from '../domain/model/table';
import type { PolicyPack } from '../domain/policy/schema';
import { EngineCancelled, pageEngine, type Engine, type EngineProgress, type ModelHead, type ReportHead, type SheetHandle } from './engine';
import type { MappingSource } from './components/MappingEditor';
import type { YearSource } from './components/YearPicker';
import { loadedPacks } from './loaded-packs';
import type { PreviousYearPort } from './use-previous-year';
import { useResultSources, type ResultSources } from './result-sources';
import { downloadFile } from './download';
import { missingHeaders } from './mapping-columns';
import type { PaneHost, SubmissionOutcome } from './host';
import type { Strings } from './i18n';

export interface PaneState {
  readonly busy: 'loading' | 'checking' | 'writing' | null;
  /** What the engine is doing during a check or a submission sheet (null otherwise). */
  readonly progress: EngineProgress | null;
  /** Said where the progress was, after the user cancelled (until the next check or sheet). */
  readonly stopped: string | null;
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  /** The sheet as the engine keeps it (its cells stay there). */
  readonly grid: SheetHandle | null;
  readonly packId: string;
  readonly yearSource: YearSource;
  readonly mapping: ColumnMapping | null;
  readonly mappingSource: MappingSource;
  /** The check's results without their rows and findings, which the engine keeps (the views ask it for the lines in view). */
  readonly report: ReportHead | null;
  /** Suggestions the officer accepted on this sheet (kept in the workbook's settings). */
  readonly accepted: readonly AcceptedSuggestion[];
  /** The finding (index in report.findings) and cell the user last activated. */
  readonly selected: { readonly finding: number | null; readonly cell: string } | null;
  readonly ministry: string;
  readonly submission: { readonly model: ModelHead; readonly outcome: SubmissionOutcome; readonly provisional: boolean } | null;
  readonly confirmOpen: boolean;
  /** What the live region says: progress and results. */
  readonly announcement: string;
  /** Said beside the results: the sheet changed since the results before, so they were made anew. */
  readonly notice: string | null;
  readonly error: string | null;
}

export interface PaneActions {
  selectSheet(sheet: string): void;
  selectYear(packId: string): void;
  editMapping(mapping: ColumnMapping): void;
  resetMapping(): void;
  runCheck(): void;
  /** Stops the check or submission sheet in progress; what was on screen before it stays. */
  cancel(): void;
  /** Accepts the row's suggestions (project, 区分, areas); they count from the next check on, which runs at once. */
  acceptRow(row: ReportRow): void;
  withdrawRow(row: ReportRow): void;
  /** Accepts the leading project of every row with nothing declared and a high-confidence suggestion. */
  acceptHighConfidence(): void;
  /** Writes the row's accepted project into its own 統合プロジェクト cell (Excel only; an empty cell only). */
  writeLabel(row: ReportRow): void;
  activateFinding(finding: ReportFinding, index: number): void;
  selectCell(cell: string): void;
  selectMinistry(id: string): void;
  createSubmission(): void;
  confirmSubmission(): void;
  cancelSubmission(): void;
  exportReport(): void;
}

/** Until a header is given, an empty mapping the user can fill in. */
const EMPTY_MAPPING: ColumnMapping = { headerTop: 0, headerBottom: 0, columns: [] };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Progress is shown at most this often: each update renders the pane, results included. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * A progress callback that passes on the first report of each phase at once and the rest at
 * most every PROGRESS_INTERVAL_MS (the engine reports every 500 rows).
 */
function throttled(show: (progress: EngineProgress) => void): (progress: EngineProgress) => void {
  let last = 0;
  let phase: string | null = null;
  return (progress) => {
    const now = Date.now();
    if (progress.phase === phase && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    phase = progress.phase;
    show(progress);
  };
}

/**
 * The pack a sheet should be checked against, and why (a stored choice, the title's year, or the
 * latest), with the mapping detected under it. Reading the table is the engine's (off the page).
 */
async function chooseYear(engine: Engine, grid: SheetHandle, packs: readonly PolicyPack[], storedYear: string | null) {
  const latest = packs[packs.length - 1];
  const stored = storedYear !== null && packs.some((p) => p.id === storedYear) ? storedYear : null;
  const inspection = await engine.inspect(grid, stored ?? undefined, loadedPacks(packs));
  const year: { packId: string; source: YearSource } =
    stored !== null
      ? { packId: stored, source: 'stored' }
      : inspection.guessedPackId !== null
        ? { packId: inspection.guessedPackId, source: 'sheet' }
        : { packId: latest.id, source: 'fallback' };
  return { year, detected: inspection.mapping };
}

/**
 * The pane's flow as state and actions: pick sheet and year, confirm the mapping, check, look
 * at findings, create the submission sheet, export the report. Only this hook calls the host.
 */
/** `previousYear`: 「前年度のシート」, read again for each check and sent with it. */
export function usePane(host: PaneHost, packs: readonly PolicyPack[], strings: Strings, previousYear?: PreviousYearPort): [PaneState, PaneActions, ResultSources] {
  const engine = React.useMemo(() => pageEngine(), []);
  /** Counts cancels: a check or write that sees it change after an await (the host's read, say) stops there. */
  const cancels = React.useRef(0);
  const [state, setState] = React.useState<PaneState>(() => ({
    busy: 'loading',
    progress: null,
    stopped: null,
    sheets: [],
    sheet: null,
    grid: null,
    packId: packs[packs.length - 1].id,
    yearSource: 'fallback',
    mapping: null,
    mappingSource: 'none',
    report: null,
    accepted: [],
    selected: null,
    ministry: '',
    submission: null,
    confirmOpen: false,
    announcement: '',
    notice: null,
    error: null,
  }));
  // Actions read the latest state without being re-created on every render.
  const current = React.useRef(state);
  current.current = state;
  const update = React.useCallback((patch: Partial<PaneState>) => {
    setState((old) => {
      const next = { ...old, ...patch };
      current.current = next;
      return next;
    });
  }, []);
  /**
   * New results: rendered as a transition, so React renders the views in slices with the page
   * free between them (a 50,000-row result in one go blocked the page for 300 ms). What follows
   * results in the same flow (an announcement, the confirmation dialog) goes the same way, so it
   * is never shown before them.
   */
  const show = (patch: Partial<PaneState>) => React.startTransition(() => update(patch));
  const pack = (id: string) => packs.find((p) => p.id === id) ?? packs[packs.length - 1];

  /** Results stop matching the inputs as soon as an input changes. */
  const cleared = { report: null, selected: null, submission: null, notice: null, stopped: null } as const;

  const mapped = (detected: ColumnMapping | null): { mapping: ColumnMapping; mappingSource: MappingSource } =>
    detected !== null ? { mapping: detected, mappingSource: 'detected' } : { mapping: EMPTY_MAPPING, mappingSource: 'none' };
  const detectMapping = async (grid: SheetHandle, packId: string) => mapped((await engine.inspect(grid, pack(packId).id, loadedPacks(packs))).mapping);

  const loadSheet = async (sheet: string) => {
    update({ busy: 'loading', sheet, ...cleared, error: null, announcement: strings.check.loadingSheet });
    try {
      const grid = await host.loadSheet(sheet);
      const stored = await host.loadMapping(sheet);
      const accepted = await host.loadAccepted(sheet);
      const { year, detected } = await chooseYear(engine, grid, packs, await host.loadYear());
      const mapping = stored !== null ? { mapping: stored, mappingSource: 'stored' as const } : mapped(detected);
      show({ busy: null, grid, packId: year.packId, yearSource: year.source, ...mapping, accepted, announcement: '' });
    } catch (error) {
      update({ busy: null, grid: null, error: strings.hostError(message(error)), announcement: '' });
    }
  };

  React.useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const sheets = await host.sheetNames();
        const active = await host.activeSheet();
        if (cancelled) return;
        const sheet = active !== null && sheets.includes(active) ? active : (sheets[0] ?? null);
        update({ sheets });
        if (sheet !== null) await loadSheet(sheet);
        else update({ busy: null });
      } catch (error) {
        if (!cancelled) update({ busy: null, error: strings.hostError(message(error)) });
      }
    })();
    return () => {
      cancelled = true;
    };
    // Runs once: the host and packs are fixed for the pane's life.
  }, []);

  /**
   * Reads the sheet again and checks it: what is checked is the sheet as it is now, not the
   * copy read when the pane opened. Says so when it differs from the sheet on screen. The
   * results before stay on screen (and usable) until the new ones arrive, or after a cancel.
   * Returns the report, or null when the check failed or was cancelled (the pane says which).
   */
  const check = async (): Promise<{ report: ReportHead; grid: SheetHandle } | null> => {
    const { grid: before, sheet, packId, yearSource, mapping, mappingSource, accepted } = current.current;
    if (sheet === null) return null;
    update({ busy: 'checking', progress: null, stopped: null, notice: null, error: null, announcement: strings.check.running });
    const onProgress = throttled((progress) => update({ progress }));
    const stillWanted = stopOnCancel();
    try {
      // A mapping whose header rows name neither 事業名 nor an amount is checked (the editor warned) but never remembered.
      if (mappingSource === 'edited' && mapping !== null && (before === null || missingHeaders(before.head, mapping, pack(packId)).length === 0)) await host.saveMapping(sheet, mapping);
      // The same sheet comes back as the same handle: the views of it do not render again, and the engine already has it.
      const checked = stillWanted(await host.loadSheet(sheet, before ?? undefined));
      const changed = before !== null && checked !== before;
      const inputHash = stillWanted(await host.inputHash());
      const previous = stillWanted((await previousYear?.forCheck(packId)) ?? null);
      const report = await engine.check(
        checked,
        {
          // A guessed or default year is left to the engine, which records how it chose.
          ...(yearSource === 'user' || yearSource === 'stored' ? { packId } : {}),
          ...(mapping !== null && (mappingSource === 'stored' || mappingSource === 'edited') ? { mapping } : {}),
          accepted,
          locale: strings.locale,
          ...(host.fileName !== undefined ? { file: host.fileName } : {}),
          ...(inputHash !== undefined ? { inputHash } : {}),
          now: new Date().toISOString(),
          loaded: loadedPacks(packs),
          ...(previous !== null ? { previous } : {}),
        },
        onProgress,
      );
      stillWanted(report);
      show({
        busy: null,
        progress: null,
        grid: checked,
        report,
        selected: null,
        submission: null,
        mappingSource: mappingSource === 'edited' ? 'stored' : mappingSource,
        notice: changed ? strings.check.sheetChanged : null,
        announcement: strings.check.done(report.summary.errors, report.summary.warnings, report.summary.infos),
      });
      return { report, grid: checked };
    } catch (error) {
      if (error instanceof EngineCancelled) {
        const said = strings.progress.checkCancelled(current.current.report !== null);
        update({ busy: null, progress: null, stopped: said, announcement: said });
      } else {
        update({ busy: null, progress: null, error: strings.check.failed(message(error)), announcement: '' });
      }
      return null;
    }
  };

  /**
   * Builds and writes the submission sheet from the sheet as it is now: reads it again first, and
   * when it changed since the check on screen, checks again and builds from that new result.
   * `confirmed` is the report whose remaining errors the user agreed to write; a new check with
   * errors asks again.
   */
  const write = async (confirmed: ReportHead | null) => {
    const { report: shown, grid: checked, sheet, ministry } = current.current;
    if (shown === null || sheet === null) return;
    update({ busy: 'writing', confirmOpen: false, error: null, announcement: strings.submission.rereading });
    let report = shown;
    try {
      const grid = await host.loadSheet(sheet, checked ?? undefined);
      if (checked === null || grid !== checked) {
        // The check below reads the sheet again itself; this read was only to compare.
        engine.release(grid.ref);
        const fresh = await check();
        if (fresh === null) return;
        report = fresh.report;
        show({ notice: strings.submission.sheetChanged });
      }
    } catch (error) {
      update({ busy: null, error: strings.hostError(message(error)), announcement: '' });
      return;
    }
    if (report.status === 'errors' && confirmed !== report) {
      // After the results it is about (a fresh check's arrive as a transition), never before them.
      show({ busy: null, confirmOpen: true });
      return;
    }
    update({ busy: 'writing', progress: null, stopped: null, announcement: strings.submission.creating });
    const onProgress = throttled((progress) => update({ progress }));
    const stillWanted = stopOnCancel();
    try {
      const model = await engine.submission(
        report,
        {
          // The field overrides what the sheet states; neither leaves the sheet's 府省（不明）, which the field warned of.
          ...(ministry !== '' ? { ministry } : report.ministry !== null ? { ministry: report.ministry.name } : {}),
          createdAt: new Date().toISOString(),
          force: report.status === 'errors',
          loaded: loadedPacks(packs),
        },
        onProgress,
      );
      const outcome = await host.writeSubmission(stillWanted(model));
      show({
        busy: null,
        progress: null,
        submission: { model, outcome, provisional: report.status === 'errors' },
        announcement: outcome.kind === 'written' ? strings.submission.written(outcome, report.status === 'errors') : strings.submission.built(report.status === 'errors'),
      });
    } catch (error) {
      if (error instanceof EngineCancelled) {
        update({ busy: null, progress: null, stopped: strings.progress.submissionCancelled, announcement: strings.progress.submissionCancelled });
      } else {
        update({ busy: null, progress: null, error: strings.submission.failed(message(error)), announcement: '' });
      }
    }
  };

  const actions: PaneActions = {
    selectSheet: (sheet) => void loadSheet(sheet),
    selectYear: (packId) => {
      const { grid, mappingSource } = current.current;
      update({ packId, yearSource: 'user', ...cleared });
      host.saveYear(packId).catch((error: unknown) => update({ error: strings.hostError(message(error)) }));
      // A mapping the user confirmed stays; a detected one is detected again, since project columns follow the year.
      if (mappingSource === 'stored' || mappingSource === 'edited' || grid === null) return;
      detectMapping(grid, packId).then(
        // Unless the user moved on meanwhile (another year, another sheet, an edit).
        (detected) => current.current.grid === grid && current.current.packId === packId && current.current.mappingSource === mappingSource && update(detected),
        (error: unknown) => update({ error: strings.hostError(message(error)) }),
      );
    },
    editMapping: (mapping) => update({ mapping, mappingSource: 'edited', ...cleared }),
    resetMapping: () => void resetMapping(),
    runCheck: () => void check(),
    cancel: () => {
      cancels.current++;
      engine.cancel();
    },
    acceptRow: (row) => void changeAccepted((list, packId) => acceptRow(list, row, packId), strings.rows.accepted(row.name)),
    withdrawRow: (row) => void changeAccepted((list, packId) => withdrawRow(list, row, packId), strings.rows.withdrawn(row.name)),
    acceptHighConfidence: () => {
      const { report } = current.current;
      if (report === null) return;
      // The rows are the engine's: it makes the list.
      void changeAccepted((list) => engine.acceptHighConfidence(report, list), strings.rows.acceptedAll(report.highConfidence));
    },
    writeLabel: (row) => void writeLabel(row),
    activateFinding: (finding, index) => {
      if (finding.cell === undefined) return;
      select(finding.sheet, finding.cell, index);
    },
    selectCell: (cell) => {
      const { report } = current.current;
      if (report !== null) select(report.input.sheet, cell, null);
    },
    selectMinistry: (ministry) => update({ ministry }),
    createSubmission: () => void write(null),
    confirmSubmission: () => void write(current.current.report),
    cancelSubmission: () => update({ confirmOpen: false }),
    exportReport: () => void exportReport(),
  };

  /** Passes values on until the user cancels; from then on throws EngineCancelled, as the engine does. */
  function stopOnCancel() {
    const ticket = cancels.current;
    return <T>(value: T): T => {
      if (cancels.current !== ticket) throw new EngineCancelled();
      return value;
    };
  }

  async function resetMapping() {
    const { grid, sheet, packId } = current.current;
    if (grid === null || sheet === null) return;
    try {
      const detected = await detectMapping(grid, packId);
      update({ ...detected, ...cleared });
      // What the workbook remembers becomes the detected mapping, so an old confirmation does not come back next time.
      if (detected.mappingSource === 'detected') await host.saveMapping(sheet, detected.mapping);
    } catch (error) {
      update({ error: strings.hostError(message(error)) });
    }
  }

  /**
   * Keeps the officer's decision in the workbook, then checks again so that every figure on
   * screen (and any sheet written next) counts it.
   */
  async function changeAccepted(change: (list: readonly AcceptedSuggestion[], packId: string) => AcceptedSuggestion[] | Promise<AcceptedSuggestion[]>, done: string) {
    const { report, sheet, accepted } = current.current;
    if (report === null || sheet === null) return;
    let next: AcceptedSuggestion[];
    try {
      next = await change(accepted, report.policy.id);
    } catch (error) {
      update({ error: strings.hostError(message(error)) });
      return;
    }
    update({ accepted: next });
    try {
      await host.saveAccepted(sheet, next);
    } catch (error) {
      update({ error: strings.hostError(message(error)) });
    }
    if ((await check()) !== null) show({ announcement: done });
  }

  async function writeLabel(row: ReportRow) {
    const { report, sheet } = current.current;
    const project = row.projects.find((p) => p.basis === 'accepted');
    if (report === null || sheet === null || !host.writeProjectLabel || row.labelCell === undefined || !project) return;
    try {
      const result = await host.writeProjectLabel(sheet, row.labelCell, project.name);
      if (result === 'not-empty') {
        update({ announcement: strings.rows.labelNotEmpty(row.labelCell) });
        return;
      }
    } catch (error) {
      update({ error: strings.hostError(message(error)) });
      return;
    }
    if ((await check()) !== null) show({ announcement: strings.rows.labelWritten(row.labelCell, project.name) });
  }

  /**
   * Saves the report as the CLI's JSON. The engine writes it where the report is and hands over
   * a file ready to download: a 50,000-row report written here blocked the page for seconds.
   */
  async function exportReport() {
    const { report } = current.current;
    if (report === null) return;
    const fileName = `budget-check-${report.input.sheet}-${report.policy.id}.json`;
    update({ announcement: strings.report.exporting });
    try {
      downloadFile(await engine.reportJson(report), fileName, 'application/json');
      update({ announcement: strings.report.exported(fileName) });
    } catch (error) {
      update({ error: strings.report.exportFailed(message(error)), announcement: '' });
    }
  }

  function select(sheet: string, cell: string, finding: number | null) {
    update({ selected: { finding, cell }, announcement: strings.findings.selected(cell) });
    host.selectCell?.(sheet, cell).catch((error: unknown) => update({ error: strings.hostError(message(error)) }));
  }

  // The same functions on every render, so the memoised views (findings, rows, the sheet) do
  // not render again when only progress changes; each call runs the latest closure.
  const latest = React.useRef(actions);
  latest.current = actions;
  const stable = React.useMemo(
    () =>
      Object.fromEntries(
        Object.keys(latest.current).map((name) => [name, (...args: unknown[]) => Reflect.apply(latest.current[name as keyof PaneActions], undefined, args)]),
      ) as unknown as PaneActions,
    [],
  );
  useReleased(engine, state);
  return [state, stable, useResultSources(engine, state.report, state.grid, state.submission?.model ?? null)];
}

/**
 * Tells the engine which of its objects the pane no longer shows (an earlier sheet, report or
 * model), once the pane shows something else in their place, so that it forgets them.
 */
function useReleased(engine: Engine, state: PaneState): void {
  const shown = React.useRef(new Set<number>());
  React.useEffect(() => {
    const now = new Set([state.grid?.ref, state.report?.ref, state.submission?.model.ref].filter((ref): ref is number => ref !== undefined));
    for (const ref of shown.current) if (!now.has(ref)) engine.release(ref);
    shown.current = now;
  });
}
