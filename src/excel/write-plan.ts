/**
 * Turns a SheetModel into the operations that write it with Office.js, as plain data, and
 * groups them into batches whose payload stays under a budget. Pure: the sink applies the
 * operations; this decides what they are and how they are split.
 *
 * Order follows Microsoft's advice for large ranges: values first, then formulas, then
 * formats (by block, never cell by cell), merges, column widths and row heights, freeze
 * panes, print setup.
 */
import type { CellRange } from '../domain/model/grid';
import { listCells } from '../domain/model/model-cells';
import type { CellStyle, ModelCell, SheetModel } from '../domain/model/sheet-model';
import { bilingualError } from './office-error';
import { utf8Bytes } from './payload';
import { appendAll } from '../domain/arrays';

type Literal = string | number | boolean | null;

export type SheetOp =
  | { readonly kind: 'values'; readonly top: number; readonly left: number; readonly values: readonly (readonly Literal[])[] }
  | { readonly kind: 'formulas'; readonly top: number; readonly left: number; readonly formulas: readonly (readonly string[])[] }
  | { readonly kind: 'numberFormat'; readonly top: number; readonly left: number; readonly formats: readonly (readonly string[])[] }
  | { readonly kind: 'style'; readonly range: CellRange; readonly style: CellStyle }
  | { readonly kind: 'merge'; readonly range: CellRange }
  | { readonly kind: 'columnWidth'; readonly first: number; readonly last: number; readonly characters: number }
  | { readonly kind: 'rowHeight'; readonly first: number; readonly last: number; readonly points: number }
  | { readonly kind: 'freeze'; readonly rows: number; readonly cols: number }
  | { readonly kind: 'print'; readonly print: SheetModel['print'] };

/**
 * What Office.js adds to the request for each action beyond its arguments: the action
 * envelope and the object path it acts on (getRangeByIndexes, format, font …), each a
 * JSON object of ~80–150 bytes. Counted generously so the estimate stays an upper bound.
 */
export const ACTION_OVERHEAD_BYTES = 200;

/**
 * Room kept in every batch for what the sink queues around the operations: the
 * suspend-screen-updating and suspend-calculation calls, and in the sync that shares a
 * batch, either the inspection of the workbook's sheets (marker look-ups, adding the new
 * sheet) or the commit (marker, recalculation, renames, activation, deletion).
 */
export const BATCH_OVERHEAD_BYTES = 16 * ACTION_OVERHEAD_BYTES;

const BORDER_EDGES = 6;

/**
 * The smallest budget every model fits in: a fully styled block with borders is about
 * 6,500 bytes and cannot be split; matrices (values, formulas, formats) can.
 */
export const MIN_PAYLOAD_BUDGET_BYTES = BATCH_OVERHEAD_BYTES + 10_000;

/** Estimated request payload of one operation in UTF-8 bytes: its data as JSON plus the actions it queues. */
export function estimateOpBytes(op: SheetOp): number {
  return utf8Bytes(JSON.stringify(op)) + ACTION_OVERHEAD_BYTES * actionCount(op);
}

function actionCount(op: SheetOp): number {
  switch (op.kind) {
    case 'style': {
      // range + format + font + fill paths, one set per attribute, and per border edge a path and two sets.
      const attributes = Object.keys(op.style).length;
      return 4 + attributes + (op.style.border === 'thin' ? BORDER_EDGES * 3 : 0);
    }
    case 'print':
      // pageLayout path, orientation, paper size, zoom, print title rows.
      return 5;
    case 'freeze':
      // freezePanes path, a range path, the freeze call.
      return 3;
    default:
      // a range (or column range) path and the one property set or call.
      return 2;
  }
}

/**
 * Every operation needed to write `model`, each estimated at no more than `maxOpBytes`.
 * Column widths come last: they need the workbook's character metrics, which the sink
 * learns only in the sync that adds the sheet (see needsMetrics).
 */
