import { cellAt, isCellError, type CellRange, type CellValue, type SheetGrid } from '../model/grid';
import { mergeIndex } from '../model/merge-index';

/**
 * Sheet-coordinate access to a SheetGrid that tolerates ragged rows, missing side arrays,
 * and merges that reach outside the grid. Everything the reader looks up goes through here.
 */
export interface GridView {
  readonly sheetName: string;
  /** The grid itself: a field read from it keeps it, to give its raw value when asked. */
  readonly grid: SheetGrid;
  /** Sheet rows/columns spanned by the grid; bottom < top when the grid is empty. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  value(row: number, col: number): CellValue;
  formula(row: number, col: number): string | null;
  numberFormat(row: number, col: number): string | null;
  /** The merged area covering the cell, clipped to the grid. */
  mergeAt(row: number, col: number): CellRange | null;
  /** Where the value shown at (row, col) lives: the merge's top-left cell when merged. */
  source(row: number, col: number): { readonly row: number; readonly col: number };
  /** Text shown at (row, col) (merge-aware), trimmed; numbers as their shortest decimal; '' for blanks and errors. */
  text(row: number, col: number): string;
  isHiddenColumn(col: number): boolean;
  isHiddenRow(row: number): boolean;
}

function sideValue<T>(rows: readonly (readonly (T | null)[])[] | undefined, r: number, c: number): T | null {
  const v = rows?.[r]?.[c];
  return v === undefined ? null : v;
}

/** A CellValue as text: trimmed string, number, TRUE/FALSE; '' for blanks and error values. */
export function valueText(value: CellValue): string {
  if (value === null || value === undefined || isCellError(value)) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

export function gridView(grid: SheetGrid): GridView {
  const top = grid.originRow;
  const left = grid.originCol;
  const bottom = top + grid.values.length - 1;
  const width = grid.values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const right = left + width - 1;
  const inGrid = (row: number, col: number) => row >= top && row <= bottom && col >= left && col <= right;

  // A merge's value lives in its top-left cell; one whose top-left is outside the grid shows nothing we have.
  const areas: CellRange[] = [];
  for (const m of grid.merges ?? []) {
    if (!inGrid(m.top, m.left) || m.bottom < m.top || m.right < m.left) continue;
    areas.push({ top: m.top, left: m.left, bottom: Math.min(m.bottom, bottom), right: Math.min(m.right, right) });
  }
  const merges = mergeIndex(areas, { top, left, bottom, right });
  const hiddenColumns = new Set(grid.hiddenColumns ?? []);
  const hiddenRows = new Set(grid.hiddenRows ?? []);

  const view: GridView = {
    sheetName: grid.sheetName,
    grid,
    top,
    bottom,
    left,
    right,
    value: (row, col) => cellAt(grid, row, col),
    formula: (row, col) => sideValue(grid.formulas, row - top, col - left),
    numberFormat: (row, col) => sideValue(grid.numberFormats, row - top, col - left),
    mergeAt: (row, col) => merges.at(row, col),
    source(row, col) {
      const m = merges.at(row, col);
      return m ? { row: m.top, col: m.left } : { row, col };
    },
    text(row, col) {
      const s = view.source(row, col);
      return valueText(cellAt(grid, s.row, s.col));
    },
    isHiddenColumn: (col) => hiddenColumns.has(col),
    isHiddenRow: (row) => hiddenRows.has(row),
  };
  return view;
}
