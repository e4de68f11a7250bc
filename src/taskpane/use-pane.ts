import * as React from 'react';
import type { SheetGrid } from '../domain/model/grid';
import type { AcceptedSuggestion } from '../domain/model/acceptance';
import type { CheckReport, ReportFinding, ReportRow } from '../domain/model/report';
import { acceptHighConfidence, acceptRow, highConfidenceRows, withdrawRow } from './acceptance';
import type { SheetModel } from '../domain/model/sheet-model';
import type { ColumnMapping } from '../domain/model/table';
import { guessPackFromText } from '../domain/policy/registry';
import type { PolicyPack } from '../domain/policy/schema';
import { readTable } from '../domain/reading';
import { sameGrid } from './same-grid';
import type { MappingSource } from './components/MappingEditor';
import type { YearSource } from './components/YearPicker';
import { writeReportJson } from '../domain/engine/report-json';
import { downloadFile } from './download';
import { missingHeaders } from './mapping-columns';
import type { PaneHost, SubmissionOutcome } from './host';
import type { Strings } from './i18n';

export interface PaneState {
  readonly busy: 'loading' | 'checking' | 'writing' | null;
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly grid: SheetGrid | null;
  readonly packId: string;
  readonly yearSource: YearSource;
  readonly mapping: ColumnMapping | null;
  readonly mappingSource: MappingSource;
  readonly report: CheckReport | null;
  /** Suggestions the officer accepted on this sheet (kept in the workbook's settings). */
  readonly accepted: readonly AcceptedSuggestion[];
  /** The finding (index in report.findings) and cell the user last activated. */
  readonly selected: { readonly finding: number | null; readonly cell: string } | null;
  readonly ministry: string;
  readonly submission: { readonly model: SheetModel; readonly outcome: SubmissionOutcome; readonly provisional: boolean } | null;
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

type Engine = typeof import('./engine');
let engine: Promise<Engine> | null = null;

/**
 * The engine chunk (see engine.ts), fetched once. Started when the pane opens, so a click on
 * Check normally finds it loaded; a failed fetch is tried again on the next use.
 */
function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "engine" */ './engine').catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

/** Lets the browser paint the busy state before a long synchronous step (the engine). */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The pack a sheet should be checked against, and why: a stored choice, the title's year, or the latest. */
function chooseYear(grid: SheetGrid, packs: readonly PolicyPack[], storedYear: string | null): { packId: string; source: YearSource } {
  const latest = packs[packs.length - 1];
  if (storedYear !== null && packs.some((p) => p.id === storedYear)) return { packId: storedYear, source: 'stored' };
  const guess = guessPackFromText(readTable(grid, latest).titleLines, packs);
  return guess !== null ? { packId: guess.pack.id, source: 'sheet' } : { packId: latest.id, source: 'fallback' };
}

/**
 * The pane's flow as state and actions: pick sheet and year, confirm the mapping, check, look
 * at findings, create the submission sheet, export the report. Only this hook calls the host.
 */
