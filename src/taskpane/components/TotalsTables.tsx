import * as React from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { projectTableTotal, type AmountTotals, type ProjectTotals, type ReportTotals } from '../../domain/model/report';
import { formatAmount } from '../format';
import type { Strings } from '../i18n';

export interface TotalsTablesProps {
  readonly totals: ReportTotals;
  /** Official project names with their markers (①医薬品プロジェクト …), by project id. */
  readonly projectLabels: Readonly<Record<string, string>>;
  readonly strings: Strings;
}

const useStyles = makeStyles({
  scroll: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200, marginBottom: tokens.spacingVerticalS },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, textAlign: 'start' },
  amount: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  // Names stay readable in a narrow pane and stay in view while the full tables scroll sideways.
  name: { minWidth: '9em', position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  toggle: { alignSelf: 'flex-start' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  note: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, marginTop: 0 },
});

/**
 * The headline totals (AMED / インハウス / 合計, funds apart) and the totals by integrated project,
 * in 千円. At first a summary that fits a 350 px pane (each line's 要求・要望額 and 増減, and
 * 候補 where there are some); every column one click away, with the row names kept in view.
 */
export const TotalsTables = React.memo(function TotalsTables(props: TotalsTablesProps): React.JSX.Element {
  const { strings: s, totals } = props;
  const styles = useStyles();
  const [full, setFull] = React.useState(false);
  const loc = s.locale;
  // Every line that holds money: a 区分不明 line when some 区分 is unknown, money apart on its own lines.
  const hasUnknown = totals.unknownCategory.total !== 0 || (totals.unknownCategory.previous ?? 0) !== 0;
  const headline: [string, AmountTotals][] = [
    [s.totals.amed, totals.amed],
    [s.totals.inhouse, totals.inhouse],
    ...(hasUnknown ? [[s.totals.unknownCategory, totals.unknownCategory] as [string, AmountTotals]] : []),
    [s.totals.all, totals.all],
    [s.totals.fund, totals.fund],
    ...totals.accounts.map((a): [string, AmountTotals] => [s.totals.account(a.label), a.totals]),
  ];
  const amount = (n: number | null, mark = false) => (
    <td className={mergeClasses(styles.cell, styles.amount)}>
      {formatAmount(n, loc)}
      {mark && n !== null ? <abbr title={s.totals.estimatedNote}>{s.totals.estimatedMark}</abbr> : null}
    </td>
  );
  const hasCandidates = [...totals.byProject, totals.unspecified].some((p) => p.candidate !== 0);
  const showCandidates = full || hasCandidates;
  const projectRow = (key: string, label: string, p: ProjectTotals, isTotal = false) => (
    <tr key={key}>
      <th scope="row" className={mergeClasses(styles.cell, styles.name)}>{label}</th>
      {full ? amount(p.amed) : null}
      {full ? amount(p.inhouse) : null}
      {full && hasUnknown ? amount(p.unknownCategory) : null}
      {amount(p.total)}
      {full ? amount(p.previous, p.previousEstimated) : null}
      {amount(p.change, p.previousEstimated)}
      {showCandidates ? isTotal || p.candidate === 0 ? <td className={styles.cell} /> : amount(p.candidate) : null}
    </tr>
  );
  const sumLine = projectTableTotal(totals);
  const estimated = [...totals.byProject, totals.unspecified].some((p) => p.previousEstimated);
  return (
    <div className={styles.stack}>
      <Button className={styles.toggle} size="small" appearance="subtle" aria-expanded={full} onClick={() => setFull(!full)}>
        {full ? s.totals.showFewer : s.totals.showAll}
      </Button>
      {/* Scrollable content must be reachable by keyboard; the region names what scrolls. */}
      <div className={styles.scroll} role="region" aria-label={s.totals.heading} tabIndex={0}>
        <table className={styles.table}>
          <caption className={styles.caption}>
            {s.totals.headlineCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>{s.totals.category}</th>
              <th scope="col" className={styles.cell}>{s.totals.total}</th>
              {full ? <th scope="col" className={styles.cell}>{s.totals.request}</th> : null}
              {full ? <th scope="col" className={styles.cell}>{s.totals.priorityRequest}</th> : null}
              {full ? <th scope="col" className={styles.cell}>{s.totals.previous}</th> : null}
              <th scope="col" className={styles.cell}>{s.totals.change}</th>
            </tr>
          </thead>
          <tbody>
            {headline.map(([label, t]) => (
              <tr key={label}>
                <th scope="row" className={mergeClasses(styles.cell, styles.name)}>{label}</th>
                {amount(t.total)}
                {full ? amount(t.request) : null}
                {full ? amount(t.priorityRequest) : null}
                {full ? amount(t.previous) : null}
                {amount(t.change)}
              </tr>
            ))}
          </tbody>
        </table>
        <table className={styles.table}>
          <caption className={styles.caption}>
            {s.totals.projectCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>{s.totals.project}</th>
              {full ? <th scope="col" className={styles.cell}>{s.totals.amed}</th> : null}
              {full ? <th scope="col" className={styles.cell}>{s.totals.inhouse}</th> : null}
              {full && hasUnknown ? <th scope="col" className={styles.cell}>{s.totals.unknownCategory}</th> : null}
              <th scope="col" className={styles.cell}>{s.totals.total}</th>
              {full ? <th scope="col" className={styles.cell}>{s.totals.previous}</th> : null}
              <th scope="col" className={styles.cell}>{s.totals.change}</th>
              {showCandidates ? <th scope="col" className={styles.cell}>{s.totals.candidate}</th> : null}
            </tr>
          </thead>
          <tbody>
            {totals.byProject.map((p) => projectRow(p.projectId ?? '', (p.projectId !== null ? props.projectLabels[p.projectId] : undefined) ?? p.name, p))}
            {projectRow('unspecified', s.totals.unattributed, totals.unspecified)}
            {projectRow('all', s.totals.all, sumLine, true)}
          </tbody>
        </table>
        <p className={styles.note}>{s.totals.candidateNote}</p>
        {estimated ? <p className={styles.note}>{`${s.totals.estimatedMark} ${s.totals.estimatedNote}`}</p> : null}
      </div>
    </div>
  );
});
