import { a1, columnIndex, type CellRange, type CellValue } from '../domain/model/grid';
import { shiftFormula } from './formula-shift';
import { beyondLimit, damaged, READ_LIMITS } from './limits';
import { CELL_TEXT_BYTES, isTooLong, type SharedString } from './parts';
import { scanXml } from './xml-scan';
import { entryChunks, type ZipArchive } from './zip';

/**
 * A worksheet's XML read into sparse cells: only cells that hold a value or a formula are
 * kept, as parallel arrays, whatever the sheet's extent. Counts are checked as cells arrive,
 * so a sheet past READ_LIMITS.cells stops there.
 *
 * Values as the grid wants them: formulas give their cached result (none when never
 * calculated); shared strings and inline rich text their text; booleans, error values;
 * numbers as stored (dates stay serial numbers, their format says they are dates).
 */
export interface SparseCells {
  readonly count: number;
  /** Row, column and style (xf) index of each cell, in typed arrays of at least `count` entries. */
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  readonly styles: Int32Array;
  readonly values: readonly CellValue[];
  /** Formula text ("=…") by cell index, for the few cells that have one. */
  readonly formulas: ReadonlyMap<number, string>;
  readonly merges: readonly CellRange[];
  /** Hidden rows (0-based), in order. */
  readonly hiddenRows: readonly number[];
  /** Hidden column ranges (0-based, inclusive). */
  readonly hiddenColumns: readonly { readonly min: number; readonly max: number }[];
}

export const LAST_ROW = 1_048_575;
export const LAST_COL = 16_383;

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