export function usePane(host: PaneHost, packs: readonly PolicyPack[], strings: Strings): [PaneState, PaneActions] {
  const [state, setState] = React.useState<PaneState>(() => ({
    busy: 'loading',
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
  const pack = (id: string) => packs.find((p) => p.id === id) ?? packs[packs.length - 1];

  /** Results stop matching the inputs as soon as an input changes. */
  const cleared = { report: null, selected: null, submission: null, notice: null } as const;

  const detectMapping = (grid: SheetGrid, packId: string): { mapping: ColumnMapping; mappingSource: MappingSource } => {
    const detected = readTable(grid, pack(packId)).mapping;
    return detected !== null ? { mapping: detected, mappingSource: 'detected' } : { mapping: EMPTY_MAPPING, mappingSource: 'none' };
  };

  const loadSheet = async (sheet: string) => {
    update({ busy: 'loading', sheet, ...cleared, error: null, announcement: strings.check.loadingSheet });
    try {
      const grid = await host.readSheet(sheet);
      const stored = await host.loadMapping(sheet);
      const accepted = await host.loadAccepted(sheet);
      const year = chooseYear(grid, packs, await host.loadYear());
      const mapped = stored !== null ? { mapping: stored, mappingSource: 'stored' as const } : detectMapping(grid, year.packId);
      update({ busy: null, grid, packId: year.packId, yearSource: year.source, ...mapped, accepted, announcement: '' });
    } catch (error) {
      update({ busy: null, grid: null, error: strings.hostError(message(error)), announcement: '' });
    }
  };

  React.useEffect(() => {
    let cancelled = false;
    // Fetched while the user looks at the sheet and the mapping; a failure surfaces on Check.
    loadEngine().catch(() => undefined);
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
   * copy read when the pane opened. Says so when it differs from the sheet on screen. Returns
   * the report, or null when the check failed (the error is on screen).
   */
  const check = async (): Promise<{ report: CheckReport; grid: SheetGrid } | null> => {
    const { grid: before, sheet, packId, yearSource, mapping, mappingSource, accepted } = current.current;
    if (sheet === null) return null;
    update({ busy: 'checking', ...cleared, error: null, announcement: strings.check.running });
    try {
      // A mapping whose header rows name neither 事業名 nor an amount is checked (the editor warned) but never remembered.
      if (mappingSource === 'edited' && mapping !== null && (before === null || missingHeaders(before, mapping, pack(packId)).length === 0)) await host.saveMapping(sheet, mapping);
      const grid = await host.readSheet(sheet);
      const changed = before !== null && !sameGrid(before, grid);
      const inputHash = await host.inputHash();
      const { checkSheet } = await loadEngine();
      update({ grid });
      await nextFrame();
      const report = checkSheet(grid, {
        packs,
        // A guessed or default year is left to the engine, which records how it chose.
        packId: yearSource === 'user' || yearSource === 'stored' ? packId : undefined,
        mapping: mappingSource === 'stored' || mappingSource === 'edited' ? (mapping ?? undefined) : undefined,
        accepted,
        locale: strings.locale,
        file: host.fileName,
        inputHash,
        now: new Date(),
      });
      update({
        busy: null,
        report,
        mappingSource: mappingSource === 'edited' ? 'stored' : mappingSource,
        notice: changed ? strings.check.sheetChanged : null,
        announcement: strings.check.done(report.summary.errors, report.summary.warnings, report.summary.infos),
      });
      return { report, grid };
    } catch (error) {
      update({ busy: null, error: strings.check.failed(message(error)), announcement: '' });
      return null;
    }
  };

  /**
   * Builds and writes the submission sheet from the sheet as it is now: reads it again first, and
   * when it changed since the check on screen, checks again and builds from that new result.
   * `confirmed` is the report whose remaining errors the user agreed to write; a new check with
   * errors asks again.
   */
  const write = async (confirmed: CheckReport | null) => {
    const { report: shown, grid: checked, sheet, ministry } = current.current;
    if (shown === null || sheet === null) return;
    update({ busy: 'writing', confirmOpen: false, error: null, announcement: strings.submission.rereading });
    let report = shown;
    try {
      const grid = await host.readSheet(sheet);
      if (checked === null || !sameGrid(checked, grid)) {
        const fresh = await check();
        if (fresh === null) return;
        report = fresh.report;
        update({ notice: strings.submission.sheetChanged });
      }
    } catch (error) {
      update({ busy: null, error: strings.hostError(message(error)), announcement: '' });
      return;
    }
    if (report.status === 'errors' && confirmed !== report) {
      update({ busy: null, confirmOpen: true });
      return;
    }
    update({ busy: 'writing', announcement: strings.submission.creating });
    try {
      const { buildSubmissionSheet } = await loadEngine();
      await nextFrame();
      const model = buildSubmissionSheet(report, pack(report.policy.id), {
        // The field overrides what the sheet states; neither leaves the sheet's 府省（不明）, which the field warned of.
        ministry: ministry === '' ? (report.ministry?.name ?? undefined) : ministry,
        createdAt: new Date().toISOString(),
        force: report.status === 'errors',
      });
      const outcome = await host.writeSubmission(model);
      update({
        busy: null,
        submission: { model, outcome, provisional: report.status === 'errors' },
        announcement: outcome.kind === 'written' ? strings.submission.written(outcome, report.status === 'errors') : strings.submission.built(report.status === 'errors'),
      });
    } catch (error) {
      update({ busy: null, error: strings.submission.failed(message(error)), announcement: '' });
    }
  };

  const actions: PaneActions = {
    selectSheet: (sheet) => void loadSheet(sheet),
    selectYear: (packId) => {
      const { grid, mappingSource } = current.current;
      // A mapping the user confirmed stays; a detected one is detected again, since project columns follow the year.
      const keep = mappingSource === 'stored' || mappingSource === 'edited' || grid === null;
      update({ packId, yearSource: 'user', ...cleared, ...(keep ? {} : detectMapping(grid, packId)) });
      host.saveYear(packId).catch((error: unknown) => update({ error: strings.hostError(message(error)) }));
    },
    editMapping: (mapping) => update({ mapping, mappingSource: 'edited', ...cleared }),
    resetMapping: () => {
      const { grid, sheet, packId } = current.current;
      if (grid === null || sheet === null) return;
      const detected = detectMapping(grid, packId);
      update({ ...detected, ...cleared });
      // What the workbook remembers becomes the detected mapping, so an old confirmation does not come back next time.
      if (detected.mappingSource === 'detected') {
        host.saveMapping(sheet, detected.mapping).catch((error: unknown) => update({ error: strings.hostError(message(error)) }));
      }
    },
    runCheck: () => void check(),
    acceptRow: (row) => void changeAccepted((list, packId) => acceptRow(list, row, packId), strings.rows.accepted(row.name)),
    withdrawRow: (row) => void changeAccepted((list, packId) => withdrawRow(list, row, packId), strings.rows.withdrawn(row.name)),
    acceptHighConfidence: () => {
      const { report } = current.current;
      if (report === null) return;
      const count = highConfidenceRows(report).length;
      void changeAccepted((list) => acceptHighConfidence(list, report), strings.rows.acceptedAll(count));
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
    exportReport: () => {
      const { report } = current.current;
      if (report === null) return;
      const fileName = `budget-check-${report.input.sheet}-${report.policy.id}.json`;
      // The CLI's --report, byte for byte: one schema, one writer.
      const chunks: string[] = [];
      writeReportJson(report, (chunk) => chunks.push(chunk));
      downloadFile(new TextEncoder().encode(chunks.join('')), fileName, 'application/json');
      update({ announcement: strings.report.exported(fileName) });
    },
  };

  /**
   * Keeps the officer's decision in the workbook, then checks again so that every figure on
   * screen (and any sheet written next) counts it.
   */
  async function changeAccepted(change: (list: readonly AcceptedSuggestion[], packId: string) => AcceptedSuggestion[], done: string) {
    const { report, sheet, accepted } = current.current;
    if (report === null || sheet === null) return;
    const next = change(accepted, report.policy.id);
    update({ accepted: next });
    try {
      await host.saveAccepted(sheet, next);
    } catch (error) {
      update({ error: strings.hostError(message(error)) });
    }
    if ((await check()) !== null) update({ announcement: done });
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
    if ((await check()) !== null) update({ announcement: strings.rows.labelWritten(row.labelCell, project.name) });
  }

  function select(sheet: string, cell: string, finding: number | null) {
    update({ selected: { finding, cell }, announcement: strings.findings.selected(cell) });
    host.selectCell?.(sheet, cell).catch((error: unknown) => update({ error: strings.hostError(message(error)) }));
  }

  return [state, actions];
}