export function planSheetOps(model: SheetModel, maxOpBytes: number): SheetOp[] {
  const cells = lastCellPerPosition(listCells(model.cells));
  return [
    ...valueOps(cells, maxOpBytes),
    ...formulaOps(cells, maxOpBytes),
    ...styleOps(cells, model.styles, maxOpBytes),
    ...model.merges.map((range): SheetOp => ({ kind: 'merge', range: { top: range.top, left: range.left, bottom: range.bottom, right: range.right } })),
    ...rowHeightOps(model.rowHeights ?? {}),
    ...(model.freeze && (model.freeze.rows > 0 || model.freeze.cols > 0) ? [{ kind: 'freeze', rows: model.freeze.rows, cols: model.freeze.cols } as const] : []),
    { kind: 'print', print: model.print },
    ...columnWidthOps(model.columnWidths),
  ];
}

/** Operations that can be queued only once the new sheet's character metrics are known. */
export function needsMetrics(op: SheetOp): boolean {
  return op.kind === 'columnWidth';
}

/** Room a batch must leave for what its sync carries besides the operations (see the sink). */
export interface BatchReserve {
  /** Bytes the first batch leaves free. */
  readonly first?: number;
  /** Bytes the last batch leaves free; if it cannot, an empty last batch is added for them. */
  readonly last?: number;
}

/**
 * Consecutive operations grouped so that each batch's estimate, with its reserve, stays
 * within `budget`: as few batches as a greedy fill gives, since every batch costs the sink
 * one sync. Always at least one batch (empty when there are no operations); the first may be
 * empty when its reserve leaves no room for the first operation.
 */
