import type { CellRange, CellValue, OutsideCell, SheetGrid } from '../domain/model/grid';
import { mergeIndex } from '../domain/model/merge-index';
import { valueText } from '../domain/reading/grid-view';
import { beyondLimit, READ_LIMITS } from './limits';
import { LAST_COL, LAST_ROW, type SparseCells } from './sheet-xml';

/**
 * The table's area of a sheet, from its cells rather than its extent: one value left at
 * XFD1048576, or a scrap far below the table, must not turn the grid into the whole sheet.
 *
 * The sheet is cut into tiles of ROW_GAP rows by COLUMN_GAP columns; filled tiles that touch
 * (sides or corners) form groups, and the table is the group holding the most cells. Cells
 * closer than a tile are always in touching tiles, so a table with blank rows or columns stays
 * whole; a value more than about two tiles from everything else is a group of its own. Cells
 * outside the table's bounding box are left out of the grid and listed in `outside`, so the
 * check reports each one with its address instead of reading it silently or not at all.
 * Linear in the cells: a union-find over the filled tiles.
 */
export const COLUMN_GAP = 32;
export const ROW_GAP = 1_000;
/** Cells named one by one in `outside`; the rest are counted. */
export const OUTSIDE_EXAMPLES = 10;
const PREVIEW_CHARS = 40;
const TILE_COLUMNS = Math.ceil((LAST_COL + 1) / COLUMN_GAP);

/** The bounding box of the group of touching tiles that holds the most cells (ties: the group of the earliest cell). */
function busiestGroup(n: number, kept: Uint8Array, rows: Int32Array, cols: Int32Array): CellRange | null {
  const tileOf = (i: number) => Math.floor(rows[i] / ROW_GAP) * TILE_COLUMNS + Math.floor(cols[i] / COLUMN_GAP);
  // Filled tiles, numbered in order of first appearance.
  const index = new Map<number, number>();
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    if (kept[i] === 0) continue;
    const tile = tileOf(i);
    const at = index.get(tile);
    if (at === undefined) {
      index.set(tile, counts.length);
      counts.push(1);
    } else counts[at]++;
  }
  if (counts.length === 0) return null;
  const parent = Int32Array.from({ length: counts.length }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  };
  for (const [tile, k] of index) {
    const tr = Math.floor(tile / TILE_COLUMNS);
    const tc = tile % TILE_COLUMNS;
    // Each pair of touching tiles once: right, and the three below.
    for (const [dr, dc] of [[0, 1], [1, -1], [1, 0], [1, 1]]) {
      const c = tc + dc;
      if (c < 0 || c >= TILE_COLUMNS) continue;
      const other = index.get((tr + dr) * TILE_COLUMNS + c);
      if (other === undefined) continue;
      const a = find(k);
      const b = find(other);
      // The root is always the earlier tile, so ties below go to the group seen first.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const totals = new Float64Array(counts.length);
  for (let k = 0; k < counts.length; k++) totals[find(k)] += counts[k];
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (totals[k] > totals[best]) best = k;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < n; i++) {
    if (kept[i] === 0 || find(index.get(tileOf(i)) as number) !== best) continue;
    top = Math.min(top, rows[i]);
    bottom = Math.max(bottom, rows[i]);
    left = Math.min(left, cols[i]);
    right = Math.max(right, cols[i]);
  }
  return { top, left, bottom, right };
}

function preview(value: CellValue, formula: string | undefined): string {
  const text = valueText(value) || formula || '';
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

/** The grid of the table's area; refuses (UnreadableWorkbookError) an area past READ_LIMITS. */
export function tableGrid(sheetName: string, cells: SparseCells, cellFormats: readonly (string | null)[]): SheetGrid {
  const n = cells.count;
  if (n === 0) return { sheetName, originRow: 0, originCol: 0, values: [], merges: [], hiddenRows: [] };

  // A covered cell of a merged area shows its area's value: the grid keeps values at the top-left only.
  const sheet = { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL };
  const covering = mergeIndex(cells.merges, sheet);
  const kept = new Uint8Array(n).fill(1);
  if (covering.size > 0) {
    for (let i = 0; i < n; i++) {
      const m = covering.at(cells.rows[i], cells.cols[i]);
      if (m && (m.top !== cells.rows[i] || m.left !== cells.cols[i])) kept[i] = 0;
    }
  }

  const box = busiestGroup(n, kept, cells.rows, cells.cols);
  if (!box) return { sheetName, originRow: 0, originCol: 0, values: [], merges: [], hiddenRows: [] };
  const within = (i: number, b: CellRange) => cells.rows[i] >= b.top && cells.rows[i] <= b.bottom && cells.cols[i] >= b.left && cells.cols[i] <= b.right;

  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const where = `${sheetName}`;
  if (height > READ_LIMITS.rows) throw beyondLimit('rows', height, where);
  if (width > READ_LIMITS.columns) throw beyondLimit('columns', width, where);
  if (height * width > READ_LIMITS.area) throw beyondLimit('area', height * width, where);

  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  // Most rows have no formula, and every row of a sheet written without formats has none: they share one empty row.
  const emptyRow: readonly null[] = Object.freeze(new Array<null>(width).fill(null));
  const formulas: (readonly (string | null)[])[] = new Array(height).fill(emptyRow);
  const numberFormats: (readonly (string | null)[])[] = new Array(height).fill(emptyRow);
  const own = (rows: (readonly (string | null)[])[], r: number): (string | null)[] => {
    if (rows[r] === emptyRow) rows[r] = new Array<string | null>(width).fill(null);
    return rows[r] as (string | null)[];
  };
  const outside: OutsideCell[] = [];
  let outsideCount = 0;
  for (let i = 0; i < n; i++) {
    if (kept[i] === 0) continue;
    const row = cells.rows[i];
    const col = cells.cols[i];
    if (!within(i, box)) {
      outsideCount++;
      if (outside.length < OUTSIDE_EXAMPLES) outside.push({ row, col, text: preview(cells.values[i], cells.formulas.get(i)) });
      continue;
    }
    const r = row - box.top;
    const c = col - box.left;
    values[r][c] = cells.values[i];
    const formula = cells.formulas.get(i);
    if (formula !== undefined) own(formulas, r)[c] = formula;
    const format = cellFormats[cells.styles[i]] ?? null;
    if (format !== null) own(numberFormats, r)[c] = format;
  }
  // The grid's own order: top to bottom, left to right.
  outside.sort((a, b) => a.row - b.row || a.col - b.col);

  // Hidden column ranges (a <col> may span thousands of columns) marked by a difference array over the table's columns.
  const hiddenMarks = new Int32Array(width + 1);
  for (const range of cells.hiddenColumns) {
    const from = Math.max(range.min, box.left);
    const to = Math.min(range.max, box.right);
    if (from > to) continue;
    hiddenMarks[from - box.left]++;
    hiddenMarks[to - box.left + 1]--;
  }
  const hiddenColumns: number[] = [];
  for (let c = 0, run = 0; c < width; c++) if ((run += hiddenMarks[c]) > 0) hiddenColumns.push(box.left + c);
  return {
    sheetName,
    originRow: box.top,
    originCol: box.left,
    values,
    formulas,
    numberFormats,
    merges: cells.merges.filter((m) => m.top >= box.top && m.top <= box.bottom && m.left >= box.left && m.left <= box.right),
    hiddenColumns,
    hiddenRows: cells.hiddenRows.filter((r) => r >= box.top && r <= box.bottom),
    ...(outsideCount > 0 ? { outside: { count: outsideCount, examples: outside } } : {}),
  };
}
