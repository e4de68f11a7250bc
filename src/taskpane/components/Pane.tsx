import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload16Regular } from '@fluentui/react-icons';
import type { PolicyPack } from '../../domain/policy/schema';
import type { PaneHost } from '../host';
import type { Strings } from '../i18n';
import { XLSX_TYPE } from '../download';
import { usePane } from '../use-pane';
import { usePreviousYear } from '../use-previous-year';
import { CheckSummary } from './CheckSummary';
import { ConfirmWriteDialog } from './ConfirmWriteDialog';
import { DownloadLink } from './DownloadLink';
import { MappingEditor } from './MappingEditor';
import { ConsolidationStep } from './ConsolidationStep';
import { useConsolidation } from '../use-consolidation';
import { missingHeaders } from '../mapping-columns';
import { SheetPicker } from './SheetPicker';
import { StepBoundary } from './StepBoundary';
import { WorkProgress } from './WorkProgress';
import { YearPicker } from './YearPicker';
import { PackFileLoader, type PackFileLoaderProps } from './PackFileLoader';
import { SPOKEN_ONLY } from './spoken-only';

export interface PaneProps {
  readonly host: PaneHost;
  readonly packs: readonly PolicyPack[];
  readonly strings: Strings;
  /** Shown above everything (the demo says what it works on). */
  readonly banner?: React.ReactNode;
  /** Take the focus when the pane opens (the demo, opened by a button that is then gone). */
  readonly focusOnOpen?: boolean;
  /** Step 1's policy file loading (PanePacks gives it); without it the pane offers the bundled years only. */
  readonly packFiles?: Omit<PackFileLoaderProps, 'strings' | 'disabled'>;
}

type ResultViews = typeof import('./result-views');
let resultViewsLoaded: ResultViews | null = null;

/**
 * The views of results and sheets (and their virtualiser) are not in the pane's first download:
 * one chunk, fetched as soon as the pane is on screen, so it is there before the first results.
 * Null until then (a spinner stands in).
 */
function useResultViews(): ResultViews | null {
  const [views, setViews] = React.useState(resultViewsLoaded);
  React.useEffect(() => {
    if (views !== null) return;
    let active = true;
    import(/* webpackChunkName: "results" */ './result-views').then(
      (m) => {
        resultViewsLoaded = m;
        if (active) setViews(m);
      },
      () => undefined,
    );
    return () => void (active = false);
  }, [views]);
  return views;
}

/**
 * Moves the focus to what an act produced once it is on screen: a button that starts a long
 * act is disabled meanwhile, and the browser would otherwise leave the focus on the page body.
 */
function useFocusAfter(produced: unknown, ready: boolean): [React.RefObject<HTMLElement | null>, () => void] {
  const target = React.useRef<HTMLElement | null>(null);
  // What was on screen when the act began: only something new takes the focus.
  const pending = React.useRef<{ readonly before: unknown } | null>(null);
  React.useEffect(() => {
    if (pending.current === null || !ready || produced === null || produced === pending.current.before || target.current === null) return;
    pending.current = null;
    target.current.focus();
    target.current.scrollIntoView?.({ block: 'start' });
  });
  return [target, () => void (pending.current = { before: produced })];
}

