import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ModelCell } from '../../domain/model/sheet-model';
import type { ModelHead } from '../engine';
import { formatAmount } from '../format';
import type { PaneLocale } from '../i18n';
import { useVirtualizer } from '@tanstack/react-virtual';
import { boxHeight } from './virtual-box';
import type { FetchLines } from './sources';
import { useLines } from './use-lines';

export interface SheetModelViewProps {
  /** The model as the engine keeps it, and its cells by row. */
  readonly model: ModelHead;
  readonly rows: FetchLines<readonly ModelCell[]>;
  readonly label: string;
  readonly locale: PaneLocale;
}

/** Height of one preview row: one line of text. */
const ROW_HEIGHT = 22;

const useStyles = makeStyles({
  scroll: {
    overflow: 'auto',
    maxHeight: '32rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Fixed layout keeps the sheet's column widths; the view scrolls sideways like a sheet does.
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  // As in Excel, text stays on one line and runs on over empty neighbours. Every row is one line
  // high: rows of known height are placed without measuring them (measuring forced the page's
  // layout inside the task that drew the preview).
  cell: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    whiteSpace: 'nowrap',
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
  },
  // A cell that wraps in the written sheet is cut at its width here, its whole text in its title.
  wrap: { overflow: 'hidden', textOverflow: 'ellipsis' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  italic: { fontStyle: 'italic' },
  start: { textAlign: 'start' },
  center: { textAlign: 'center' },
  end: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

/** Excel's default column width, in characters. */
const EXCEL_DEFAULT_WIDTH = 8.43;

/** Made once, not per cell: making a formatter costs far more than using one. */
const PERCENT = {
  ja: new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
};

/** A cell's text as the written sheet shows it: amounts with △ when the number format asks for it. */
function displayValue(cell: ModelCell, model: ModelHead, locale: PaneLocale): string {
  const value = cell.value;
  if (value === null || value === undefined) return cell.formula ?? '';
  if (typeof value !== 'number') return String(value);
  const format = cell.style !== undefined ? model.styles[cell.style]?.numberFormat : undefined;
  if (format?.includes('%')) return PERCENT[locale === 'en' ? 'en' : 'ja'].format(value);
  return formatAmount(value, format?.includes('△') ? 'ja' : locale);
}

interface Layout {
  readonly widths: readonly number[];
  /** The merge each merged position belongs to, by "row:col" (the anchor included). */
  readonly mergeAt: ReadonlyMap<string, ModelHead['merges'][number]>;
  /** The cell at each merge's top-left, by "row:col". */
  readonly anchorAt: ReadonlyMap<string, ModelCell>;
  /** Rows a merge covers: only they depend on which rows are in view. */
  readonly mergedRows: ReadonlySet<number>;
}

/** Column widths and merges, from the model's head: a few dozen merges, whatever the sheet's size. */
function layoutOf(model: ModelHead): Layout {
  const mergeAt = new Map<string, ModelHead['merges'][number]>();
  const mergedRows = new Set<number>();
  for (const m of model.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      mergedRows.add(r);
      for (let c = m.left; c <= m.right; c++) mergeAt.set(`${r}:${c}`, m);
    }
  }
  const widths = Array.from({ length: model.colCount }, (_, c) => model.columnWidths[c] ?? EXCEL_DEFAULT_WIDTH);
  return { widths, mergeAt, anchorAt: new Map(model.anchors.map((cell) => [`${cell.row}:${cell.col}`, cell])), mergedRows };
}

/**
 * The submission sheet as a table (the demo's stand-in for the written Excel sheet); merges
 * become spans. Only the rows in view are in the page (virtualised) and only their cells are
 * asked of the engine, which keeps the model: a merge that starts above them is drawn from the
 * first row shown.
 */
export const SheetModelView = React.memo(function SheetModelView(props: SheetModelViewProps): React.JSX.Element {
  const { model } = props;
  const styles = useStyles();
  const layout = React.useMemo(() => layoutOf(model), [model]);
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: model.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Few rows beyond those in view: each is a dozen cells, and all of them are laid out when the preview first shows.
    overscan: 3,
  });
  const items = virtualizer.getVirtualItems();
  const first = items.length > 0 ? items[0].index : 0;
  const last = items.length > 0 ? items[items.length - 1].index : -1;
  const before = items.length > 0 ? items[0].start : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const rowCells = useLines(props.rows, first, last);

  return (
    <div ref={scrollRef} className={styles.scroll} style={{ height: boxHeight(virtualizer.getTotalSize()) }} role="region" aria-label={props.label} tabIndex={0}>
      <table className={styles.table} style={{ width: `${layout.widths.reduce((a, b) => a + b, 0)}ch` }} aria-rowcount={model.rowCount}>
        <colgroup>
          {layout.widths.map((w, c) => (
            <col key={c} style={{ width: `${w}ch` }} />
          ))}
        </colgroup>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => (
            <ModelRow
              key={item.index}
              index={item.index}
              // Undefined while the row is on its way from the engine: drawn empty, then filled.
              cells={rowCells(item.index)}
              model={model}
              layout={layout}
              // Only rows under a merge draw differently by what is in view (a merge cut at the first and last rows shown).
              view={layout.mergedRows.has(item.index) ? `${first}:${last}` : null}
              locale={props.locale}
            />
          ))}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
});

