import { parseA1, type CellValue, type SheetGrid } from '../domain/model/grid';
import type { SheetEdit } from './engine/protocol';

/**
 * Cells changed in the demo's workbook after it was opened, by sheet: the demo's stand-in for
 * the user typing in Excel. Sent with each read of the sheet and laid over it where the sheet is
 * read (the engine worker), so the pane's re-read sees them.
 */
export class DemoEdits {
  private readonly bySheet = new Map<string, Map<string, CellValue>>();

  /** Whether any cell was changed since the file was opened (then its bytes no longer describe it). */
  get any(): boolean {
    return this.bySheet.size > 0;
  }

  set(sheet: string, a1: string, value: CellValue): void {
    if (parseA1(a1) === null) throw new Error(`not a cell address: ${a1}`);
    const edits = this.bySheet.get(sheet) ?? new Map<string, CellValue>();
    edits.set(a1.toUpperCase(), value);
    this.bySheet.set(sheet, edits);
  }

  /** This sheet's changes, oldest first. */
  of(sheet: string): SheetEdit[] {
    return [...(this.bySheet.get(sheet) ?? new Map<string, CellValue>())].map(([a1, value]) => ({ a1, value }));
  }
}

/** `grid` with `edits` written over it: a copy, or the grid itself when there are none. */
export function applyEdits(grid: SheetGrid, edits: readonly SheetEdit[]): SheetGrid {
  if (edits.length === 0) return grid;
  const values = grid.values.map((row) => [...row]);
  // A typed value replaces the cell's formula, as in Excel.
  const formulas = grid.formulas?.map((row) => [...row]);
  for (const { a1, value } of edits) {
    const at = parseA1(a1)!;
    const r = at.row - grid.originRow;
    const c = at.col - grid.originCol;
    // An edit above or left of the used range is outside what the reader returned; the demo only changes cells inside it.
    if (r < 0 || c < 0) continue;
    while (values.length <= r) values.push([]);
    const row = values[r];
    while (row.length < c) row.push(null);
    row[c] = value;
    if (formulas !== undefined && formulas[r] !== undefined && c < formulas[r].length) formulas[r][c] = null;
  }
  return { ...grid, values, ...(formulas !== undefined ? { formulas } : {}) };
}
