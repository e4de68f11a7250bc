import { ModelCellsBuilder } from '../model/model-cells';
import { EXCEL_CELL_CHARS, type ModelCells } from '../model/sheet-model';
import type { BlockId, ColumnSpec, DetailColumnKey, StyleName, SubmissionLayout } from './layout';
import { detailColumn } from './layout';
import { columnRange } from './formulas';
import { RowHeightMeter } from './row-heights';

/**
 * Blocks are planned as rows relative to their own top, then stacked in the layout's
 * order. Formulas are functions of where things landed, because the totals above refer
 * to the detail block below, whose position depends on the heights of the blocks above.
 */

/** Where a formula cell landed, and where the detail lines are. */
export interface Placement {
  /** Absolute 0-based row of the cell. */
  readonly row: number;
  /** Absolute 0-based row of the block's first row. */
  readonly top: number;
  /** "$F$40:$F$95" for a detail column. */
  readonly detail: (key: DetailColumnKey) => string;
}

export interface PlannedCell {
  readonly col: number;
  /** A literal, or the cached result of `formula`. */
  readonly value?: string | number | boolean | null;
  readonly formula?: (at: Placement) => string;
  readonly style?: StyleName;
  /** Merge rightwards up to this column (inclusive). */
  readonly mergeTo?: number;
}

export type PlannedRow = readonly PlannedCell[];

/**
 * Rows planned one at a time, as assemble places them: the detail block has a row per line
 * (hundreds of thousands on a large sheet), and planned all at once they would all be alive
 * together with the cells made from them.
 */
export interface LazyRows {
  readonly length: number;
  /** Valid until the next call: a lazy block may refill one row for every line. */
  row(r: number): PlannedRow;
}

export interface Block {
  readonly id: BlockId;
  readonly rows: readonly PlannedRow[] | LazyRows;
  /** Detail block only: the relative rows holding the lines every total refers to. */
  readonly dataRows?: { readonly first: number; readonly last: number };
}

export function columnOf<K extends string>(specs: readonly ColumnSpec<K>[], key: K): number {
  const spec = specs.find((s) => s.key === key);
  if (!spec) throw new Error(`layout has no column '${key}'`);
  return spec.col;
}

/** A row of column headers, the label span merged. */
export function headerRow(label: { first: number; last: number; header: string } | null, specs: readonly ColumnSpec<string>[], style: StyleName): PlannedRow {
  const cells: PlannedCell[] = specs.map((s) => ({ col: s.col, value: s.header, style }));
  return label ? [{ col: label.first, value: label.header, style, mergeTo: label.last }, ...cells] : cells;
}

export function noteRows(notes: readonly string[]): PlannedRow[] {
  return notes.map((note) => [{ col: 0, value: note, style: 'note' }]);
}

export interface Assembled {
  readonly cells: ModelCells;
  readonly merges: { top: number; left: number; bottom: number; right: number }[];
  /** Heights of the rows taller than the default (RowHeightMeter), measured as the cells were placed. */
  readonly rowHeights: Record<number, number>;
  /** Cells whose text was cut to fit (see SheetModel.truncated), in cell order. */
  readonly truncated: { row: number; col: number; length: number }[];
}

/** Ends a text cut to fit a cell, so that nobody takes it for the whole. */
export const TRUNCATION_MARK = '…（以下省略）';

/** Where the cell at `col` of a planned row ends: its merge's last column, or itself. */
function rightOf(planned: PlannedRow, col: number): number {
  let right = col;
  for (const cell of planned) if (cell.col === col && cell.mergeTo !== undefined && cell.mergeTo > cell.col) right = cell.mergeTo;
  return right;
}

export interface AssembleOptions {
  /** Cut a text longer than a cell holds (EXCEL_CELL_CHARS) to fit, ending in TRUNCATION_MARK. */
  readonly truncate?: boolean;
}

export function assemble(blocks: readonly Block[], layout: SubmissionLayout, options: AssembleOptions = {}): Assembled {
  const tops: number[] = [];
  let cursor = 0;
  for (const block of blocks) {
    tops.push(cursor);
    cursor += block.rows.length + layout.gapRows;
  }
  const detailIndex = blocks.findIndex((b) => b.dataRows !== undefined);
  const detailBlock = blocks[detailIndex];
  const detail = (key: DetailColumnKey): string => {
    if (!detailBlock?.dataRows) throw new Error('the layout has no detail block for totals to refer to');
    const top = tops[detailIndex];
    return columnRange(detailColumn(layout, key), top + detailBlock.dataRows.first, top + detailBlock.dataRows.last);
  };

  const cells = new ModelCellsBuilder();
  const merges: Assembled['merges'] = [];
  const truncated: Assembled['truncated'] = [];
  const meter = new RowHeightMeter(layout);
  const truncate = options.truncate === true;
  blocks.forEach((block, b) => {
    const top = tops[b];
    const rows = block.rows;
    for (let r = 0; r < rows.length; r++) {
      const planned = 'row' in rows ? rows.row(r) : rows[r];
      const row = top + r;
      const merged = planned.some((cell) => cell.mergeTo !== undefined && cell.mergeTo > cell.col);
      for (const cell of planned) {
        let value = cell.value;
        if (truncate && typeof value === 'string' && value.length > EXCEL_CELL_CHARS) {
          truncated.push({ row, col: cell.col, length: value.length });
          value = value.slice(0, EXCEL_CELL_CHARS - TRUNCATION_MARK.length) + TRUNCATION_MARK;
        }
        cells.add(row, cell.col, value, cell.formula?.({ row, top, detail }), cell.style);
        meter.measure(row, cell.col, merged ? rightOf(planned, cell.col) : cell.col, cell.style, value);
        if (cell.mergeTo !== undefined && cell.mergeTo > cell.col) {
          merges.push({ top: row, left: cell.col, bottom: row, right: cell.mergeTo });
          // Covered cells carry the style too, so a merged area's borders are drawn all round.
          for (let col = cell.col + 1; col <= cell.mergeTo; col++) {
            if (cell.style === undefined) continue;
            cells.add(row, col, undefined, undefined, cell.style);
            meter.measure(row, col, merged ? rightOf(planned, col) : col, cell.style, undefined);
          }
        }
      }
    }
  });
  return { cells: cells.build(), merges, rowHeights: meter.heights(), truncated };
}