/** Digits as a number, from bytes; -1 when there are none or something else is among them. */
function digitsAt(bytes: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A cell reference ("B7") from bytes, as row * 16384 + col; -1 when it is not a cell on the sheet. */
function refAt(bytes: Uint8Array, start: number, end: number): number {
  let col = 0;
  let i = start;
  while (i < end && i - start < 3) {
    const b = bytes[i] & 0xdf; // upper case
    if (b < 0x41 || b > 0x5a) break;
    col = col * 26 + (b - 0x40);
    i++;
  }
  if (i === start) return -1;
  const row = digitsAt(bytes, i, end);
  if (row < 1 || row - 1 > LAST_ROW || col - 1 > LAST_COL) return -1;
  return (row - 1) * (LAST_COL + 1) + (col - 1);
}

/** "B7" → [6, 1]; null for anything that is not a cell on the sheet. */
export function parseCellRef(ref: string): [number, number] | null {
  let i = 0;
  while (i < ref.length && i < 3 && /[A-Za-z]/.test(ref[i])) i++;
  if (i === 0 || i === ref.length || ref.length - i > 7 || !/^[0-9]+$/.test(ref.slice(i))) return null;
  const col = columnIndex(ref.slice(0, i));
  const row = Number(ref.slice(i)) - 1;
  return col < 0 || col > LAST_COL || row < 0 || row > LAST_ROW ? null : [row, col];
}

/** "A1:C3" (or "A1") → a range; null when malformed. Reversed corners are put in order. */
export function parseRangeRef(ref: string): CellRange | null {
  const [from, to = from] = ref.replace(/\$/g, '').split(':');
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (!a || !b) return null;
  return { top: Math.min(a[0], b[0]), left: Math.min(a[1], b[1]), bottom: Math.max(a[0], b[0]), right: Math.max(a[1], b[1]) };
}

/** OOXML's escape for characters XML cannot carry (_x000D_, _x001B_; _x005F_ is "_"). */
export function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

/** An ISO 8601 date (cells of type "d") as a serial number; null when it is not one. */
function isoSerial(text: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  if (!Number.isFinite(ms)) return null;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
}

const NAN = /^\s*NaN\s*$/;

/** An Int32Array that doubles as it fills: four bytes a cell where a number[] takes eight or more. */
class Int32List {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

export async function readSheetCells(zip: ZipArchive, part: string, shared: readonly SharedString[], date1904: boolean): Promise<SparseCells> {
  const rows = new Int32List();
  const cols = new Int32List();
  const styles = new Int32List();
  const values: CellValue[] = [];
  const formulas = new Map<number, string>();
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns: { min: number; max: number }[] = [];
  /** Shared formulas by their si: the text and the cell it was written in. */
  const sharedFormulas = new Map<string, { text: string; row: number; col: number }>();

  let inSheetData = false;
  let row = -1;
  let nextCol = 0;
  // The cell being read.
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let type = 'n';
  let style = 0;
  let v: string | null = null;
  let vTooLong = false;
  let formula: string | null = null;
  let formulaSi: string | null = null;
  let inInline = false;
  let inline = '';
  let inlineTooLong = false;
  let phonetic = 0;

  const tooLongAt = (length: number) => beyondLimit('cellChars', length, a1(cellRow, cellCol), true);
  const text = (value: string): string => {
    const unescaped = unescapeOoxml(value);
    if (unescaped.length > READ_LIMITS.cellChars) throw beyondLimit('cellChars', unescaped.length, a1(cellRow, cellCol));
    return unescaped;
  };

  const finishCell = () => {
    let value: CellValue = null;
    if (vTooLong || inlineTooLong) throw tooLongAt(READ_LIMITS.cellChars + 1);
    // An empty <v></v> (openpyxl writes one for a formula it never calculated) holds nothing, except a formula's text result.
    if (v !== null && type !== 'str' && v.trim() === '') v = null;
    switch (type) {
      case 's': {
        if (v === null) break;
        const item = shared[Number(v)];
        if (isTooLong(item)) throw tooLongAt(item.length);
        value = item === undefined ? null : text(item);
        break;
      }
      case 'inlineStr':
        value = text(inline);
        break;
      case 'str':
        value = v === null ? null : text(v);
        break;
      case 'b':
        value = v === null ? null : v.trim() === '1' || v.trim() === 'true';
        break;
      case 'e':
        value = v === null ? null : { error: v.trim() };
        break;
      case 'd':
        value = v === null ? null : (isoSerial(v, date1904) ?? text(v));
        break;
      default: {
        if (v === null) break;
        // A number as XML writes it; anything else in a number cell is kept as the text it is.
        const n = Number(v);
        value = Number.isNaN(n) && !NAN.test(v) ? text(v) : n;
      }
    }
    let f: string | null = null;
    if (formula !== null && formula !== '') {
      f = `=${formula}`;
      if (formulaSi !== null && !sharedFormulas.has(formulaSi)) sharedFormulas.set(formulaSi, { text: formula, row: cellRow, col: cellCol });
    } else if (formulaSi !== null) {
      const master = sharedFormulas.get(formulaSi);
      if (master) f = `=${shiftFormula(master.text, cellRow - master.row, cellCol - master.col)}`;
    }
    if (value === null && f === null) return;
    if (rows.length >= READ_LIMITS.cells) throw beyondLimit('cells', rows.length + 1, undefined, true);
    if (f !== null) formulas.set(rows.length, f);
    rows.push(cellRow);
    cols.push(cellCol);
    values.push(value);
    styles.push(style);
  };

  await scanXml(
    entryChunks(zip, part),
    {
      open(tag) {
        switch (tag.name) {
          case 'sheetData':
            inSheetData = true;
            return false;
          case 'row': {
            if (!inSheetData) return false;
            if (tag.find('r')) {
              const r = digitsAt(tag.bytes, tag.valueStart, tag.valueEnd);
              if (r < 1 || r - 1 > LAST_ROW) throw damaged(`row number ${tag.attr('r')?.slice(0, 20)}`);
              row = r - 1;
            } else {
              row += 1;
              if (row > LAST_ROW) throw damaged('a row past the last row');
            }
            nextCol = 0;
            const hidden = tag.attr('hidden');
            if (hidden === '1' || hidden === 'true') hiddenRows.push(row);
            return false;
          }
          case 'c': {
            if (!inSheetData || row < 0) return false;
            if (tag.find('r')) {
              const at = refAt(tag.bytes, tag.valueStart, tag.valueEnd);
              if (at < 0) throw damaged(`cell reference ${tag.attr('r')?.slice(0, 20)}`);
              cellRow = Math.floor(at / (LAST_COL + 1));
              cellCol = at % (LAST_COL + 1);
            } else {
              cellRow = row;
              cellCol = nextCol;
              if (cellCol > LAST_COL) throw damaged('a cell past the last column');
            }
            nextCol = cellCol + 1;
            inCell = true;
            type = tag.find('t') ? (tag.attr('t') ?? 'n') : 'n';
            style = tag.find('s') ? Math.max(0, digitsAt(tag.bytes, tag.valueStart, tag.valueEnd)) : 0;
            v = null;
            vTooLong = false;
            formula = null;
            formulaSi = null;
            inline = '';
            inlineTooLong = false;
            return false;
          }
          case 'v':
            return inCell;
          case 'f':
            if (!inCell) return false;
            if (tag.attr('t') === 'shared') formulaSi = tag.attr('si');
            return true;
          case 'is':
            if (inCell) inInline = true;
            return false;
          case 'rPh':
            if (inInline) phonetic++;
            return false;
          case 't':
            return inInline && phonetic === 0;
          case 'mergeCell': {
            const ref = tag.attr('ref');
            const range = ref === null ? null : parseRangeRef(ref);
            if (!range) return false;
            if (merges.length >= READ_LIMITS.merges) throw beyondLimit('merges', merges.length + 1, undefined, true);
            merges.push(range);
            return false;
          }
          case 'col': {
            const hidden = tag.attr('hidden');
            if (hidden !== '1' && hidden !== 'true') return false;
            const min = Number(tag.attr('min')) - 1;
            const max = Number(tag.attr('max')) - 1;
            if (Number.isInteger(min) && Number.isInteger(max) && min >= 0 && max >= min) hiddenColumns.push({ min, max: Math.min(max, LAST_COL) });
            return false;
          }
          default:
            return false;
        }
      },
      close(name, value, tooLong) {
        switch (name) {
          case 'sheetData':
            inSheetData = false;
            break;
          case 'v':
            if (!inCell) break;
            v = value;
            vTooLong = tooLong;
            break;
          case 'f':
            if (inCell) formula = value;
            break;
          case 't':
            if (!inInline || phonetic > 0) break;
            if (tooLong) inlineTooLong = true;
            else if (!inlineTooLong) {
              inline += value ?? '';
              if (inline.length > READ_LIMITS.cellChars) inlineTooLong = true;
            }
            break;
          case 'rPh':
            if (phonetic > 0) phonetic--;
            break;
          case 'is':
            inInline = false;
            break;
          case 'c':
            if (!inCell) break;
            inCell = false;
            finishCell();
            break;
        }
      },
    },
    CELL_TEXT_BYTES,
  );
  return { count: rows.length, rows: rows.data, cols: cols.data, styles: styles.data, values, formulas, merges, hiddenRows, hiddenColumns };
}