const useStyles = makeStyles({
  layout: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    // Room at the page's end for the action bar pinned to the bottom: under the last step, or under the demo's
    // sheet when that comes below the pane (room under the pane itself left a gap above the sheet).
    paddingBottom: '7rem',
    '@media (min-width: 960px)': { paddingBottom: tokens.spacingHorizontalM },
  },
  // The demo shows the sample sheet beside the pane when the window is wide enough.
  demoLayout: {
    '@media (min-width: 960px)': { flexDirection: 'row', alignItems: 'flex-start' },
  },
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    flexBasis: '26rem',
    flexShrink: 0,
    maxWidth: '100%',
  },
  // 検証 and 提出用シート作成 within reach wherever the pane is scrolled (Excel's pane is narrow and
  // tall results push the steps far apart); beside the demo's sheet view, in the flow.
  actionBar: {
    position: 'fixed',
    left: 0,
    right: 0,
    bottom: 0,
    zIndex: 10,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
    '@media (min-width: 960px)': { position: 'static', padding: 0, borderTop: 'none', boxShadow: 'none' },
  },
  side: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    flexGrow: 1,
    // Beside the pane, the sheet stays in view while the findings scroll.
    '@media (min-width: 960px)': { position: 'sticky', top: 0, maxHeight: '100vh', overflowY: 'auto' },
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  barRow: { flexBasis: '100%' },
  status: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', minHeight: tokens.lineHeightBase300, flexBasis: '100%' },
  // Read out, not shown: the message bar just above says the same.
  spokenOnly: SPOKEN_ONLY,
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  acceptAll: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The whole task pane: year and sheet, mapping, 検証, results, 提出用シート作成. */
export function Pane(props: PaneProps): React.JSX.Element {
  const { strings: s, packs } = props;
  const styles = useStyles();
  const [previous, previousActions, previousPort] = usePreviousYear(props.host, packs);
  const [state, actions, sources] = usePane(props.host, packs, s, previousPort);
  const [consolidation, consolidationActions] = useConsolidation(props.host, packs, s);
  const [resultsHeading, focusResultsLater] = useFocusAfter(state.report, state.busy === null);
  const [outcomeMessage, focusOutcomeLater] = useFocusAfter(state.submission, state.busy === null);
  const title = React.useRef<HTMLHeadingElement>(null);
  const views = useResultViews();
  const loading = <Spinner size="tiny" label={s.loadingView} />;
  const focusOnOpen = props.focusOnOpen === true;
  React.useEffect(() => {
    if (focusOnOpen) title.current?.focus();
  }, [focusOnOpen]);
  // Results on screen follow 「前年度のシート」: a new choice checks again (the officer asked for it).
  React.useEffect(() => {
    if (previous.version > 0 && state.report !== null && state.busy === null) actions.runCheck();
    // Only a new choice, not every result, starts a check.
  }, [previous.version]);
  const demo = props.host.kind === 'demo';
  const busy = state.busy !== null;
  const pack = packs.find((p) => p.id === (state.report?.policy.id ?? state.packId)) ?? packs[packs.length - 1];
  // Memoised with the pack: the result views below are memoised on their props.
  const projectLabels = React.useMemo(() => Object.fromEntries(pack.projects.map((p) => [p.id, `${p.marker}${p.name}`])), [pack]);
  const categoryLabels = React.useMemo(() => Object.fromEntries(pack.vocabularies.categories.map((c) => [c.id, c.name])), [pack]);
  const mappingProjects = React.useMemo(() => pack.projects.map((p) => ({ id: p.id, label: `${p.marker}${p.name}` })), [pack]);
  // Once per sheet and mapping: it measures the grid's width, and the pane renders on every progress step.
  const missingHeaderRoles = React.useMemo(
    () => (state.grid !== null && state.mapping !== null ? missingHeaders(state.grid.head, state.mapping, pack) : []),
    [state.grid, state.mapping, pack],
  );
  const acceptedKeys = React.useMemo(
    () => new Set(state.accepted.filter((a) => a.packId === state.report?.policy.id).map((a) => a.key)),
    [state.accepted, state.report],
  );
  const highConfidence = state.report?.highConfidence ?? 0;
  const counts = React.useMemo(
    () => (state.report === null ? null : { error: state.report.summary.errors, warning: state.report.summary.warnings, info: state.report.summary.infos }),
    [state.report],
  );
  const years = packs.map((p) => ({ id: p.id, label: p.fiscalYear.label, title: p.title, decidedOnJa: p.decidedOnJa, decidedBy: p.decidedBy }));
  const outcome = state.submission?.outcome;
  const report = state.report;
  const exportReport = report !== null && props.host.downloads ? actions.exportReport : undefined;
  /** One part of the pane that may fail to render without taking the rest with it. */
  const guard = (part: string, children: React.ReactNode, resetKey: unknown = report) => (
    <StepBoundary part={part} strings={s} onExport={exportReport} resetKey={resetKey}>
      {children}
    </StepBoundary>
  );

  const pane = (
    <main className={styles.pane} aria-labelledby="pane-title">
      <h1 id="pane-title" ref={title} tabIndex={-1} className={styles.h1}>
        {s.appTitle}
      </h1>
      {props.banner}
      {state.error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.notice !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="step-setup">
        <h2 id="step-setup" className={styles.h2}>
          {s.steps.setup}
        </h2>
        {guard(
          s.steps.setup,
          <>
            <SheetPicker sheets={state.sheets} value={state.sheet} strings={s} disabled={busy} onChange={actions.selectSheet} />
            <YearPicker years={years} value={state.packId} source={state.yearSource} strings={s} disabled={busy} onChange={actions.selectYear} />
            {props.packFiles && <PackFileLoader {...props.packFiles} strings={s} disabled={busy} />}
            {views && (
              <views.PreviousYearPicker
                sheets={state.sheets.filter((name) => name !== state.sheet)}
                state={previous}
                strings={s}
                disabled={busy}
                onSheet={(name) => previousActions.chooseSheet(name, state.packId)}
                onFile={(file) => previousActions.chooseFile(file, state.packId)}
                onClear={previousActions.clear}
              />
            )}
          </>,
          state.grid,
        )}
      </section>

      {state.grid !== null && state.mapping !== null && (
        <section className={styles.section} aria-labelledby="step-mapping">
          <h2 id="step-mapping" className={styles.h2}>
            {s.steps.mapping}
          </h2>
          <Accordion collapsible defaultOpenItems={state.mappingSource === 'none' ? ['mapping'] : []}>
            <AccordionItem value="mapping">
              <AccordionHeader as="h3" size="small">
                {s.mapping.summary(state.mapping.headerTop + 1, state.mapping.headerBottom + 1, state.mapping.columns.length)}
              </AccordionHeader>
              <AccordionPanel>
                {guard(
                  s.steps.mapping,
                  <MappingEditor
                    grid={state.grid.head}
                    mapping={state.mapping}
                    source={state.mappingSource}
                    projects={mappingProjects}
                    strings={s}
                    disabled={busy}
                    onChange={actions.editMapping}
                    onReset={actions.resetMapping}
                    missing={missingHeaderRoles}
                  />,
                  state.mapping,
                )}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </section>
      )}

      <div className={styles.actionBar}>
        <Button
          appearance="primary"
          disabled={busy || state.grid === null}
          onClick={() => {
            focusResultsLater();
            actions.runCheck();
          }}
        >
          {s.check.run}
        </Button>
        {state.report !== null && (
          <Button
            appearance={state.report.status === 'errors' ? 'secondary' : 'primary'}
            disabled={busy}
            onClick={() => {
              focusOutcomeLater();
              actions.createSubmission();
            }}
          >
            {s.submission.create}
          </Button>
        )}
        {/* A long check or write, and キャンセル, where the buttons are. */}
        {(state.busy === 'checking' || state.busy === 'writing') && (
          <div className={styles.barRow}>
            <WorkProgress progress={state.progress} strings={s} onCancel={actions.cancel} />
          </div>
        )}
        {state.stopped !== null && state.busy === null && (
          <MessageBar className={styles.barRow} intent="warning" layout="multiline">
            <MessageBarBody>{state.stopped}</MessageBarBody>
          </MessageBar>
        )}
        {/* What the last act did, beside the buttons that are always in view: never thousands of pixels above the click. */}
        <div role="status" aria-live="polite" className={styles.status}>
          {busy && <Spinner size="tiny" aria-hidden="true" />}
          <Text size={200} className={state.stopped !== null && state.busy === null && state.announcement === state.stopped ? styles.spokenOnly : undefined}>
            {state.announcement}
          </Text>
        </div>
      </div>

      {state.report !== null && (
        <section className={styles.section} aria-labelledby="step-results">
          <h2 id="step-results" ref={resultsHeading as React.RefObject<HTMLHeadingElement>} tabIndex={-1} className={styles.h2}>
            {s.steps.results}
          </h2>
          {guard(s.failure.parts.summary, <CheckSummary report={state.report} strings={s} />)}
          <h3 className={styles.h3}>{s.findings.heading}</h3>
          {guard(
            s.failure.parts.findings,
            views && sources.findings && counts ? (
              <views.FindingsList
                source={sources.findings}
                counts={counts}
                strings={s}
                selected={state.selected?.finding ?? null}
                onActivate={actions.activateFinding}
              />
            ) : (
              loading
            ),
          )}
          <h3 className={styles.h3}>{s.totals.heading}</h3>
          {guard(s.failure.parts.totals, views ? <views.TotalsTables totals={state.report.totals} projectLabels={projectLabels} strings={s} /> : loading)}
          {state.report.previousYear && (
            <>
              <h3 className={styles.h3}>{s.failure.parts.previousYear}</h3>
              {guard(s.failure.parts.previousYear, views ? <views.PreviousYearSummary section={state.report.previousYear} strings={s} onSelectCell={actions.selectCell} /> : loading)}
            </>
          )}
          <h3 className={styles.h3}>{s.rows.heading}</h3>
          {guard(
            s.failure.parts.rows,
            <>
              {highConfidence > 0 && (
                <div className={styles.acceptAll}>
                  <Button onClick={actions.acceptHighConfidence}>{s.rows.acceptAll(highConfidence)}</Button>
                  <span className={styles.hint}>{s.rows.acceptAllHint}</span>
                </div>
              )}
              {views && sources.rows ? (
                <views.RowClassifications
                rows={sources.rows}
                count={state.report.rowCount}
                projectLabels={projectLabels}
                categoryLabels={categoryLabels}
                strings={s}
                onSelectCell={actions.selectCell}
                acceptedKeys={acceptedKeys}
                onAccept={actions.acceptRow}
                onWithdraw={actions.withdrawRow}
                  {...(props.host.writeProjectLabel ? { onWriteLabel: actions.writeLabel } : {})}
                />
              ) : (
                loading
              )}
            </>,
          )}
          <div className={styles.actions}>
            {props.host.downloads ? (
              <Button icon={<ArrowDownload16Regular />} onClick={actions.exportReport}>
                {s.report.export}
              </Button>
            ) : (
              <Text size={200}>{s.report.cannotDownload}</Text>
            )}
          </div>
        </section>
      )}

      {state.report !== null && (
        <section className={styles.section} aria-labelledby="step-submission">
          <h2 id="step-submission" className={styles.h2}>
            {s.steps.submission}
          </h2>
          {guard(
            s.steps.submission,
            <>
            <Field
              label={s.submission.ministry}
              validationState={state.ministry === '' && state.report.ministry === null ? 'warning' : 'none'}
              validationMessage={state.ministry === '' && state.report.ministry === null ? s.submission.ministryUnknown : undefined}
            >
              <Select value={state.ministry} disabled={busy} onChange={(_, d) => actions.selectMinistry(d.value)}>
                <option value="">{state.report.ministry ? s.submission.ministryStated(state.report.ministry.name, state.report.ministry.from) : s.submission.ministryNone}</option>
                {pack.vocabularies.ministries.map((m) => (
                  <option key={m.id} value={m.name}>
                    {m.name}
                  </option>
                ))}
              </Select>
            </Field>
            <p className={styles.hint}>{s.submission.createHint}</p>
            {outcome !== undefined && (
              // The focus lands on a plain element around the message: Fluent's MessageBar is a focus group
              // of its own, and Tab from inside it would skip the download link that follows.
              <div ref={outcomeMessage as React.RefObject<HTMLDivElement>} tabIndex={-1}>
                <MessageBar intent={state.submission?.provisional ? 'warning' : 'success'}>
                  <MessageBarBody>{outcome.kind === 'written' ? s.submission.written(outcome, state.submission?.provisional ?? false) : s.submission.built(state.submission?.provisional ?? false)}</MessageBarBody>
                </MessageBar>
              </div>
            )}
            {/* Below the message, which says to save it with the link below. */}
            {outcome?.kind === 'file' && (
              <div className={styles.actions}>
                <DownloadLink data={outcome.data} fileName={outcome.fileName} type={XLSX_TYPE}>
                  {s.submission.download(outcome.fileName)}
                </DownloadLink>
              </div>
            )}
            </>,
            state.submission,
          )}
        </section>
      )}

      {guard(s.failure.parts.consolidation, <ConsolidationStep state={consolidation} strings={s} onInputs={consolidationActions.run} onOpenWorkbook={consolidationActions.runOpenWorkbook} onForce={consolidationActions.force} />)}

      <ConfirmWriteDialog
        open={state.confirmOpen}
        errorCount={state.report?.summary.errors ?? 0}
        strings={s}
        onConfirm={actions.confirmSubmission}
        onCancel={actions.cancelSubmission}
      />
    </main>
  );

  if (!demo) return <div className={styles.layout}>{pane}</div>;
  return (
    <div className={mergeClasses(styles.layout, styles.demoLayout)}>
      {pane}
      <aside className={styles.side} aria-label={s.demoSheet.aside}>
        {state.grid !== null && (
          <section className={styles.section}>
            <h2 className={styles.h2}>
              {s.demoSheet.heading(state.grid.sheetName)}
            </h2>
            {state.selected !== null && <Text>{s.demoSheet.highlighted(state.selected.cell)}</Text>}
            {guard(
              s.failure.parts.sheet,
              views && sources.grid ? <views.SheetGridView sheet={state.grid} rows={sources.grid} highlight={state.selected?.cell ?? null} strings={s} /> : loading,
              state.grid,
            )}
          </section>
        )}
        {state.submission !== null && (
          <section className={styles.section}>
            <h2 className={styles.h2}>
              {s.submission.preview}
            </h2>
            {guard(
              s.failure.parts.preview,
              views && sources.model ? <views.SheetModelView model={state.submission.model} rows={sources.model} label={s.submission.preview} locale={s.locale} /> : loading,
              state.submission,
            )}
          </section>
        )}
      </aside>
    </div>
  );
}
