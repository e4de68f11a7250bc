/**
 * A sheet model's cells as a few typed arrays, planned by rows: a large submission sheet has
 * millions of cells (29 per row of the checked sheet), and an object per cell kept 2.8 KB
 * alive per row (bench/engine-heap.ts). Plain data, no class: it crosses postMessage
 * (structured clone) as it is and means the same on the other side, with nothing to revive.
 *
 * Texts are kept once each (`strings`) and cells hold their index: the detail block repeats the
 * same names, tags and marks on thousands of lines, each a string of its own when made, and a
 * structured clone would copy a shared string once per cell that holds it.
 */

/** What a cell holds: a literal, or the cached result of its formula. */
export type CellLiteral = string | number | boolean | null;

/** One cell, as the writers and the preview see it. Coordinates are 0-based. */
export interface ModelCell {
  readonly row: number;
  readonly col: number;
  /** A literal value. */
  readonly value?: CellLiteral;
  /** A formula without "=" is invalid; always "=SUM(…)". Writers also store `value` as the cached result when given. */
  readonly formula?: string;
  /** Name of a style in SheetModel.styles. */
  readonly style?: string;
}

export interface ModelCells {
  /** The cells of row r are rowStarts[r] … rowStarts[r + 1] - 1, in the order they were added. */
  readonly rowStarts: Int32Array;
  readonly cols: Uint16Array;
  /** 0 for no style, else 1 + an index into styleNames. */
  readonly styles: Uint8Array;
  readonly styleNames: readonly string[];
  /** The kind of each cell's value (NONE … TEXT below), plus HAS_FORMULA when it has a formula. */
  readonly kinds: Uint8Array;
  /** Each cell's value by its kind: the integer itself, or an index into `floats` or `strings`. */
  readonly slots: Int32Array;
  readonly floats: Float64Array;
  /** Each distinct text once. */
  readonly strings: readonly string[];
  /** The cells that have a formula, ascending, and their formulas: a few cells per row at most. */
  readonly formulaCells: Int32Array;
  readonly formulas: readonly string[];
}

/** The kinds of value (ModelCells.kinds). */
const NONE = 0;
const NULL = 1;
const FALSE = 2;
const TRUE = 3;
/** A 32-bit integer, held in the slot itself: amounts, numbers of lines. */
const INT = 4;
const FLOAT = 5;
const TEXT = 6;
const KIND_MASK = 7;
const HAS_FORMULA = 8;

/** Excel's last column is XFD (16,384: a Uint16 holds it), and the style index is a byte. */
const MAX_COLS = 16_384;
const MAX_STYLES = 0xff;

/** Cells added one at a time, in row order (a row may be left empty, never gone back to). */
export class ModelCellsBuilder {
  private count = 0;
  private rows = 0;
  private rowStarts = new Int32Array(256);
  private cols = new Uint16Array(1024);
  private styles = new Uint8Array(1024);
  private kinds = new Uint8Array(1024);
  private slots = new Int32Array(1024);
  private readonly floats: number[] = [];
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly styleNames: string[] = [];
  private readonly styleIndex = new Map<string, number>();
  private readonly formulaCells: number[] = [];
  private readonly formulas: string[] = [];

  add(row: number, col: number, value: CellLiteral | undefined, formula: string | undefined, style: string | undefined): void {
    if (row + 1 < this.rows) throw new Error(`cells must be added in row order: row ${row} after row ${this.rows - 1}`);
    if (!(col >= 0 && col < MAX_COLS && Number.isInteger(col)) || !(row >= 0 && Number.isInteger(row))) throw new Error(`no cell at row ${row}, column ${col}`);
    // Before anything is stored: a refused cell leaves no trace.
    const styleIndex = style === undefined ? 0 : this.styleOf(style);
    const k = this.count;
    if (k === this.cols.length) this.grow();
    // Rows up to this one start here; later cells of this row extend it.
    while (this.rows <= row) this.rowStart(this.rows++, k);
    this.count = k + 1;
    this.cols[k] = col;
    this.styles[k] = styleIndex;
    let kind: number;
    let slot = 0;
    if (value === undefined) kind = NONE;
    else if (value === null) kind = NULL;
    else if (value === true) kind = TRUE;
    else if (value === false) kind = FALSE;
    else if (typeof value === 'number') {
      // -0 is a float: an Int32Array would make it 0.
      if ((value | 0) === value && !Object.is(value, -0)) {
        kind = INT;
        slot = value;
      } else {
        kind = FLOAT;
        slot = this.floats.push(value) - 1;
      }
    } else {
      kind = TEXT;
      slot = this.stringOf(value);
    }
    this.slots[k] = slot;
    if (formula !== undefined) {
      this.formulaCells.push(k);
      this.formulas.push(formula);
      kind |= HAS_FORMULA;
    }
    this.kinds[k] = kind;
  }

  build(): ModelCells {
    const n = this.count;
    const rowStarts = new Int32Array(this.rows + 1);
    rowStarts.set(this.rowStarts.subarray(0, this.rows));
    rowStarts[this.rows] = n;
    return {
      rowStarts,
      cols: this.cols.slice(0, n),
      styles: this.styles.slice(0, n),
      styleNames: [...this.styleNames],
      kinds: this.kinds.slice(0, n),
      slots: this.slots.slice(0, n),
      floats: Float64Array.from(this.floats),
      strings: [...this.strings],
      formulaCells: Int32Array.from(this.formulaCells),
      formulas: [...this.formulas],
    };
  }

