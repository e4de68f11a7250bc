/**
 * The cell grid an adapter (Office.js or .xlsx) hands to the pure core.
 * Everything is 0-based here; `a1()` turns coordinates into what users see.
 */

/** An Excel error value such as #REF! or #VALUE!. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | CellError | null;

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

/** A rectangular block of cells, 0-based and inclusive, in sheet coordinates. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A cell with a value that lies apart from the table (see SheetGrid.outside). */
export interface OutsideCell {
  readonly row: number;
  readonly col: number;
  /** What it shows, shortened. */
  readonly text: string;
}

export interface SheetGrid {
  readonly sheetName: string;
  /** Sheet coordinates of values[0][0] (the used range need not start at A1). */
  readonly originRow: number;
  readonly originCol: number;
  /** Cached values, row-major. Rows may be ragged; a missing cell is null. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text ("=SUM(B2:B9)") where the adapter has it, else null. Same shape as values. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Number format codes where the adapter has them. Same shape as values. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Merged areas in sheet coordinates. */
  readonly merges?: readonly CellRange[];
  /** Hidden columns / rows in sheet coordinates. */
  readonly hiddenColumns?: readonly number[];
  readonly hiddenRows?: readonly number[];
  /**
   * Cells with values far from the table (a stray value at XFD1048576, a scrap hundreds of rows
   * below), which an adapter left out of the grid instead of widening it to the whole sheet:
   * how many, and the first few. The check reports each as a finding.
   */
  readonly outside?: { readonly count: number; readonly examples: readonly OutsideCell[] };
}

/** Letters of the columns asked for so far: a sheet's few columns are spelled for every one of its cells. */
const LETTERS: string[] = [];
/** Excel's last column (XFD) is 16,383; beyond it nothing is kept. */
const MAX_COLUMN = 16_383;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  if (col >= 0 && col <= MAX_COLUMN && Number.isInteger(col)) return (LETTERS[col] ??= spell(col));
  return spell(col);
}

function spell(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26; returns -1 for anything that is not a column name. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheet coordinates (0-based) → "B7". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "B7" → {row: 6, col: 1}; null when malformed. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: columnIndex(m[1]) };
}

/** Cell value at sheet coordinates, null outside the grid. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.originRow];
  if (!r) return null;
  const v = r[col - grid.originCol];
  return v === undefined ? null : v;
}