const ROW_STYLE = { height: ROW_HEIGHT };

interface ModelRowProps {
  readonly index: number;
  readonly cells: readonly ModelCell[] | undefined;
  readonly model: ModelHead;
  readonly layout: Layout;
  /** "first:last" rows in view, for a row under a merge; null for the others. */
  readonly view: string | null;
  readonly locale: PaneLocale;
}

/**
 * One row of the preview, drawn again only when its cells arrive (or, under a merge, when the
 * rows in view change): scrolling then draws the rows that come into view, not all of them.
 */
const ModelRow = React.memo(function ModelRow(props: ModelRowProps): React.JSX.Element {
  const styles = useStyles();
  const { index: r, model, layout } = props;
  const [first, last] = props.view !== null ? props.view.split(':').map(Number) : [r, r];
  const byCol: (ModelCell | undefined)[] = [];
  for (const cell of props.cells ?? []) byCol[cell.col] = cell;
  const renderCell = (c: number): React.ReactNode => {
    const merge = layout.mergeAt.get(`${r}:${c}`);
    // Inside a merge only its top-left position is drawn, or the first row shown when the merge starts above it.
    if (merge !== undefined && (c !== merge.left || (r !== merge.top && r !== first))) return null;
    const cell = merge !== undefined ? layout.anchorAt.get(`${merge.top}:${merge.left}`) : byCol[c];
    const spans = merge !== undefined ? { rowSpan: Math.min(merge.bottom, last) - r + 1, colSpan: merge.right - merge.left + 1 } : {};
    const style = cell?.style !== undefined ? model.styles[cell.style] : undefined;
    const align = style?.horizontal ?? (typeof cell?.value === 'number' ? 'right' : 'left');
    const text = cell ? displayValue(cell, model, props.locale) : '';
    return (
      <td
        key={c}
        {...spans}
        data-formula={cell?.formula}
        title={style?.wrap && text !== '' ? text : undefined}
        className={mergeClasses(
          styles.cell,
          style?.bold && styles.bold,
          style?.italic && styles.italic,
          style?.wrap && styles.wrap,
          align === 'left' ? styles.start : align === 'center' ? styles.center : styles.end,
        )}
      >
        {text}
      </td>
    );
  };
  // On its way from the engine: one empty cell across the row, not a dozen.
  if (props.cells === undefined && !layout.mergedRows.has(r)) {
    return (
      <tr data-index={r} aria-rowindex={r + 1} aria-busy style={ROW_STYLE}>
        <td className={styles.cell} colSpan={model.colCount} />
      </tr>
    );
  }
  return (
    <tr data-index={r} aria-rowindex={r + 1} aria-busy={props.cells === undefined ? true : undefined} style={ROW_STYLE}>
      {Array.from({ length: model.colCount }, (_, c) => renderCell(c))}
    </tr>
  );
});
