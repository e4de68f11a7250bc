import type { CellValue, SheetGrid } from '../domain/model/grid';

type Matrix = readonly (readonly (CellValue | string | null)[])[];

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a === b) return true;
  // Error values are small objects ({ error: '#REF!' }).
  if (a === null || b === null || a === undefined || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameRows(a: Matrix, b: Matrix, from: number, to: number): boolean {
  for (let r = from; r < to; r++) {
    const ra = a[r];
    const rb = b[r];
    if (ra.length !== rb.length) return false;
    for (let c = 0; c < ra.length; c++) if (!sameCell(ra[c], rb[c])) return false;
  }
  return true;
}

/** Rows compared between two yields to the page: a 50,000-row sheet in one go blocked it for 100–200 ms. */
const ROWS_PER_SLICE = 2_000;

async function sameMatrixInSlices(a: Matrix | undefined, b: Matrix | undefined, pause: () => Promise<void>): Promise<boolean> {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let from = 0; from < a.length; from += ROWS_PER_SLICE) {
    if (from > 0) await pause();
    if (!sameRows(a, b, from, Math.min(from + ROWS_PER_SLICE, a.length))) return false;
  }
  return true;
}

/** Small lists (merges, hidden rows and columns): compared as text. */
const sameSmall = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const sameFrame = (a: SheetGrid, b: SheetGrid) =>
  a.sheetName === b.sheetName &&
  a.originRow === b.originRow &&
  a.originCol === b.originCol &&
  sameSmall(a.merges, b.merges) &&
  sameSmall(a.hiddenRows, b.hiddenRows) &&
  sameSmall(a.hiddenColumns, b.hiddenColumns);

/**
 * Whether two reads of a sheet hold the same cells, formulas, formats, merges and hidden rows
 * and columns. The pane reads the sheet again before each check and each write; this tells it
 * whether the results on screen still describe the sheet. One pass, no copies, in slices of rows with `pause` between them (the pane yields to the page there).
 */
export async function sameGridInSlices(a: SheetGrid, b: SheetGrid, pause: () => Promise<void>): Promise<boolean> {
  if (a === b) return true;
  return (
    sameFrame(a, b) &&
    (await sameMatrixInSlices(a.values, b.values, pause)) &&
    (await sameMatrixInSlices(a.formulas, b.formulas, pause)) &&
    (await sameMatrixInSlices(a.numberFormats, b.numberFormats, pause))
  );
}