export function batchOps(ops: readonly SheetOp[], budget: number, reserve: BatchReserve = {}): SheetOp[][] {
  const limit = budget - BATCH_OVERHEAD_BYTES;
  const batches: SheetOp[][] = [];
  const room = () => limit - (batches.length === 0 ? (reserve.first ?? 0) : 0);
  let current: SheetOp[] = [];
  let size = 0;
  for (const op of ops) {
    const bytes = estimateOpBytes(op);
    if (bytes > limit) throw tooLarge(limit);
    if (size + bytes > room() && (current.length > 0 || batches.length === 0)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += bytes;
  }
  const lastRoom = room();
  batches.push(current);
  if (size + (reserve.last ?? 0) > lastRoom) batches.push([]);
  return batches;
}

/**
 * How large planSheetOps makes a splittable operation (a block of values, formulas or number
 * formats) for batches of `budget`: a quarter of what a batch holds, so that a greedy fill
 * leaves at most a quarter of any batch unused, and the first batch, which shares its sync
 * with the marker look-ups, is never left empty by one large block.
 */
export function maxOpBytesFor(budget: number): number {
  return Math.floor((budget - BATCH_OVERHEAD_BYTES) / 4);
}

function tooLarge(limit: number): Error {
  return bilingualError(
    `1つのセルの内容が送信量の上限（1回の操作あたり ${limit} バイト）を超えるため、シートを書き込めません。`,
    `A single cell is larger than the payload budget allows for one operation (${limit} bytes), so the sheet cannot be written.`,
  );
}

/** A model that names a cell twice means the later one, as a writer filling cells in order would. */
function lastCellPerPosition(cells: readonly ModelCell[]): ModelCell[] {
  return [...new Map(cells.map((cell) => [key(cell.row, cell.col), cell])).values()];
}

/**
 * Excel reads a string written through `values` as if typed: "001" becomes 1, "1-2" a date,
 * "-" or "=…" a formula, "TRUE" a boolean, "#N/A" an error — full-width forms included.
 * Such text gets a leading apostrophe, which Excel keeps as "this is text", not as content.
 * Text without digits or those leading signs (project names, labels) is written as is.
 */
export function asTypedText(value: Literal): Literal {
  if (typeof value !== 'string') return value;
  const folded = value.normalize('NFKC').trim();
  const wouldBeReinterpreted = /^[=+\-'@#]/.test(folded) || /\d/.test(folded) || /^(true|false)$/i.test(folded);
  return wouldBeReinterpreted ? `'${value}` : value;
}

function valueOps(cells: readonly ModelCell[], maxOpBytes: number): SheetOp[] {
  const literal = cells.filter((cell) => cell.formula === undefined && cell.value !== undefined && cell.value !== null && cell.value !== '');
  if (literal.length === 0) return [];
  const box = boundingBox(literal);
  // null leaves a cell as it is, so gaps cost four bytes and no write.
  const matrix: Literal[][] = Array.from({ length: box.bottom - box.top + 1 }, () => new Array<Literal>(box.right - box.left + 1).fill(null));
  for (const cell of literal) matrix[cell.row - box.top][cell.col - box.left] = asTypedText(cell.value ?? null);
  return splitMatrix(box.top, box.left, matrix, maxOpBytes, (top, left, values) => ({ kind: 'values', top, left, values }));
}

function formulaOps(cells: readonly ModelCell[], maxOpBytes: number): SheetOp[] {
  const byPosition = new Map(cells.filter((cell) => cell.formula !== undefined).map((cell) => [key(cell.row, cell.col), cell.formula as string]));
  const blocks = rectangles(cells.filter((cell) => cell.formula !== undefined).map((cell) => ({ row: cell.row, col: cell.col, group: 'formula' })));
  return blocks.flatMap(({ range }) => {
    const matrix = rowsOf(range, (row, col) => byPosition.get(key(row, col)) as string);
    return splitMatrix(range.top, range.left, matrix, maxOpBytes, (top, left, formulas) => ({ kind: 'formulas', top, left, formulas }));
  });
}

function styleOps(cells: readonly ModelCell[], styles: SheetModel['styles'], maxOpBytes: number): SheetOp[] {
  const styled = cells.filter((cell) => cell.style !== undefined && styles[cell.style] !== undefined);
  const blocks = rectangles(styled.map((cell) => ({ row: cell.row, col: cell.col, group: cell.style as string })));
  return blocks.flatMap(({ range, group }): SheetOp[] => {
    const { numberFormat, ...appearance } = styles[group];
    const ops: SheetOp[] = [];
    if (numberFormat !== undefined) {
      const formats = rowsOf(range, () => numberFormat);
      appendAll(ops, splitMatrix(range.top, range.left, formats, maxOpBytes, (top, left, block) => ({ kind: 'numberFormat', top, left, formats: block })));
    }
    if (Object.keys(appearance).length > 0) ops.push({ kind: 'style', range, style: appearance });
    return ops;
  });
}

/** Runs of adjacent columns with the same width become one operation. */
function columnWidthOps(widths: readonly number[]): SheetOp[] {
  const ops: SheetOp[] = [];
  widths.forEach((characters, col) => {
    if (!(characters > 0)) return;
    const last = ops[ops.length - 1];
    if (last?.kind === 'columnWidth' && last.last === col - 1 && last.characters === characters) {
      ops[ops.length - 1] = { ...last, last: col };
    } else {
      ops.push({ kind: 'columnWidth', first: col, last: col, characters });
    }
  });
  return ops;
}

/**
 * The model's row heights as given, runs of equal heights as one operation. Excel could
 * autofit instead, but it ignores wrapped text in merged cells; the model's estimate does not.
 */
function rowHeightOps(heights: Readonly<Record<number, number>>): SheetOp[] {
  const ops: SheetOp[] = [];
  const rows = Object.keys(heights)
    .map(Number)
    .filter((row) => Number.isInteger(row) && row >= 0 && heights[row] > 0)
    .sort((a, b) => a - b);
  for (const row of rows) {
    const points = heights[row];
    const last = ops[ops.length - 1];
    if (last?.kind === 'rowHeight' && last.last === row - 1 && last.points === points) ops[ops.length - 1] = { ...last, last: row };
    else ops.push({ kind: 'rowHeight', first: row, last: row, points });
  }
  return ops;
}

/**
 * Cells of the same group as few rectangles as a simple sweep finds: runs of adjacent
 * cells in a row, then runs with the same columns in consecutive rows stacked together.
 */
export function rectangles(cells: readonly { row: number; col: number; group: string }[]): { range: CellRange; group: string }[] {
  const rows = new Map<number, { col: number; group: string }[]>();
  for (const cell of cells) {
    const row = rows.get(cell.row) ?? [];
    row.push({ col: cell.col, group: cell.group });
    rows.set(cell.row, row);
  }
  const done: { range: CellRange; group: string }[] = [];
  let open = new Map<string, { range: CellRange; group: string }>();
  for (const rowIndex of [...rows.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, { range: CellRange; group: string }>();
    for (const run of runsOf(rows.get(rowIndex)!)) {
      const runKey = `${run.left}:${run.right}:${run.group}`;
      const above = open.get(runKey);
      if (above && above.range.bottom === rowIndex - 1) {
        open.delete(runKey);
        next.set(runKey, { group: run.group, range: { ...above.range, bottom: rowIndex } });
      } else {
        next.set(runKey, { group: run.group, range: { top: rowIndex, bottom: rowIndex, left: run.left, right: run.right } });
      }
    }
    appendAll(done, open.values());
    open = next;
  }
  appendAll(done, open.values());
  return done;
}

function runsOf(cells: { col: number; group: string }[]): { left: number; right: number; group: string }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  const runs: { left: number; right: number; group: string }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.right === cell.col - 1 && last.group === cell.group) last.right = cell.col;
    else if (!last || last.right !== cell.col) runs.push({ left: cell.col, right: cell.col, group: cell.group });
  }
  return runs;
}

