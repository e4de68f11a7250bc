import * as React from 'react';
import { Checkbox, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SEVERITIES, type Severity } from '../../domain/model/finding';
import type { ReportFinding } from '../../domain/model/report';
import type { FindingsOutline } from '../engine';
import type { Strings } from '../i18n';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { boxHeight } from './virtual-box';
import { SeverityLabel } from './SeverityLabel';
import type { FindingsSource } from './sources';
import { useLines } from './use-lines';
import { windowOf, withLine } from './kept-line';
import { SPOKEN_ONLY } from './spoken-only';

export interface FindingsListProps {
  /** The report's findings, kept by the engine (a new source: new results). */
  readonly source: FindingsSource;
  /** Findings of each severity (the report's summary). */
  readonly counts: Readonly<Record<Severity, number>>;
  readonly strings: Strings;
  /** Index (in the report's findings) of the finding whose cell is selected. */
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
  // A line still on its way from the engine.
  pending: { color: tokens.colorNeutralForeground3 },
  current: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, flexShrink: 0, whiteSpace: 'nowrap' },
  // Read by screen readers only: sighted users see the severity once, on the group's heading.
  hidden: SPOKEN_ONLY,
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

/**
 * Findings grouped by rule in catalogue order, filterable by severity; Enter, Space or a click
 * selects the cell. The list is one tab stop; the arrow keys, Home and End move through it.
 * Only the lines in view are in the page (virtualised), and only they are asked of the engine,
 * which keeps the findings: a sheet with 100,000 findings renders as fast as one with ten.
 */
