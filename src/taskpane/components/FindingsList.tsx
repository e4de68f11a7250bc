import * as React from 'react';
import { Checkbox, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SEVERITIES, type Severity } from '../../domain/model/finding';
import type { CheckReport, ReportFinding } from '../../domain/model/report';
import type { Strings } from '../i18n';
import { useVirtualizer } from '@tanstack/react-virtual';
import { boxHeight } from './virtual-box';
import { SeverityLabel } from './SeverityLabel';

export interface FindingsListProps {
  readonly groups: CheckReport['groups'];
  readonly findings: readonly ReportFinding[];
  readonly strings: Strings;
  /** Index (in `findings`) of the finding whose cell is selected. */
  readonly selected: number | null;
  readonly onActivate: (finding: ReportFinding, index: number) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filter: { border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  // Text flow, not flex: a long title wraps under itself instead of pushing the severity onto a line of its own.
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    '& > * + *': { marginLeft: tokens.spacingHorizontalS },
  },
  // One line per finding where it fits: the cell, then the message (the severity is its group's).
  item: {
    display: 'flex',
    flexDirection: 'row',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
  },
  button: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, flexShrink: 0, whiteSpace: 'nowrap' },
  // Read by screen readers only: sighted users see the severity once, on the group's heading.
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  // The findings scroll inside a box of their own: only the lines in view are rendered.
  scroll: {
    maxHeight: '24rem',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
  canvas: { position: 'relative', width: '100%' },
  line: { position: 'absolute', top: 0, left: 0, width: '100%', paddingBottom: tokens.spacingVerticalXXS, boxSizing: 'border-box' },
});

/** One line of the flattened list: a rule's heading, or one of its findings. */
type Line =
  | { readonly kind: 'group'; readonly group: CheckReport['groups'][number]; readonly count: number; readonly key: string }
  | { readonly kind: 'finding'; readonly finding: ReportFinding; readonly index: number; readonly key: string };

/**
 * Findings grouped by rule in catalogue order, filterable by severity; Enter, Space or a click
 * selects the cell. The list is one tab stop; the arrow keys, Home and End move through it.
 * Only the lines in view are in the page (virtualised), so a sheet with 100,000 findings
 * renders as fast as one with ten.
 */
