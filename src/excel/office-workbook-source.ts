import type { WorkbookSource } from '../domain/ports';
import type { CellRange, CellValue, SheetGrid } from '../domain/model/grid';
import type { ExcelRun } from './excel-run';
import { bilingualError } from './office-error';
import { cellValueFrom, formulaFrom, numberFormatFrom, parseAreasAddress, uncoveredRows } from './office-grid';
import { DEFAULT_SYNC_BUDGET_BYTES } from './payload';
import { excelApiSupported } from './requirements';
import { appendAll } from '../domain/arrays';

/**
 * Cells of one range load, and of the first sync's read. Each cell comes back four times
 * (value, formula, number format, value type), about 45–65 bytes of JSON for a typical budget
 * cell, so 50,000 cells is a response of roughly 2–3 MB: under the budget with room for long
 * 事業概要 texts. It is also Microsoft's advice for large ranges ("read in blocks of 5k–20k
 * rows") for a sheet of 3–10 columns.
 */
export const DEFAULT_MAX_CELLS_PER_SLICE = 50_000;

/**
 * Estimated response of one sync that reads after the first aim under (see payload.ts).
 * Once a sync has been read, the bytes per row are known, and the next sync queues as many
 * range loads of at most DEFAULT_MAX_CELLS_PER_SLICE cells as fit this budget.
 */
export const DEFAULT_RESPONSE_BUDGET_BYTES = DEFAULT_SYNC_BUDGET_BYTES;

/** Excel on the web's error codes for a request or response over its payload limit. */
const PAYLOAD_LIMIT_CODES: readonly string[] = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'];

/**
 * getMergedAreasOrNullObject fails when a range holds more than 512 merged areas, so
 * merges are asked for in bands of this many rows (all bands in the same sync); a band
 * would need more than 8 merges per row to fail.
 */
const MERGE_BAND_ROWS = 64;

export interface OfficeWorkbookSourceOptions {
  /** Cells per range load (and in the first sync's read); larger used ranges are read in row slices of at most this many cells. */
  readonly maxCellsPerSlice?: number;
  /** Whether Range.getMergedAreasOrNullObject (ExcelApi 1.13) may be used; asked of the host by default. */
  readonly mergedAreasSupported?: boolean;
  /** Estimated response bytes per sync after the first read (see DEFAULT_RESPONSE_BUDGET_BYTES). */
  readonly responseBudgetBytes?: number;
}

interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

interface SliceData {
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][];
  readonly numberFormats: (string | null)[][];
  readonly columnHidden: boolean[];
  /** Undefined when the host could not say (merges not supported or not readable). */
  readonly merges?: CellRange[];
  readonly hiddenRows?: number[];
}

/**
 * WorkbookSource over Office.js. A read costs one sync for the used range's size, then as few
 * as the payload budget allows: the first reads up to DEFAULT_MAX_CELLS_PER_SLICE cells, and
 * each later one queues several range loads, as many as its estimated response fits in the
 * budget. A sheet of up to DEFAULT_MAX_CELLS_PER_SLICE cells (10 columns × 5,000 rows) is
 * read in 2 syncs; a larger one in 1 + about ⌈response bytes / budget⌉. A sync the host
 * refuses as too large is read again in halves.
 */