export const FindingsList = React.memo(function FindingsList(props: FindingsListProps): React.JSX.Element {
  const { strings: s, source, counts } = props;
  const styles = useStyles();
  const id = React.useId();
  const [shownSet, setShown] = React.useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const shownKey = SEVERITIES.filter((severity) => shownSet.has(severity)).join(',');
  const shown = React.useMemo(() => SEVERITIES.filter((severity) => shownKey.split(',').includes(severity)), [shownKey]);
  // The list's shape under the filter (its lines and headings), from the engine; null until it answers.
  const [outline, setOutline] = React.useState<{ readonly for: unknown; readonly value: FindingsOutline } | null>(null);
  const wanted = React.useMemo(() => ({ source, shown }), [source, shown]);
  React.useEffect(() => {
    let active = true;
    source.outline(shown).then(
      (value) => active && setOutline({ for: wanted, value }),
      () => undefined,
    );
    return () => void (active = false);
  }, [wanted]);
  const current = outline !== null && outline.for === wanted ? outline.value : null;
  const headingAt = React.useMemo(() => new Map((current?.headings ?? []).map((h) => [h.line, h])), [current]);
  const fetchLines = React.useCallback((from: number, to: number) => source.lines(shown, from, to), [wanted]);
  const count = current?.count ?? 0;

  // Roving tab stop: Tab enters the list once (at the finding last focused), arrows move within it.
  const [tabStop, setTabStop] = React.useState<{ readonly for: unknown; readonly line: number } | null>(null);
  const stop = tabStop !== null && tabStop.for === wanted ? tabStop.line : (current?.first ?? null);
  const scrollRef = React.useRef<HTMLDivElement>(null);
  // The same function while the filter is the same: a new one makes the virtualiser lay out every line again (50,000 at 50,000 rows) on each render.
  const itemKey = React.useCallback((i: number) => `${shownKey}:${i}`, [shownKey]);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (headingAt.has(i) ? 32 : 60),
    getItemKey: itemKey,
    overscan: 6,
    rangeExtractor: React.useCallback((range: Range) => withLine(defaultRangeExtractor(range), stop), [stop]),
  });
  const items = virtualizer.getVirtualItems();
  const [first, last] = windowOf(items, stop);
  const line = useLines(current !== null ? fetchLines : null, first, last, stop);
  // A finding reached by the keyboard may be out of view (not rendered, or not yet fetched): scroll to it, then focus it once it is there.
  const pendingFocus = React.useRef<{ readonly line: number; tries: number; focused: boolean; readonly until: number } | null>(null);
  React.useEffect(() => {
    const pending = pendingFocus.current;
    const box = scrollRef.current;
    if (pending === null || box === null) return;
    // Kept a moment after it first shows: the heights of the lines before it were estimates until
    // drawn (and a placeholder is shorter than the finding that replaces it), so drawing them can
    // move it out of view (and out of the page, with the focus) after it was focused.
    if (Date.now() > pending.until) return void (pendingFocus.current = null);
    const button = box.querySelector<HTMLButtonElement>(`button[data-at="${pending.line}"]`);
    const active = document.activeElement;
    // Focused and still there: nothing to do (scrolling again now could only move it away).
    if (button !== null && active === button) return;
    // The focus went elsewhere by the user's hand (not lost with a line drawn away): theirs.
    if (pending.focused && active !== null && active !== document.body) return void (pendingFocus.current = null);
    const drawn = items.find((item) => item.index === pending.line);
    // Where the virtualiser now puts it, with the heights measured as this render was drawn: where it is drawn once that settles.
    const now = virtualizer.getVirtualItems().find((item) => item.index === pending.line);
    const settled = drawn !== undefined && now !== undefined && drawn.start === now.start && drawn.size === now.size;
    if (!settled) {
      // Not drawn yet, or drawn where it no longer is: the next render (which the new heights bring) looks again.
      if (now === undefined && pending.tries < 30) {
        pending.tries++;
        virtualizer.scrollToIndex(pending.line, { align: 'auto' });
      }
      return;
    }
    const offset = box.scrollTop;
    const inView = now.start >= offset - 1 && now.end <= offset + box.clientHeight + 1;
    if (inView && button !== null) {
      button.focus({ preventScroll: true });
      pending.focused = true;
    } else if (pending.tries < 30) {
      // Out of view now that more heights are known: scroll to it again (unless its line is still on its way, which renders again when it comes).
      pending.tries++;
      virtualizer.scrollToIndex(pending.line, { align: 'auto' });
    }
  });
  /** The user scrolls the list: it is theirs to move, no longer ours. */
  const userScrolls = () => void (pendingFocus.current = null);
  const focusLine = (target: number) => {
    pendingFocus.current = { line: target, tries: 0, focused: false, until: Date.now() + FOCUS_SETTLE_MS };
    setTabStop({ for: wanted, line: target });
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const move = ARROW_STEPS[event.key];
    if (move === undefined || current === null) return;
    const focused = Number((document.activeElement as HTMLElement | null)?.getAttribute('data-at') ?? NaN);
    if (Number.isNaN(focused)) return;
    event.preventDefault();
    if (move === 'first' || move === 'last') {
      const target = move === 'first' ? current.first : current.last;
      if (target !== null) focusLine(target);
      return;
    }
    // At once when the lines on the way are here (as they are, next to the one focused); the engine finds it when they are not.
    const near = nearby(focused, move);
    if (near === null) return;
    if (near !== undefined) return focusLine(near);
    void source.step(shown, focused, move).then((target) => target !== null && focusLine(target), () => undefined);
  };
  /** The nearest finding with a cell past `from` among the lines here: null when there is none, undefined when a line on the way is not here. */
  const nearby = (from: number, step: 1 | -1): number | null | undefined => {
    for (let at = from + step; at >= 0 && at < count; at += step) {
      if (headingAt.has(at)) continue;
      const here = line(at);
      if (here === undefined) return undefined;
      if (here.kind === 'finding' && here.finding.cell !== undefined) return at;
    }
    return null;
  };

  const toggle = (severity: Severity, on: boolean) =>
    setShown((old) => {
      const next = new Set(old);
      if (on) next.add(severity);
      else next.delete(severity);
      return next;
    });

  if (counts.error + counts.warning + counts.info === 0) return <Text>{s.findings.none}</Text>;

  return (
    <div className={styles.root}>
      <fieldset className={styles.filter}>
        <legend className={styles.legend}>{s.findings.filter}</legend>
        {SEVERITIES.map((severity) => (
          <Checkbox
            key={severity}
            checked={shownSet.has(severity)}
            onChange={(_, d) => toggle(severity, d.checked === true)}
            label={<SeverityLabel severity={severity} text={s.severity[severity]} suffix={s.findings.filterCount(counts[severity])} />}
          />
        ))}
      </fieldset>
      <Text id={`${id}-hint`} size={200}>
        {s.findings.activateHint}
      </Text>
      {current !== null && count === 0 && <Text>{s.findings.noneShown}</Text>}
      <div ref={scrollRef} className={styles.scroll} style={{ height: boxHeight(virtualizer.getTotalSize()) }} onKeyDown={onKeyDown} onWheel={userScrolls} onPointerDown={userScrolls} role="region" aria-label={s.findings.heading}>
        <div className={styles.canvas} style={{ height: virtualizer.getTotalSize() }} role="list" aria-describedby={`${id}-hint`} aria-busy={current === null}>
          {items.map((item) => {
            const heading = headingAt.get(item.index);
            const fetched = heading === undefined ? line(item.index) : undefined;
            const finding = fetched?.kind === 'finding' ? fetched : null;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                role="listitem"
                data-index={item.index}
                data-line={heading !== undefined ? 'group' : finding !== null ? 'finding' : 'pending'}
                data-rule={heading?.rule ?? finding?.finding.rule}
                className={styles.line}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {heading !== undefined ? (
                  <h4 className={styles.groupHeading}>
                    <SeverityLabel severity={heading.severity} text={s.severity[heading.severity]} />
                    <span>{heading.title}</span>
                    <span>{s.findings.count(heading.count)}</span>
                  </h4>
                ) : finding !== null ? (
                  <FindingItem
                    finding={finding.finding}
                    line={item.index}
                    strings={s}
                    current={props.selected === finding.index}
                    tabStop={stop === item.index}
                    onFocus={() => setTabStop({ for: wanted, line: item.index })}
                    hintId={`${id}-hint`}
                    onActivate={() => props.onActivate(finding.finding, finding.index)}
                  />
                ) : (
                  <div className={mergeClasses(styles.item, styles.pending)}>{s.loadingLine}</div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});

/** How long a finding moved to by the keyboard is kept in view and focused while the lines around it settle. */
const FOCUS_SETTLE_MS = 2_000;

const ARROW_STEPS: Readonly<Record<string, 1 | -1 | 'first' | 'last'>> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };

interface FindingItemProps {
  readonly finding: ReportFinding;
  /** Its line in the list (what the keyboard moves by). */
  readonly line: number;
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
      data-at={props.line}
      tabIndex={props.tabStop ? 0 : -1}
      onFocus={props.onFocus}
      onClick={props.onActivate}
    >
      {content}
    </button>
  );
}
