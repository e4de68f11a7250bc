import type { CellValue, SheetGrid } from '../domain/model/grid';

type Matrix = readonly (readonly (CellValue | string | null)[])[];

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a === b) return true;
  // Error values are small objects ({ error: '#REF!' }).
  if (a === null || b === null || a === undefined || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameMatrix(a: Matrix | undefined, b: Matrix | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const ra = a[r];
    const rb = b[r];
    if (ra.length !== rb.length) return false;
    for (let c = 0; c < ra.length; c++) if (!sameCell(ra[c], rb[c])) return false;
  }
  return true;
}

/** Small lists (merges, hidden rows and columns): compared as text. */
const sameSmall = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Whether two reads of a sheet hold the same cells, formulas, formats, merges and hidden rows
 * and columns. The pane reads the sheet again before each check and each write; this tells it
 * whether the results on screen still describe the sheet. One pass, no copies.
 */
export function sameGrid(a: SheetGrid, b: SheetGrid): boolean {
  if (a === b) return true;
  return (
    a.sheetName === b.sheetName &&
    a.originRow === b.originRow &&
    a.originCol === b.originCol &&
    sameMatrix(a.values, b.values) &&
    sameMatrix(a.formulas, b.formulas) &&
    sameMatrix(a.numberFormats, b.numberFormats) &&
    sameSmall(a.merges, b.merges) &&
    sameSmall(a.hiddenRows, b.hiddenRows) &&
    sameSmall(a.hiddenColumns, b.hiddenColumns)
  );
}
