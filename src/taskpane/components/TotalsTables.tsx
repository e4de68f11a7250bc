import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AmountTotals, ReportTotals } from '../../domain/model/report';
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
});

/** The headline totals (AMED / インハウス / 合計, funds apart) and the totals by integrated project, in 千円. */
export function TotalsTables(props: TotalsTablesProps): React.JSX.Element {
  const { strings: s, totals } = props;
  const styles = useStyles();
  const loc = s.locale;
  const headline: [string, AmountTotals][] = [
    [s.totals.amed, totals.amed],
    [s.totals.inhouse, totals.inhouse],
    [s.totals.all, totals.all],
    [s.totals.fund, totals.fund],
  ];
  const amount = (n: number) => <td className={mergeClasses(styles.cell, styles.amount)}>{formatAmount(n, loc)}</td>;
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
            <th scope="col" className={styles.cell}>{s.totals.total}</th>
            <th scope="col" className={styles.cell}>{s.totals.previous}</th>
            <th scope="col" className={styles.cell}>{s.totals.change}</th>
          </tr>
        </thead>
        <tbody>
          {totals.byProject.map((p) => (
            <tr key={p.projectId}>
              <th scope="row" className={mergeClasses(styles.cell, styles.name)}>{props.projectLabels[p.projectId] ?? p.name}</th>
              {amount(p.amed)}
              {amount(p.inhouse)}
              {amount(p.total)}
              {amount(p.previous)}
              {amount(p.change)}
            </tr>
          ))}
          <tr>
            <th scope="row" className={mergeClasses(styles.cell, styles.name)}>{s.totals.unattributed}</th>
            <td className={styles.cell} />
            <td className={styles.cell} />
            {amount(totals.unattributed)}
            <td className={styles.cell} />
            <td className={styles.cell} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
