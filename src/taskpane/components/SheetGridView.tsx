import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnLetter, parseA1 } from '../../domain/model/grid';
import type { GridRows, SheetHandle } from '../engine';
import { cellText } from '../format';
import type { Strings } from '../i18n';
import { useVirtualizer } from '@tanstack/react-virtual';
import { boxHeight } from './virtual-box';
import type { FetchLines } from './sources';
import { useLines } from './use-lines';

export interface SheetGridViewProps {
  /** The sheet as the engine keeps it, and its rows (by index in the grid). */
  readonly sheet: SheetHandle;
  readonly rows: FetchLines<GridRows[number]>;
  /** A1 of the cell to highlight (the demo's stand-in for selecting it in Excel). */
  readonly highlight: string | null;
  readonly strings: Strings;
}

/** Height of one sheet row in the view: one line of text (cells never wrap here). */
const ROW_HEIGHT = 22;

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
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
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

/**
 * A read-only view of the demo's sheet with Excel's row and column headings. Only the rows in
 * view are in the page (virtualised) and only they are asked of the engine, which keeps the
 * sheet, so a 50,000-row sheet shows as fast as a small one.
 */
export const SheetGridView = React.memo(function SheetGridView(props: SheetGridViewProps): React.JSX.Element {
  const { sheet: grid, strings: s } = props;
  const styles = useStyles();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const target = props.highlight !== null ? parseA1(props.highlight) : null;
  const cols = React.useMemo(() => Array.from({ length: grid.width }, (_, i) => grid.originCol + i), [grid]);
  const virtualizer = useVirtualizer({
    count: grid.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
  });

  // Centre the highlighted cell in the sheet view only; scrollIntoView would also scroll the page away from the finding just activated.
  const pending = React.useRef(false);
  React.useEffect(() => {
    if (target === null || target.row < grid.originRow || target.row >= grid.originRow + grid.rowCount) return;
    pending.current = true;
    virtualizer.scrollToIndex(target.row - grid.originRow, { align: 'center' });
    // Only a new highlight (or sheet) scrolls; the virtualiser itself is a new object every render.
  }, [props.highlight, grid]);
  React.useEffect(() => {
    if (!pending.current) return;
    const box = scrollRef.current;
    const cell = box?.querySelector<HTMLElement>('td[aria-current="true"]');
    if (!box || !cell) return;
    pending.current = false;
    const c = cell.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    box.scrollTo?.({ left: box.scrollLeft + c.left - b.left - (b.width - c.width) / 2, top: box.scrollTop + c.top - b.top - (b.height - c.height) / 2 });
  });

  const items = virtualizer.getVirtualItems();
  const row = useLines(props.rows, items[0]?.index ?? 0, items[items.length - 1]?.index ?? -1);
  const before = items.length > 0 ? items[0].start : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <div ref={scrollRef} className={styles.scroll} style={{ height: boxHeight(virtualizer.getTotalSize() + ROW_HEIGHT) }} role="region" aria-label={s.demoSheet.heading(grid.sheetName)} tabIndex={0}>
      <table className={styles.table} aria-rowcount={grid.rowCount + 1}>
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
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => (
            <GridRow
              key={item.index}
              index={item.index}
              row={grid.originRow + item.index}
              // Undefined while the row is on its way from the engine: drawn empty, then filled.
              values={row(item.index)}
              cols={cols}
              originCol={grid.originCol}
              highlightCol={target !== null && target.row === grid.originRow + item.index ? target.col : null}
            />
          ))}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
});

interface GridRowProps {
  /** Index in the grid, and the sheet row (0-based). */
  readonly index: number;
  readonly row: number;
  readonly values: GridRows[number] | undefined;
  readonly cols: readonly number[];
  readonly originCol: number;
  /** The highlighted cell's column, when it is in this row. */
  readonly highlightCol: number | null;
}

/**
 * One sheet row, drawn again only when its values or its highlight change: scrolling or
 * selecting another cell then draws a few rows, not every row in view (at 20 columns, a
 * thousand cells in one task).
 */
const GridRow = React.memo(function GridRow(props: GridRowProps): React.JSX.Element {
  const styles = useStyles();
  const { row: r, values } = props;
  return (
    <tr aria-rowindex={props.index + 2} aria-busy={values === undefined ? true : undefined} style={{ height: ROW_HEIGHT }}>
      <th scope="row" className={styles.rowHead}>
        {r + 1}
      </th>
      {/* On its way from the engine: one empty cell across the row (unless the highlighted cell is in it, which shows at once). */}
      {values === undefined && props.highlightCol === null ? <td className={styles.cell} colSpan={props.cols.length} /> : null}
      {(values !== undefined || props.highlightCol !== null) && props.cols.map((c) => {
        const value = values?.[c - props.originCol] ?? null;
        const highlighted = props.highlightCol === c;
        return (
          <td
            key={c}
            data-a1={`${columnLetter(c)}${r + 1}`}
            aria-current={highlighted ? 'true' : undefined}
            className={mergeClasses(styles.cell, typeof value === 'number' && styles.number, highlighted && styles.highlight)}
          >
            {cellText(value)}
          </td>
        );
      })}
    </tr>
  );
});
