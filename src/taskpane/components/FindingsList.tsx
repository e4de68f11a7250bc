import * as React from 'react';
import { Checkbox, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SEVERITIES, type Severity } from '../../domain/model/finding';
import type { CheckReport, ReportFinding } from '../../domain/model/report';
import type { Strings } from '../i18n';
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
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    alignItems: 'baseline',
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
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
  where: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/**
 * Findings grouped by rule in catalogue order, filterable by severity; Enter, Space or a click
 * selects the cell. The list is one tab stop; the arrow keys, Home and End move through it.
 */
export function FindingsList(props: FindingsListProps): React.JSX.Element {
  const { strings: s } = props;
  const styles = useStyles();
  const id = React.useId();
  const [shown, setShown] = React.useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const counts = Object.fromEntries(SEVERITIES.map((sev) => [sev, props.findings.filter((f) => f.severity === sev).length])) as Record<Severity, number>;
  const indexed = props.findings.map((finding, index) => ({ finding, index }));
  const groups = props.groups
    .map((group) => ({ group, items: indexed.filter(({ finding }) => finding.rule === group.rule && shown.has(finding.severity)) }))
    .filter(({ items }) => items.length > 0);

  // Roving tab stop: Tab enters the list once (at the finding last focused), arrows move within it.
  const [tabStop, setTabStop] = React.useState<number | null>(null);
  const actionable = groups.flatMap(({ items }) => items.filter(({ finding }) => finding.cell !== undefined).map(({ index }) => index));
  const stop = tabStop !== null && actionable.includes(tabStop) ? tabStop : actionable[0];
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const step = ARROW_STEPS[event.key];
    if (step === undefined) return;
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-cell]'));
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const next = step === 'first' ? 0 : step === 'last' ? buttons.length - 1 : Math.min(buttons.length - 1, Math.max(0, at + step));
    buttons[next].focus();
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
      {groups.length === 0 && <Text>{s.findings.noneShown}</Text>}
      <div className={styles.root} onKeyDown={onKeyDown}>
        {groups.map(({ group, items }, g) => (
          <section key={group.rule} className={styles.group} aria-labelledby={`${id}-g${g}`} data-rule={group.rule}>
            <h4 id={`${id}-g${g}`} className={styles.groupHeading}>
              <SeverityLabel severity={group.severity} text={s.severity[group.severity]} />
              <span>{group.title}</span>
              <span>{s.findings.count(items.length)}</span>
            </h4>
            <ul className={styles.list} aria-labelledby={`${id}-g${g}`}>
              {items.map(({ finding, index }) => (
                <li key={index}>
                  <FindingItem
                    finding={finding}
                    strings={s}
                    current={props.selected === index}
                    tabStop={stop === index}
                    onFocus={() => setTabStop(index)}
                    hintId={`${id}-hint`}
                    onActivate={() => props.onActivate(finding, index)}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

const ARROW_STEPS: Readonly<Record<string, number | 'first' | 'last'>> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };

interface FindingItemProps {
  readonly finding: ReportFinding;
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
      <span className={styles.where}>
        <SeverityLabel severity={finding.severity} text={s.severity[finding.severity]} />
        {where !== null && <span className={styles.cell}>{where}</span>}
      </span>
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
      tabIndex={props.tabStop ? 0 : -1}
      onFocus={props.onFocus}
      onClick={props.onActivate}
    >
      {content}
    </button>
  );
}