export const FindingsList = React.memo(function FindingsList(props: FindingsListProps): React.JSX.Element {
  const { strings: s } = props;
  const styles = useStyles();
  const id = React.useId();
  const [shown, setShown] = React.useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const counts = React.useMemo(() => {
    const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of props.findings) bySeverity[f.severity]++;
    return bySeverity;
  }, [props.findings]);
  // Flattened once per result and filter: a heading line per rule, then its findings.
  const { lines, actionable, lineOf } = React.useMemo(() => {
    const indexOf = new Map<ReportFinding, number>();
    props.findings.forEach((f, i) => indexOf.set(f, i));
    const byRule = new Map<string, ReportFinding[]>();
    for (const f of props.findings) {
      if (!shown.has(f.severity)) continue;
      const list = byRule.get(f.rule);
      if (list) list.push(f);
      else byRule.set(f.rule, [f]);
    }
    const out: Line[] = [];
    const withCell: number[] = [];
    const lineIndex = new Map<number, number>();
    // Errors first, then warnings, then infos; the catalogue's order within each.
    const ordered = SEVERITIES.flatMap((severity) => props.groups.filter((g) => g.severity === severity));
    for (const group of ordered) {
      const items = byRule.get(group.rule);
      if (items === undefined) continue;
      out.push({ kind: 'group', group, count: items.length, key: `g:${group.rule}` });
      for (const finding of items) {
        const index = indexOf.get(finding)!;
        lineIndex.set(index, out.length);
        out.push({ kind: 'finding', finding, index, key: `f:${index}` });
        if (finding.cell !== undefined) withCell.push(index);
      }
    }
    return { lines: out, actionable: withCell, lineOf: lineIndex };
  }, [props.findings, props.groups, shown]);

  // Roving tab stop: Tab enters the list once (at the finding last focused), arrows move within it.
  const [tabStop, setTabStop] = React.useState<number | null>(null);
  const stop = tabStop !== null && lineOf.has(tabStop) && props.findings[tabStop]?.cell !== undefined ? tabStop : actionable[0];
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (lines[i].kind === 'group' ? 32 : 60),
    getItemKey: (i) => lines[i].key,
    overscan: 6,
  });
  // A finding reached by the keyboard may be out of view (not rendered): scroll to it, then focus it once it is.
  const pendingFocus = React.useRef<number | null>(null);
  React.useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`button[data-index="${target}"]`);
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });
  const focusFinding = (index: number) => {
    pendingFocus.current = index;
    setTabStop(index);
    virtualizer.scrollToIndex(lineOf.get(index)!, { align: 'auto' });
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const step = ARROW_STEPS[event.key];
    if (step === undefined) return;
    const focused = Number((document.activeElement as HTMLElement | null)?.getAttribute('data-index') ?? NaN);
    const at = actionable.indexOf(focused);
    if (at < 0) return;
    event.preventDefault();
    const next = step === 'first' ? 0 : step === 'last' ? actionable.length - 1 : Math.min(actionable.length - 1, Math.max(0, at + step));
    focusFinding(actionable[next]);
  };

  const toggle = (severity: Severity, on: boolean) =>
    setShown((old) => {
      const next = new Set(old);
      if (on) next.add(severity);
      else next.delete(severity);
      return next;
    });

  if (props.findings.length === 0) return <Text>{s.findings.none}</Text>;

  return (
    <div className={styles.root}>
      <fieldset className={styles.filter}>
        <legend className={styles.legend}>{s.findings.filter}</legend>
        {SEVERITIES.map((severity) => (
          <Checkbox
            key={severity}
            checked={shown.has(severity)}
            onChange={(_, d) => toggle(severity, d.checked === true)}
            label={<SeverityLabel severity={severity} text={s.severity[severity]} suffix={s.findings.filterCount(counts[severity])} />}
          />
        ))}
      </fieldset>
      <Text id={`${id}-hint`} size={200}>
        {s.findings.activateHint}
      </Text>
      {lines.length === 0 && <Text>{s.findings.noneShown}</Text>}
      <div ref={scrollRef} className={styles.scroll} style={{ height: boxHeight(virtualizer.getTotalSize()) }} onKeyDown={onKeyDown} role="region" aria-label={s.findings.heading}>
        <div className={styles.canvas} style={{ height: virtualizer.getTotalSize() }} role="list" aria-describedby={`${id}-hint`}>
          {virtualizer.getVirtualItems().map((item) => {
            const line = lines[item.index];
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                role="listitem"
                data-index={item.index}
                data-line={line.kind}
                data-rule={line.kind === 'group' ? line.group.rule : line.finding.rule}
                className={styles.line}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {line.kind === 'group' ? (
                  <h4 className={styles.groupHeading}>
                    <SeverityLabel severity={line.group.severity} text={s.severity[line.group.severity]} />
                    <span>{line.group.title}</span>
                    <span>{s.findings.count(line.count)}</span>
                  </h4>
                ) : (
                  <FindingItem
                    finding={line.finding}
                    index={line.index}
                    strings={s}
                    current={props.selected === line.index}
                    tabStop={stop === line.index}
                    onFocus={() => setTabStop(line.index)}
                    hintId={`${id}-hint`}
                    onActivate={() => props.onActivate(line.finding, line.index)}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});

const ARROW_STEPS: Readonly<Record<string, number | 'first' | 'last'>> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };

interface FindingItemProps {
  readonly finding: ReportFinding;
  /** Its index in the report's findings (what the keyboard moves by). */
  readonly index: number;
  readonly strings: Strings;
  readonly current: boolean;
  /** The one finding Tab stops at. */
  readonly tabStop: boolean;
  readonly hintId: string;
  readonly onFocus: () => void;
  readonly onActivate: () => void;
}

function FindingItem(props: FindingItemProps): React.JSX.Element {
  const { finding, strings: s } = props;
  const styles = useStyles();
  const where = finding.cell ?? (finding.row !== undefined ? s.findings.row(finding.row) : null);
  const content = (
    <>
      <span className={styles.hidden}>{s.severity[finding.severity]}</span>
      {where !== null && <span className={styles.cell}>{where}</span>}
      <span>{finding.message}</span>
    </>
  );
  if (finding.cell === undefined) return <div className={styles.item}>{content}</div>;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.button, props.current && styles.current)}
      aria-describedby={props.hintId}
      aria-current={props.current ? 'true' : undefined}
      data-cell={finding.cell}
      data-index={props.index}
      tabIndex={props.tabStop ? 0 : -1}
      onFocus={props.onFocus}
      onClick={props.onActivate}
    >
      {content}
    </button>
  );
}