export class OfficeWorkbookSource implements WorkbookSource {
  private readonly maxCellsPerSlice: number;
  private readonly mergedAreasSupported: boolean;
  private readonly responseBudgetBytes: number;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookSourceOptions = {},
  ) {
    this.maxCellsPerSlice = options.maxCellsPerSlice ?? DEFAULT_MAX_CELLS_PER_SLICE;
    this.mergedAreasSupported = options.mergedAreasSupported ?? excelApiSupported('1.13');
    this.responseBudgetBytes = options.responseBudgetBytes ?? DEFAULT_RESPONSE_BUDGET_BYTES;
    if (!(this.maxCellsPerSlice >= 1)) throw new RangeError('maxCellsPerSlice must be at least 1');
    if (!(this.responseBudgetBytes >= 1)) throw new RangeError('responseBudgetBytes must be at least 1');
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  readSheet(name: string): Promise<SheetGrid> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      try {
        await context.sync();
      } catch (error) {
        throw bilingualError(`シート「${name}」を読み込めませんでした。`, `Could not read the sheet "${name}".`, error);
      }
      if (used.isNullObject) return emptyGrid(name);

      const bounds: Bounds = { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
      let readMerges = this.mergedAreasSupported;
      let hiddenColumnFlags: boolean[] | null = null;
      const slices: SliceData[] = [];
      const rowsPerRange = rowSlices(bounds, this.maxCellsPerSlice)[0].rows;
      // The first sync reads one range; after it, syncs are sized from the bytes per row read so far.
      let rowsPerSync = rowsPerRange;
      let readRows = 0;
      let readBytes = 0;
      for (let offset = 0; offset < bounds.rows; ) {
        const part: Bounds = { ...bounds, top: bounds.top + offset, rows: Math.min(rowsPerSync, bounds.rows - offset) };
        const ranges = rowSlices(part, rowsPerRange * bounds.cols);
        let data: SliceData[];
        try {
          data = await readRanges(context, sheet, ranges, { merges: readMerges, visibility: true }, hiddenColumnFlags);
        } catch (first) {
          if (canHalve(first, part)) {
            rowsPerSync = Math.ceil(part.rows / 2);
            continue;
          }
          // Merged areas and visible cells are extras that can fail on their own (more than
          // 512 merges, an unusual sheet); the values must still be read, so try once without them.
          readMerges = false;
          try {
            data = await readRanges(context, sheet, ranges, { merges: false, visibility: false }, hiddenColumnFlags);
          } catch (error) {
            if (canHalve(error, part)) {
              rowsPerSync = Math.ceil(part.rows / 2);
              continue;
            }
            throw bilingualError(`シート「${name}」を読み込めませんでした。`, `Could not read the sheet "${name}".`, error);
          }
        }
        hiddenColumnFlags ??= data[0].columnHidden;
        appendAll(slices, data);
        offset += part.rows;
        readRows += part.rows;
        readBytes += data.reduce((sum, slice) => sum + estimateResponseBytes(slice), 0);
        rowsPerSync = Math.max(1, Math.floor((this.responseBudgetBytes * readRows) / readBytes));
      }
      return assembleGrid(name, bounds, slices, hiddenColumnFlags ?? [], readMerges);
    });
  }
}

function emptyGrid(sheetName: string): SheetGrid {
  return { sheetName, originRow: 0, originCol: 0, values: [], formulas: [], numberFormats: [], merges: [], hiddenColumns: [], hiddenRows: [] };
}

/** The host refused the sync's request or response as too large, and it has rows to halve. */
function canHalve(error: unknown, slice: Bounds): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && PAYLOAD_LIMIT_CODES.includes(code) && slice.rows > 1;
}

/**
 * Roughly what the host sent for a slice, in UTF-8 bytes of JSON: each cell's value twice
 * (`formulas` repeats constants), its number format and its value type.
 */
export function estimateResponseBytes(data: {
  readonly values: readonly (readonly CellValue[])[];
  readonly numberFormats: readonly (readonly (string | null)[])[];
}): number {
  let bytes = 0;
  data.values.forEach((row, r) =>
    row.forEach((value, c) => {
      bytes += 2 * jsonBytes(value) + jsonBytes(data.numberFormats[r]?.[c] ?? 'General') + VALUE_TYPE_BYTES;
    }),
  );
  return Math.max(1, bytes);
}

/** "Integer", "String" … with quotes and separators. */
const VALUE_TYPE_BYTES = 12;

function jsonBytes(value: CellValue | string): number {
  if (value === null) return 4;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).length + 1;
  const text = typeof value === 'string' ? value : value.error;
  let bytes = text.length + 3;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // UTF-8: 2 bytes up to U+07FF, 3 above (a surrogate pair's 4 bytes are 2 + 2 here); escapes need 1–5 more.
    if (code >= 0x80) bytes += code >= 0x800 ? 2 : 1;
    else if (code < 0x20 || code === 0x22 || code === 0x5c) bytes += 5;
  }
  return bytes;
}

/** Row slices of at most `maxCells` cells (at least one row each) covering the bounds. */
export function rowSlices(bounds: Bounds, maxCells: number): Bounds[] {
  const rowsPerSlice = Math.max(1, Math.floor(maxCells / bounds.cols));
  const slices: Bounds[] = [];
  for (let offset = 0; offset < bounds.rows; offset += rowsPerSlice) {
    slices.push({ top: bounds.top + offset, left: bounds.left, rows: Math.min(rowsPerSlice, bounds.rows - offset), cols: bounds.cols });
  }
  return slices;
}

/**
 * One sync for several ranges: each one's values, formulas, number formats and value types,
 * its visible cells (for hidden rows) and merged areas, and — in the first sync only — one
 * probe per column for columnHidden, which is exact per column and cheap since columns are few.
 */
async function readRanges(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  ranges: readonly Bounds[],
  extras: { merges: boolean; visibility: boolean },
  knownHiddenColumns: readonly boolean[] | null,
): Promise<SliceData[]> {
  const probes = knownHiddenColumns ? [] : columnProbes(sheet, ranges[0]);
  const queued = ranges.map((slice) => queueSlice(sheet, slice, extras));
  await context.sync();
  const columnHidden = knownHiddenColumns ? [...knownHiddenColumns] : probes.map((probe) => probe.columnHidden === true);
  return queued.map((read) => read(columnHidden));
}

