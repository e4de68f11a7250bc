import ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid } from '../domain/model/grid';
import type { WorkbookSource } from '../domain/ports';

/**
 * The WorkbookSource port over an .xlsx file held in memory (ExcelJS). Used by the CLI and
 * the browser demo, so no file system here: callers hand over the bytes.
 *
 * What a grid gets from a cell:
 * - formulas: the cached result as the value, "=…" in `formulas`; a formula without a cached
 *   result (never recalculated, e.g. written by openpyxl) has value null;
 * - error values (#REF!, #VALUE!, #N/A, also as formula results): {error: "#REF!"};
 * - rich text (runs of fonts, as LibreOffice and older Excel write Latin + Japanese text):
 *   the runs' text concatenated; hyperlinks: their display text;
 * - dates: the Excel serial number (what Office.js `values` gives), the date format in
 *   `numberFormats` says it is a date;
 * - merged cells: the value in the top-left cell only, the area in `merges`;
 * - hidden columns and rows in `hiddenColumns` / `hiddenRows`.
 * The grid is the used range: from the first to the last row and column holding a value.
 */

/** Thrown for input that is not a readable .xlsx workbook; the CLI reports it and exits 2. */
export class UnreadableWorkbookError extends Error {
  override readonly name = 'UnreadableWorkbookError';
}

const NOT_XLSX = 'Excel ファイル (.xlsx) として読めません / not a readable .xlsx file';
const ENCRYPTED_OR_XLS =
  'Excel ファイル (.xlsx) として読めません: パスワードで保護されたファイルか旧形式 (.xls) です。パスワードを解除し .xlsx 形式で保存し直してください / ' +
  'not a readable .xlsx file: it is password-protected (encrypted) or an old .xls file; remove the password and save it as .xlsx';

/** OLE compound files (encrypted OOXML and legacy .xls) start with this signature. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const MS_PER_DAY = 86_400_000;
/** Days from the 1900 date system's epoch (as Excel counts, with its 1900 leap-year bug) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function bytesOf(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function excelSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
}

/** ExcelJS's value shapes → the grid's CellValue. */
function toCellValue(value: ExcelJS.CellValue | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value, date1904);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return toCellValue(value.text as ExcelJS.CellValue, date1904);
  return null;
}

interface CellRecord {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string | null;
}

export class XlsxWorkbookSource implements WorkbookSource {
  private constructor(private readonly workbook: ExcelJS.Workbook) {}

  /** Loads a workbook; throws UnreadableWorkbookError (message in Japanese and English) for anything that is not a readable .xlsx. */
  static async fromBuffer(data: ArrayBuffer | ArrayBufferView): Promise<XlsxWorkbookSource> {
    // ArrayBufferView rather than Uint8Array so that Node's Buffer (readFileSync) type-checks too.
    const bytes = bytesOf(data);
    if (startsWith(bytes, OLE_SIGNATURE)) throw new UnreadableWorkbookError(ENCRYPTED_OR_XLS);
    if (!startsWith(bytes, ZIP_SIGNATURE)) throw new UnreadableWorkbookError(NOT_XLSX);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes.slice().buffer);
    } catch (cause) {
      throw new UnreadableWorkbookError(NOT_XLSX, { cause });
    }
    // A zip that is not a spreadsheet (.docx, any archive) loads without error but has no sheets.
    if (workbook.worksheets.length === 0) throw new UnreadableWorkbookError(NOT_XLSX);
    return new XlsxWorkbookSource(workbook);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((sheet) => sheet.name);
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`シート「${name}」がありません / no sheet named "${name}"`);
    const date1904 = Boolean(this.workbook.properties.date1904);
    const cells: CellRecord[] = [];
    const merges = new Map<string, CellRange>();
    const hiddenRows: number[] = [];

    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.hidden) hiddenRows.push(rowNumber - 1);
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        if (cell.type === ExcelJS.ValueType.Merge) {
          // A covered cell reports its master's value; the grid keeps it once, at the master.
          const master = cell.master;
          const key = master.address;
          const area = merges.get(key) ?? { top: Number(master.row) - 1, left: Number(master.col) - 1, bottom: r, right: c };
          merges.set(key, { ...area, bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) });
          return;
        }
        const isFormula = cell.type === ExcelJS.ValueType.Formula;
        // cell.value drops falsy formula results (a cached 0 or FALSE would read as "no result"); cell.result keeps them.
        const value = toCellValue(isFormula ? (cell.result as ExcelJS.CellValue) : cell.value, date1904);
        const formula = isFormula && cell.formula ? `=${cell.formula}` : null;
        const numFmt = cell.numFmt;
        if (value === null && formula === null) return;
        cells.push({ row: r, col: c, value, formula, numberFormat: numFmt && numFmt !== 'General' ? numFmt : null });
      });
    });

    if (cells.length === 0) return { sheetName: name, originRow: 0, originCol: 0, values: [], merges: [...merges.values()], hiddenRows };
    let [top, bottom, left, right] = [cells[0].row, cells[0].row, cells[0].col, cells[0].col];
    for (const cell of cells) {
      top = Math.min(top, cell.row);
      bottom = Math.max(bottom, cell.row);
      left = Math.min(left, cell.col);
      right = Math.max(right, cell.col);
    }
    const grid = <T>(fill: T) => Array.from({ length: bottom - top + 1 }, () => new Array<T>(right - left + 1).fill(fill));
    const values = grid<CellValue>(null);
    const formulas = grid<string | null>(null);
    const numberFormats = grid<string | null>(null);
    for (const cell of cells) {
      values[cell.row - top][cell.col - left] = cell.value;
      formulas[cell.row - top][cell.col - left] = cell.formula;
      numberFormats[cell.row - top][cell.col - left] = cell.numberFormat;
    }
    const hiddenColumns: number[] = [];
    for (let c = left; c <= right; c++) if (sheet.getColumn(c + 1).hidden) hiddenColumns.push(c);
    return { sheetName: name, originRow: top, originCol: left, values, formulas, numberFormats, merges: [...merges.values()], hiddenColumns, hiddenRows };
  }
}
