import * as React from 'react';
import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { PreviousYearSection } from '../../domain/model/report';
import type { Strings } from '../i18n';
import { PREVIOUS_YEAR_STRINGS } from './previous-year-strings';

export interface PreviousYearSummaryProps {
  readonly section: PreviousYearSection;
  readonly strings: Strings;
  readonly onSelectCell: (cell: string) => void;
}

/** Lists are cut here (the page stays light whatever the sheets); the JSON report has every 事業. */
const SHOWN = 50;

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  h4: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** 前年度との比較 in the results: how many 事業 continue, are new or discontinued, and which. */
export const PreviousYearSummary = React.memo(function PreviousYearSummary(props: PreviousYearSummaryProps): React.JSX.Element {
  const { section, strings } = props;
  const s = PREVIOUS_YEAR_STRINGS[strings.locale];
  const styles = useStyles();
  const renamed = section.continuing.filter((c) => c.name !== c.previousName || c.by === 'number');
  const alike = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(n);
  const list = <T,>(heading: string, items: readonly T[], line: (item: T) => React.ReactNode) =>
    items.length > 0 && (
      <>
        <h4 className={styles.h4}>{heading}</h4>
        <ul className={styles.list}>
          {items.slice(0, SHOWN).map((item, i) => (
            <li key={i}>{line(item)}</li>
          ))}
          {items.length > SHOWN && <li>{s.more(items.length - SHOWN)}</li>}
        </ul>
      </>
    );
  const cell = (row: { readonly row: number; readonly name: string; readonly cell: string }) => (
    <Link as="button" onClick={() => props.onSelectCell(row.cell)}>
      {strings.rows.row(row.row)} {row.name}
    </Link>
  );
  return (
    <div className={styles.box}>
      <div>{s.counts(section.continuing.length, section.added.length, section.discontinued.length)}</div>
      {!section.source.sameProjects && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.otherPeriod}</MessageBarBody>
        </MessageBar>
      )}
      {list(s.added, section.added, cell)}
      {list(s.discontinued, section.discontinued, (d) => `${s.previousRow(d.previousRow)} ${d.number !== null ? `${d.number} ` : ''}${d.name}`)}
      {list(s.renamed, renamed, (c) => (
        <>
          {cell(c)} {s.from(c.previousRow, c.previousName, c.by === 'number' ? s.byNumber(alike(c.similarity)) : s.similarity(alike(c.similarity)))}
        </>
      ))}
    </div>
  );
});
