import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens, type AccordionItemValue } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { boxHeight } from './virtual-box';
import type { FetchLines } from './sources';
import { useLines } from './use-lines';
import type { Reason } from '../../domain/model/classification';
import type { ReportRow } from '../../domain/model/report';
import { COLUMN_ROLES, type ColumnRole } from '../../domain/model/table';
import { formatAmount } from '../format';
import type { Strings } from '../i18n';
import { PREVIOUS_YEAR_STRINGS } from './previous-year-strings';
import { renderNoSuggestion } from '../../domain/rules/no-suggestion-messages';

export interface RowClassificationsProps {
  /** The report's rows, kept by the engine (a new function: new results). */
  readonly rows: FetchLines<ReportRow>;
  readonly count: number;
  /** Official project names with markers, by project id. */
  readonly projectLabels: Readonly<Record<string, string>>;
  /** 区分 names as the policy writes them, by id (amed → AMED対象経費). */
  readonly categoryLabels: Readonly<Record<string, string>>;
  readonly strings: Strings;
  readonly onSelectCell: (cell: string) => void;
  /** Row keys whose suggestions the officer accepted (for this year). */
  readonly acceptedKeys: ReadonlySet<string>;
  readonly onAccept: (row: ReportRow) => void;
  readonly onWithdraw: (row: ReportRow) => void;
  /** Absent where the host cannot write into the sheet (the demo still can: it edits its copy). */
  readonly onWriteLabel?: (row: ReportRow) => void;
}

