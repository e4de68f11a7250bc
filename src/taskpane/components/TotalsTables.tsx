import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
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
  // Names stay readable in a narrow pane; the amounts scroll sideways instead.
  name: { minWidth: '9em' },
  note: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, marginTop: 0 },
});

/** The headline totals (AMED / インハウス / 合計, funds apart) and the totals by integrated project, in 千円. */
export const TotalsTables = React.memo(function TotalsTables(props: TotalsTablesProps): React.JSX.Element {
  const { strings: s, totals } = props;
  const styles = useStyles();
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
  const projectRow = (key: string, label: string, p: ProjectTotals, isTotal = false) => (
    <tr key={key}>
      <th scope="row" className={mergeClasses(styles.cell, styles.name)}>{label}</th>
      {amount(p.amed)}
      {amount(p.inhouse)}
      {hasUnknown ? amount(p.unknownCategory) : null}
      {amount(p.total)}
      {amount(p.previous, p.previousEstimated)}
      {amount(p.change, p.previousEstimated)}
      {isTotal || p.candidate === 0 ? <td className={styles.cell} /> : amount(p.candidate)}
    </tr>
  );
  const sumLine = projectTableTotal(totals);
  const estimated = [...totals.byProject, totals.unspecified].some((p) => p.previousEstimated);
  return (
    // Scrollable content must be reachable by keyboard; the region names what scrolls.
    <div className={styles.scroll} role="region" aria-label={s.totals.heading} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          {s.totals.headlineCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>{s.totals.category}</th>
            <th scope="col" className={styles.cell}>{s.totals.total}</th>
            <th scope="col" className={styles.cell}>{s.totals.request}</th>
            <th scope="col" className={styles.cell}>{s.totals.priorityRequest}</th>
            <th scope="col" className={styles.cell}>{s.totals.previous}</th>
            <th scope="col" className={styles.cell}>{s.totals.change}</th>
          </tr>
        </thead>
        <tbody>
          {headline.map(([label, t]) => (
            <tr key={label}>
              <th scope="row" className={mergeClasses(styles.cell, styles.name)}>{label}</th>
              {amount(t.total)}
              {amount(t.request)}
              {amount(t.priorityRequest)}
              {amount(t.previous)}
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
            <th scope="col" className={styles.cell}>{s.totals.amed}</th>
            <th scope="col" className={styles.cell}>{s.totals.inhouse}</th>
            {hasUnknown ? <th scope="col" className={styles.cell}>{s.totals.unknownCategory}</th> : null}
            <th scope="col" className={styles.cell}>{s.totals.total}</th>
            <th scope="col" className={styles.cell}>{s.totals.previous}</th>
            <th scope="col" className={styles.cell}>{s.totals.change}</th>
            <th scope="col" className={styles.cell}>{s.totals.candidate}</th>
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
  );
});