/**
 * A matrix as row blocks whose operation estimate fits `maxOpBytes`; a single row too
 * large for one operation is cut into column segments.
 */
function splitMatrix<T>(
  top: number,
  left: number,
  matrix: readonly (readonly T[])[],
  maxOpBytes: number,
  make: (top: number, left: number, block: T[][]) => SheetOp,
): SheetOp[] {
  // Estimated at the last row: a block further down spends more digits on its position.
  const emptyBytes = estimateOpBytes(make(top + matrix.length, left, []));
  const ops: SheetOp[] = [];
  let block: T[][] = [];
  let blockTop = top;
  let size = emptyBytes;
  const flush = () => {
    if (block.length > 0) ops.push(make(blockTop, left, block));
    block = [];
    size = emptyBytes;
  };
  matrix.forEach((row, offset) => {
    const rowBytes = utf8Bytes(JSON.stringify(row)) + 1;
    if (emptyBytes + rowBytes > maxOpBytes) {
      flush();
      appendAll(ops, splitRow(top + offset, left, row, maxOpBytes, make));
      blockTop = top + offset + 1;
      return;
    }
    if (size + rowBytes > maxOpBytes) {
      flush();
      blockTop = top + offset;
    }
    block.push([...row]);
    size += rowBytes;
  });
  flush();
  return ops;
}

function splitRow<T>(row: number, left: number, values: readonly T[], maxOpBytes: number, make: (top: number, left: number, block: T[][]) => SheetOp): SheetOp[] {
  // Estimated at the last column: a segment further right spends more digits on its position.
  const emptyBytes = estimateOpBytes(make(row, left + values.length, [[]]));
  const ops: SheetOp[] = [];
  let segment: T[] = [];
  let segmentLeft = left;
  let size = emptyBytes;
  values.forEach((value, offset) => {
    const bytes = utf8Bytes(JSON.stringify(value)) + 1;
    if (emptyBytes + bytes > maxOpBytes) throw tooLarge(maxOpBytes);
    if (size + bytes > maxOpBytes) {
      ops.push(make(row, segmentLeft, [segment]));
      segment = [];
      segmentLeft = left + offset;
      size = emptyBytes;
    }
    segment.push(value);
    size += bytes;
  });
  if (segment.length > 0) ops.push(make(row, segmentLeft, [segment]));
  return ops;
}

function boundingBox(cells: readonly { row: number; col: number }[]): CellRange {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const { row, col } of cells) {
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return { top, left, bottom, right };
}

function rowsOf<T>(range: CellRange, at: (row: number, col: number) => T): T[][] {
  return Array.from({ length: range.bottom - range.top + 1 }, (_, r) =>
    Array.from({ length: range.right - range.left + 1 }, (_, c) => at(range.top + r, range.left + c)),
  );
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}
