import * as React from 'react';
import { Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ModelCell, SheetModel } from '../../domain/model/sheet-model';
import { formatAmount } from '../format';
import type { PaneLocale } from '../i18n';
import { useVirtualizer } from '@tanstack/react-virtual';
import { boxHeight } from './virtual-box';
import { yieldToPage } from '../yield';

export interface SheetModelViewProps {
  readonly model: SheetModel;
  readonly label: string;
  readonly locale: PaneLocale;
  /** Said while the view is being prepared (a big sheet takes a moment). */
  readonly preparing: string;
}

const useStyles = makeStyles({
  scroll: {
    overflow: 'auto',
    maxHeight: '32rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Fixed layout keeps the sheet's column widths; the view scrolls sideways like a sheet does.
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  // As in Excel, text stays on one line unless the cell wraps, and runs on over empty neighbours.
  cell: { padding: `0 ${tokens.spacingHorizontalXS}`, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', whiteSpace: 'nowrap' },
  wrap: { whiteSpace: 'normal' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  italic: { fontStyle: 'italic' },
  start: { textAlign: 'start' },
  center: { textAlign: 'center' },
  end: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

/** Excel's default column width, in characters. */
const EXCEL_DEFAULT_WIDTH = 8.43;

/** A cell's text as the written sheet shows it: amounts with △ when the number format asks for it. */
function displayValue(cell: ModelCell, model: SheetModel, locale: PaneLocale): string {
  const value = cell.value;
  if (value === null || value === undefined) return cell.formula ?? '';
  if (typeof value !== 'number') return String(value);
  const format = cell.style !== undefined ? model.styles[cell.style]?.numberFormat : undefined;
  if (format?.includes('%')) return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'ja-JP', { style: 'percent', maximumFractionDigits: 1 }).format(value);
  return formatAmount(value, format?.includes('△') ? 'ja' : locale);
}

interface Layout {
  readonly rowCount: number;
  readonly colCount: number;
  readonly widths: readonly number[];
  /** Cells by row, then column. */
  readonly rows: readonly (readonly (ModelCell | undefined)[] | undefined)[];
  /** The merge each merged position belongs to, by "row:col" (the anchor included). */
  readonly mergeAt: ReadonlyMap<string, SheetModel['merges'][number]>;
}

/** Cells indexed per slice: a 50,000-row sheet has 1.4 million, which at once would block the page. */
const CELLS_PER_SLICE = 100_000;

/**
 * Indexes the model once per sheet (cells by position, merges by covered position, its size),
 * in slices with the page free between them. Null until done.
 */
function useLayout(model: SheetModel): Layout | null {
  const [built, setBuilt] = React.useState<{ model: SheetModel; layout: Layout } | null>(null);
  React.useEffect(() => {
    let stopped = false;
    void (async () => {
      const rows: (ModelCell | undefined)[][] = [];
      let colCount = model.columnWidths.length;
      for (let at = 0; at < model.cells.length; at += CELLS_PER_SLICE) {
        if (at > 0) {
          await yieldToPage();
          if (stopped) return;
        }
        const end = Math.min(at + CELLS_PER_SLICE, model.cells.length);
        for (let i = at; i < end; i++) {
          const cell = model.cells[i];
          (rows[cell.row] ??= [])[cell.col] = cell;
          if (cell.col + 1 > colCount) colCount = cell.col + 1;
        }
      }
      const mergeAt = new Map<string, SheetModel['merges'][number]>();
      let rowCount = rows.length;
      for (const m of model.merges) {
        for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) mergeAt.set(`${r}:${c}`, m);
        rowCount = Math.max(rowCount, m.bottom + 1);
        colCount = Math.max(colCount, m.right + 1);
      }
      const widths = Array.from({ length: colCount }, (_, c) => model.columnWidths[c] ?? EXCEL_DEFAULT_WIDTH);
      if (!stopped) setBuilt({ model, layout: { rowCount, colCount, widths, rows, mergeAt } });
    })();
    return () => {
      stopped = true;
    };
  }, [model]);
  return built !== null && built.model === model ? built.layout : null;
}

/**
 * The submission sheet as a table (the demo's stand-in for the written Excel sheet); merges
 * become spans. Only the rows in view are in the page (virtualised): a merge that starts above
 * them is drawn from the first row shown.
 */
export const SheetModelView = React.memo(function SheetModelView(props: SheetModelViewProps): React.JSX.Element {
  const { model } = props;
  const styles = useStyles();
  const layout = useLayout(model);
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: layout?.rowCount ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 22,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items.length > 0 ? items[0].index : 0;
  const last = items.length > 0 ? items[items.length - 1].index : -1;
  const before = items.length > 0 ? items[0].start : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  if (layout === null) return <Spinner size="tiny" label={props.preparing} />;

  const renderCell = (r: number, c: number): React.ReactNode => {
    const merge = layout.mergeAt.get(`${r}:${c}`);
    // Inside a merge only its top-left position is drawn, or the first row shown when the merge starts above it.
    if (merge !== undefined && (c !== merge.left || (r !== merge.top && r !== first))) return null;
    const cell = merge !== undefined ? layout.rows[merge.top]?.[merge.left] : layout.rows[r]?.[c];
    const spans = merge !== undefined ? { rowSpan: Math.min(merge.bottom, last) - r + 1, colSpan: merge.right - merge.left + 1 } : {};
    const style = cell?.style !== undefined ? model.styles[cell.style] : undefined;
    const align = style?.horizontal ?? (typeof cell?.value === 'number' ? 'right' : 'left');
    return (
      <td
        key={c}
        {...spans}
        data-formula={cell?.formula}
        className={mergeClasses(
          styles.cell,
          style?.bold && styles.bold,
          style?.italic && styles.italic,
          style?.wrap && styles.wrap,
          align === 'left' ? styles.start : align === 'center' ? styles.center : styles.end,
        )}
      >
        {cell ? displayValue(cell, model, props.locale) : ''}
      </td>
    );
  };

  return (
    <div ref={scrollRef} className={styles.scroll} style={{ height: boxHeight(virtualizer.getTotalSize()) }} role="region" aria-label={props.label} tabIndex={0}>
      <table className={styles.table} style={{ width: `${layout.widths.reduce((a, b) => a + b, 0)}ch` }} aria-rowcount={layout.rowCount}>
        <colgroup>
          {layout.widths.map((w, c) => (
            <col key={c} style={{ width: `${w}ch` }} />
          ))}
        </colgroup>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => (
            <tr key={item.index} ref={virtualizer.measureElement} data-index={item.index} aria-rowindex={item.index + 1}>
              {Array.from({ length: layout.colCount }, (_, c) => renderCell(item.index, c))}
            </tr>
          ))}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
});
