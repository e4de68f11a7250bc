import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellAt, columnLetter, parseA1, type SheetGrid } from '../../domain/model/grid';
import { cellText } from '../format';
import type { Strings } from '../i18n';
import { maxOf } from '../../domain/arrays';

export interface SheetGridViewProps {
  readonly grid: SheetGrid;
  /** A1 of the cell to highlight (the demo's stand-in for selecting it in Excel). */
  readonly highlight: string | null;
  readonly strings: Strings;
}

const useStyles = makeStyles({
  scroll: {
    overflow: 'auto',
    maxHeight: '70vh',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Separate borders: a sticky heading cell then paints its own border and background, so scrolled cells never show through.
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: tokens.fontSizeBase200 },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The corner stays put under both sticky header lines.
  corner: { left: 0, zIndex: 2 },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'end',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'nowrap',
    maxWidth: '16em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  highlight: {
    outline: `${tokens.strokeWidthThickest} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: `-${tokens.strokeWidthThick}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A read-only view of the sample sheet with Excel's row and column headings. */
export function SheetGridView(props: SheetGridViewProps): React.JSX.Element {
  const { grid, strings: s } = props;
  const styles = useStyles();
  const highlightRef = React.useRef<HTMLTableCellElement>(null);
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const target = props.highlight !== null ? parseA1(props.highlight) : null;
  const width = maxOf(grid.values.map((r) => r.length), 0);
  const cols = Array.from({ length: width }, (_, i) => grid.originCol + i);
  const rows = grid.values.map((_, i) => grid.originRow + i);

  React.useEffect(() => {
    // Centre the cell in the sheet view only; scrollIntoView would also scroll the page away from the finding just activated.
    const cell = highlightRef.current;
    const box = scrollRef.current;
    if (!cell || !box) return;
    const c = cell.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    box.scrollTo?.({ left: box.scrollLeft + c.left - b.left - (b.width - c.width) / 2, top: box.scrollTop + c.top - b.top - (b.height - c.height) / 2 });
  }, [props.highlight]);

  return (
    <div ref={scrollRef} className={styles.scroll} role="region" aria-label={s.demoSheet.heading(grid.sheetName)} tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.head, styles.corner)}>
              {s.demoSheet.rowHeader}
            </th>
            {cols.map((c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row" className={styles.rowHead}>
                {r + 1}
              </th>
              {cols.map((c) => {
                const value = cellAt(grid, r, c);
                const highlighted = target !== null && target.row === r && target.col === c;
                return (
                  <td
                    key={c}
                    ref={highlighted ? highlightRef : undefined}
                    data-a1={`${columnLetter(c)}${r + 1}`}
                    aria-current={highlighted ? 'true' : undefined}
                    className={mergeClasses(styles.cell, typeof value === 'number' && styles.number, highlighted && styles.highlight)}
                  >
                    {cellText(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