  private rowStart(row: number, start: number): void {
    if (row === this.rowStarts.length) this.rowStarts = grown(this.rowStarts, new Int32Array(row * 2));
    this.rowStarts[row] = start;
  }

  private grow(): void {
    const size = this.cols.length * 2;
    this.cols = grown(this.cols, new Uint16Array(size));
    this.styles = grown(this.styles, new Uint8Array(size));
    this.kinds = grown(this.kinds, new Uint8Array(size));
    this.slots = grown(this.slots, new Int32Array(size));
  }

  private stringOf(text: string): number {
    let index = this.stringIndex.get(text);
    if (index === undefined) {
      index = this.strings.push(text) - 1;
      this.stringIndex.set(text, index);
    }
    return index;
  }

  private styleOf(name: string): number {
    let index = this.styleIndex.get(name);
    if (index === undefined) {
      if (this.styleNames.length === MAX_STYLES) throw new Error(`a sheet model holds at most ${MAX_STYLES} style names`);
      index = this.styleNames.push(name);
      this.styleIndex.set(name, index);
    }
    return index;
  }
}

function grown<T extends Int32Array | Uint16Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The cells of a list, rows in ascending order (a stable sort: cells of one row keep their order). */
export function modelCellsOf(list: readonly ModelCell[]): ModelCells {
  const builder = new ModelCellsBuilder();
  const sorted = list.every((cell, i) => i === 0 || list[i - 1].row <= cell.row) ? list : [...list].sort((a, b) => a.row - b.row);
  for (const cell of sorted) builder.add(cell.row, cell.col, cell.value, cell.formula, cell.style);
  return builder.build();
}

export function cellCount(cells: ModelCells): number {
  return cells.cols.length;
}

/** Rows up to the last that has a cell. */
export function rowCount(cells: ModelCells): number {
  return cells.rowStarts.length - 1;
}

/** Columns up to the last that has a cell. */
export function columnCount(cells: ModelCells): number {
  let count = 0;
  for (const col of cells.cols) if (col >= count) count = col + 1;
  return count;
}

/** What the writers need of one cell, without an object for it. */
export type CellVisitor = (row: number, col: number, value: CellLiteral | undefined, formula: string | undefined, style: string | undefined) => void;

/** Every cell, rows in order and each row's cells in the order they were added. */
export function forEachCell(cells: ModelCells, visit: CellVisitor): void {
  const { rowStarts, cols, styles, styleNames, kinds, formulas } = cells;
  let f = 0;
  for (let r = 0; r + 1 < rowStarts.length; r++) {
    for (let k = rowStarts[r]; k < rowStarts[r + 1]; k++) {
      const style = styles[k];
      visit(r, cols[k], valueAt(cells, k), kinds[k] & HAS_FORMULA ? formulas[f++] : undefined, style === 0 ? undefined : styleNames[style - 1]);
    }
  }
}

/** The cells of rows `from` (inclusive) to `to` (exclusive), a list per row (empty where a row has none). */
export function rowsOfCells(cells: ModelCells, from: number, to: number): ModelCell[][] {
  const out: ModelCell[][] = [];
  const rows = rowCount(cells);
  for (let r = Math.max(0, from); r < to; r++) {
    const row: ModelCell[] = [];
    if (r < rows) for (let k = cells.rowStarts[r]; k < cells.rowStarts[r + 1]; k++) row.push(cellAt(cells, r, k));
    out.push(row);
  }
  return out;
}

/** Every cell as an object, in order: for tests, small sheets and the model's JSON as it always was. */
export function listCells(cells: ModelCells): ModelCell[] {
  const list: ModelCell[] = [];
  forEachCell(cells, (row, col, value, formula, style) => list.push(cellObject(row, col, value, formula, style)));
  return list;
}

function cellAt(cells: ModelCells, row: number, k: number): ModelCell {
  const style = cells.styles[k];
  return cellObject(row, cells.cols[k], valueAt(cells, k), cells.kinds[k] & HAS_FORMULA ? formulaAt(cells, k) : undefined, style === 0 ? undefined : cells.styleNames[style - 1]);
}

function valueAt(cells: ModelCells, k: number): CellLiteral | undefined {
  switch (cells.kinds[k] & KIND_MASK) {
    case NONE:
      return undefined;
    case NULL:
      return null;
    case FALSE:
      return false;
    case TRUE:
      return true;
    case INT:
      return cells.slots[k];
    case FLOAT:
      return cells.floats[cells.slots[k]];
    default:
      return cells.strings[cells.slots[k]];
  }
}

/** The formula of cell k, which has one: a binary search of the formula cells. */
function formulaAt(cells: ModelCells, k: number): string {
  let lo = 0;
  let hi = cells.formulaCells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells.formulaCells[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  return cells.formulas[lo];
}

/** A cell with only the fields it has, in the order the model's JSON has always given them. */
function cellObject(row: number, col: number, value: CellLiteral | undefined, formula: string | undefined, style: string | undefined): ModelCell {
  if (formula === undefined) {
    if (value === undefined) return style === undefined ? { row, col } : { row, col, style };
    return style === undefined ? { row, col, value } : { row, col, value, style };
  }
  if (value === undefined) return style === undefined ? { row, col, formula } : { row, col, formula, style };
  return style === undefined ? { row, col, value, formula } : { row, col, value, formula, style };
}