const useStyles = makeStyles({
  header: { fontSize: tokens.fontSizeBase200 },
  headerText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  sub: { color: tokens.colorNeutralForeground2 },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0, fontSize: tokens.fontSizeBase200 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  reasons: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  quote: {
    margin: `${tokens.spacingVerticalXXS} 0 0 0`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  // The rows scroll inside a box of their own: only those in view are rendered.
  scroll: {
    maxHeight: '28rem',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  canvas: { position: 'relative', width: '100%' },
  line: { position: 'absolute', top: 0, left: 0, width: '100%' },
  // A row still on its way from the engine: as tall as a closed row's heading.
  pending: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, minHeight: '2.5rem', boxSizing: 'border-box', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  candidates: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function rowReasons(row: ReportRow): Reason[] {
  const c = row.classification;
  const all = [
    // A counted project's evidence, or the leading candidate's where nothing is counted yet.
    ...c.suggestions.filter((sg, i) => row.projects.some((p) => p.id === sg.projectId) || (row.projects.length === 0 && i === 0)).flatMap((sg) => sg.reasons),
    ...c.priorityAreas.flatMap((t) => t.reasons),
    ...c.diseaseAreas.flatMap((t) => t.reasons),
    ...c.purposes.flatMap((t) => t.reasons),
    ...(c.fund?.reasons ?? []),
  ];
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = `${r.kind}|${r.field}|${r.matched}|${r.citation?.section ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fieldLabel(field: string, s: Strings): string {
  return (COLUMN_ROLES as readonly string[]).includes(field) ? s.mapping.roles[field as ColumnRole] : field;
}

/**
 * Each 事業's classification: projects with amounts, areas, and the reasons with their policy
 * passages. Only the rows in view are in the page (virtualised) and only they are asked of the
 * engine, which keeps the rows; which rows are open is kept here, so a row scrolled away and
 * back keeps its state.
 */
export const RowClassifications = React.memo(function RowClassifications(props: RowClassificationsProps): React.JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = React.useState<{ rows: unknown; items: AccordionItemValue[] }>({ rows: props.rows, items: [] });
  // New results open nothing.
  const openItems = open.rows === props.rows ? open.items : [];
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 56,
    overscan: 4,
  });
  const items = virtualizer.getVirtualItems();
  const row = useLines(props.rows, items[0]?.index ?? 0, items[items.length - 1]?.index ?? -1);
  return (
    <div ref={scrollRef} className={styles.scroll} style={{ height: boxHeight(virtualizer.getTotalSize()) }}>
      <Accordion multiple collapsible openItems={openItems} onToggle={(_, data) => setOpen({ rows: props.rows, items: data.openItems })}>
        <div className={styles.canvas} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const at = row(item.index);
            return (
              <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} className={styles.line} style={{ transform: `translateY(${item.start}px)` }}>
                {at === undefined ? (
                  <div className={styles.pending}>{props.strings.loadingLine}</div>
                ) : (
                  <RowClassification
                    row={at}
                    projectLabels={props.projectLabels}
                    categoryLabels={props.categoryLabels}
                    strings={props.strings}
                    onSelectCell={props.onSelectCell}
                    accepted={props.acceptedKeys.has(at.key)}
                    onAccept={props.onAccept}
                    onWithdraw={props.onWithdraw}
                    {...(props.onWriteLabel ? { onWriteLabel: props.onWriteLabel } : {})}
                  />
                )}
              </div>
            );
          })}
        </div>
      </Accordion>
    </div>
  );
});

export interface RowClassificationProps {
  readonly row: ReportRow;
  readonly projectLabels: Readonly<Record<string, string>>;
  readonly categoryLabels: Readonly<Record<string, string>>;
  readonly strings: Strings;
  readonly onSelectCell: (cell: string) => void;
  readonly accepted: boolean;
  readonly onAccept: (row: ReportRow) => void;
  readonly onWithdraw: (row: ReportRow) => void;
  readonly onWriteLabel?: (row: ReportRow) => void;
}

/** What a row's suggestions say, in the officer's words: the project (where none is declared), 区分 and areas. */
function candidateTexts(row: ReportRow, props: RowClassificationProps): string[] {
  const s = props.strings.rows;
  // Leaders that tie are no candidate: the row says 「候補なし」 and why (noCandidateText).
  const top = row.projects.length === 0 && !row.noSuggestion ? row.suggestions[0] : undefined;
  const confidence = (c: string) => s.confidence[c as 'high' | 'medium' | 'low'] ?? c;
  const label = (sg: ReportRow['suggestions'][number]) => props.projectLabels[sg.id] ?? sg.name;
  // Last year's projects are one suggestion, accepted together: each with its part of this year's amount.
  const projects =
    top?.amount !== undefined
      ? row.suggestions
          .filter((sg) => sg.amount !== undefined)
          .map((sg) => (sg.amount === null ? label(sg) : PREVIOUS_YEAR_STRINGS[props.strings.locale].candidateShare(label(sg), formatAmount(sg.amount, props.strings.locale))))
          .join(s.separator)
      : top
        ? label(top)
        : null;
  return [
    ...(top && projects !== null ? [`${s.projects}: ${s.candidateProject(projects, confidence(top.confidence))}`] : []),
    ...(row.candidates.category !== null ? [`${s.category}: ${props.categoryLabels[row.candidates.category] ?? row.candidates.category}`] : []),
    ...(row.candidates.priorityAreas.length > 0 ? [`${s.priorityAreas}: ${row.candidates.priorityAreas.join(s.separator)}`] : []),
    ...(row.candidates.diseaseAreas.length > 0 ? [`${s.diseaseAreas}: ${row.candidates.diseaseAreas.join(s.separator)}`] : []),
  ];
}

/** 「候補なし」 and why, for a row that states no project and whose text gives no candidate. */
function noCandidateText(row: ReportRow, props: RowClassificationProps): string | null {
  if (row.projects.length > 0 || !row.noSuggestion) return null;
  return props.strings.rows.noCandidate(renderNoSuggestion(row.noSuggestion, props.strings.locale, (id) => props.projectLabels[id] ?? id));
}

/** One 事業: its heading (row, name, projects) and, when opened, what it was classified as and why. */
export const RowClassification = React.memo(function RowClassification(props: RowClassificationProps): React.JSX.Element {
  const { strings: s, row } = props;
  const styles = useStyles();
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(s.rows.separator) : s.rows.none);
  const projects = row.projects.map((p) => `${props.projectLabels[p.id] ?? p.name} ${p.amount === null ? s.rows.unknownAmount : formatAmount(p.amount, s.locale)}`);
  const reasons = rowReasons(row);
  const candidates = candidateTexts(row, props);
  const noCandidate = noCandidateText(row, props);
  const acceptedProject = row.projects.some((p) => p.basis === 'accepted');
  return (
    <AccordionItem value={row.row}>
      <AccordionHeader as="h4" className={styles.header} size="small">
        <span className={styles.headerText}>
          <span>
            {s.rows.row(row.row)} {row.name}
          </span>
          <span className={styles.sub}>
            {row.projects.length > 0 ? list(row.projects.map((p) => props.projectLabels[p.id] ?? p.name)) : s.rows.noProject}
            {row.basis !== null && s.rows.basisNote(s.rows.basis[row.basis])}
          </span>
          {candidates.length > 0 && !props.accepted && (
            <span className={styles.sub}>
              {s.rows.candidates}: {candidates[0]}
            </span>
          )}
          {noCandidate !== null && <span className={styles.sub}>{noCandidate}</span>}
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <dl className={styles.facts}>
          <dt className={styles.term}>{s.rows.category}</dt>
          <dd className={styles.detail}>{row.category !== null ? (props.categoryLabels[row.category] ?? row.category) : s.rows.none}</dd>
          <dt className={styles.term}>{s.rows.projects}</dt>
          <dd className={styles.detail}>{list(projects)}</dd>
          <dt className={styles.term}>{s.rows.priorityAreas}</dt>
          <dd className={styles.detail}>{list(row.priorityAreas)}</dd>
          <dt className={styles.term}>{s.rows.diseaseAreas}</dt>
          <dd className={styles.detail}>{list(row.diseaseAreas)}</dd>
          <dt className={styles.term}>{s.rows.purposes}</dt>
          <dd className={styles.detail}>{list(row.purposes)}</dd>
        </dl>
        {(candidates.length > 0 || props.accepted) && (
          <div className={styles.candidates} role="group" aria-label={s.rows.candidates}>
            {candidates.length > 0 && (
              <>
                <div className={styles.term}>{s.rows.candidates}</div>
                <ul className={styles.reasons}>
                  {candidates.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            )}
            <p className={styles.hint}>{props.accepted ? s.rows.acceptedHint : s.rows.candidateHint}</p>
            <div className={styles.buttons}>
              {candidates.length > 0 && (
                <Button size="small" appearance="primary" onClick={() => props.onAccept(row)}>
                  {s.rows.accept}
                </Button>
              )}
              {props.accepted && (
                <Button size="small" onClick={() => props.onWithdraw(row)}>
                  {s.rows.withdraw}
                </Button>
              )}
              {props.accepted && acceptedProject && row.labelCell !== undefined && props.onWriteLabel && (
                <Button size="small" onClick={() => props.onWriteLabel?.(row)}>
                  {s.rows.writeLabel(row.labelCell)}
                </Button>
              )}
            </div>
          </div>
        )}
        {row.fund && <div>{s.rows.fund}</div>}
        {row.classification.adjustmentFund && <div>{s.rows.adjustmentFund}</div>}
        {reasons.length > 0 && (
          <div>
            <div className={styles.term}>{s.rows.reasons}</div>
            <ul className={styles.reasons}>
              {reasons.map((r, i) => (
                <li key={i}>
                  {r.previous
                    ? PREVIOUS_YEAR_STRINGS[s.locale].previousReason(r.previous.sheet, r.previous.row, r.previous.by, String(r.previous.similarity))
                    : s.rows.reasonText(s.rows.reasonKind[r.kind], fieldLabel(r.field, s), r.matched)}
                  {r.citation && <blockquote className={styles.quote}>{s.rows.citation(r.citation.section, r.citation.text)}</blockquote>}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <Button size="small" onClick={() => props.onSelectCell(row.cell)}>
            {s.rows.selectRow(row.cell)}
          </Button>
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
});