/** Queues the loads of one range; the function it returns reads them after the sync. */
function queueSlice(sheet: Excel.Worksheet, slice: Bounds, extras: { merges: boolean; visibility: boolean }): (columnHidden: readonly boolean[]) => SliceData {
  const range = sheet.getRangeByIndexes(slice.top, slice.left, slice.rows, slice.cols);
  range.load('values,formulas,numberFormat,valueTypes,rowHidden');
  const visible = extras.visibility ? range.getSpecialCellsOrNullObject('Visible') : null;
  visible?.load('address');
  const mergeBands = extras.merges ? mergedAreaBands(sheet, slice) : [];
  return (columnHidden) => ({
    values: range.values.map((row, r) => row.map((value, c) => cellValueFrom(value, range.valueTypes[r][c]))),
    formulas: range.formulas.map((row, r) => row.map((formula, c) => formulaFrom(formula, range.values[r][c]))),
    numberFormats: range.numberFormat.map((row) => row.map(numberFormatFrom)),
    columnHidden: [...columnHidden],
    merges: extras.merges ? mergesFrom(mergeBands) : undefined,
    hiddenRows: visible ? hiddenRowsOf(slice, range, visible, columnHidden) : undefined,
  });
}

function columnProbes(sheet: Excel.Worksheet, slice: Bounds): Excel.Range[] {
  return Array.from({ length: slice.cols }, (_, offset) => {
    const column = sheet.getRangeByIndexes(slice.top, slice.left + offset, slice.rows, 1);
    column.load('columnHidden');
    return column;
  });
}

function mergedAreaBands(sheet: Excel.Worksheet, slice: Bounds): Excel.RangeAreas[] {
  const bands: Excel.RangeAreas[] = [];
  for (let offset = 0; offset < slice.rows; offset += MERGE_BAND_ROWS) {
    const band = sheet.getRangeByIndexes(slice.top + offset, slice.left, Math.min(MERGE_BAND_ROWS, slice.rows - offset), slice.cols);
    const merged = band.getMergedAreasOrNullObject();
    merged.load('address');
    bands.push(merged);
  }
  return bands;
}

function mergesFrom(bands: readonly Excel.RangeAreas[]): CellRange[] | undefined {
  const merges: CellRange[] = [];
  for (const band of bands) {
    if (band.isNullObject) continue;
    const areas = parseAreasAddress(band.address);
    if (!areas) return undefined;
    appendAll(merges, areas);
  }
  return merges;
}

/**
 * A row is hidden when none of its cells is visible. With no visible cell at all, either
 * every row or every column is hidden: the column flags say which, and when it is every
 * column, the range's rowHidden (true, false, or null for "some") says what it can.
 */
function hiddenRowsOf(slice: Bounds, range: Excel.Range, visible: Excel.RangeAreas, columnHidden: readonly boolean[]): number[] | undefined {
  const allRows = () => Array.from({ length: slice.rows }, (_, offset) => slice.top + offset);
  if (!visible.isNullObject) {
    const areas = parseAreasAddress(visible.address);
    return areas ? uncoveredRows(slice.top, slice.rows, areas) : undefined;
  }
  if (!columnHidden.every(Boolean)) return allRows();
  if (range.rowHidden === true) return allRows();
  return range.rowHidden === false ? [] : undefined;
}

function assembleGrid(name: string, bounds: Bounds, slices: readonly SliceData[], columnHidden: readonly boolean[], mergesRead: boolean): SheetGrid {
  const merges = mergesRead ? collect(slices.map((slice) => slice.merges)) : undefined;
  const hiddenRows = collect(slices.map((slice) => slice.hiddenRows));
  const hiddenColumns = columnHidden.flatMap((hidden, offset) => (hidden ? [bounds.left + offset] : []));
  return {
    sheetName: name,
    originRow: bounds.top,
    originCol: bounds.left,
    values: slices.flatMap((slice) => slice.values),
    formulas: slices.flatMap((slice) => slice.formulas),
    numberFormats: slices.flatMap((slice) => slice.numberFormats),
    ...(merges ? { merges } : {}),
    ...(hiddenRows ? { hiddenRows } : {}),
    hiddenColumns,
  };
}

/** All slices' parts, or undefined when any slice could not tell. */
function collect<T>(parts: readonly (T[] | undefined)[]): T[] | undefined {
  return parts.every((part): part is T[] => part !== undefined) ? parts.flat() : undefined;
}
