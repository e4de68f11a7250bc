import type { SheetGrid } from '../domain/model/grid';
import { markerName, sheetOfMarkerReference } from '../domain/model/output-marker';
import type { WorkbookSource } from '../domain/ports';
import { UnreadableWorkbookError } from './limits';
import { readCellFormats, readSharedStrings, readWorkbookParts, type SharedString, type WorkbookParts } from './parts';
import { readSheetCells } from './sheet-xml';
import { tableGrid } from './table-region';
import { openZip, type ZipArchive } from './zip';

export { UnreadableWorkbookError } from './limits';

/**
 * The WorkbookSource port over an .xlsx file held in memory. Used by the CLI and the browser
 * demo, so no file system here: callers hand over the bytes.
 *
 * Its own reader (zip directory, bounded inflation, a streaming XML scanner), not a general
 * spreadsheet library: memory follows the cells that hold values and the table's area, never
 * the sheet's extent, merged areas are ranges (never cells), and every limit in READ_LIMITS is
 * checked while reading. What a grid gets from a cell:
 * - formulas: the cached result as the value, "=…" in `formulas` (shared formulas as each
 *   cell's own); a formula without a cached result (never recalculated) has value null;
 * - error values (#REF!, #VALUE!, #N/A, also as formula results): {error: "#REF!"};
 * - rich text: the runs' text joined, without phonetic readings (ふりがな); hyperlinks: their
 *   display text (what the cell holds);
 * - dates: the Excel serial number (what Office.js `values` gives), the date format in
 *   `numberFormats` says it is a date;
 * - merged cells: the value in the top-left cell only, the area in `merges`;
 * - hidden columns and rows in `hiddenColumns` / `hiddenRows`.
 * The grid is the table's area: the filled cells' extent, less cells far apart from the table,
 * which are listed in `outside` (see table-region.ts).
 */

/** OLE compound files (encrypted OOXML and legacy .xls) start with this signature. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function bytesOf(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Anything but our own refusal (a RangeError from a malformed number, say) is a damaged file too. */
async function orDamaged<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    throw new UnreadableWorkbookError('not-xlsx', error instanceof Error ? error.message : String(error));
  }
}

export class XlsxWorkbookSource implements WorkbookSource {
  private common: Promise<{ shared: readonly SharedString[]; formats: readonly (string | null)[] }> | null = null;

  private constructor(
    private readonly zip: ZipArchive,
    private readonly parts: WorkbookParts,
  ) {}

  /** Opens a workbook; throws UnreadableWorkbookError (message in Japanese and English) for anything that is not a readable .xlsx. */
  static async fromBuffer(data: ArrayBuffer | ArrayBufferView): Promise<XlsxWorkbookSource> {
    // ArrayBufferView rather than Uint8Array so that Node's Buffer (readFileSync) type-checks too.
    const bytes = bytesOf(data);
    if (startsWith(bytes, OLE_SIGNATURE)) throw new UnreadableWorkbookError('encrypted-or-xls');
    if (!startsWith(bytes, ZIP_SIGNATURE)) throw new UnreadableWorkbookError('not-xlsx', 'not a zip archive');
    return orDamaged(async () => {
      const zip = openZip(bytes);
      const parts = await readWorkbookParts(zip);
      // A zip that is not a spreadsheet (.docx, any archive) has no worksheets.
      if (parts.sheets.length === 0) throw new UnreadableWorkbookError('not-xlsx', 'no worksheets');
      return new XlsxWorkbookSource(zip, parts);
    });
  }

  async sheetNames(): Promise<string[]> {
    return this.parts.sheets.map((sheet) => sheet.name);
  }

  /**
   * The sheet this product wrote as `marker` (found by the marker's defined name, never by
   * the sheet's title); null when the workbook has none, or the name points at no sheet.
   */
  markedSheet(marker: string): string | null {
    const reference = this.parts.definedNames.get(markerName(marker).toLowerCase());
    const sheet = reference === undefined ? null : sheetOfMarkerReference(reference);
    return sheet !== null && this.parts.sheets.some((s) => s.name === sheet) ? sheet : null;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const sheet = this.parts.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`シート「${name}」がありません / no sheet named "${name}"`);
    return orDamaged(async () => {
      this.common ??= (async () => ({
        shared: await readSharedStrings(this.zip, this.parts.sharedStringsPart),
        formats: await readCellFormats(this.zip, this.parts.stylesPart),
      }))();
      const { shared, formats } = await this.common;
      const cells = await readSheetCells(this.zip, sheet.part, shared, this.parts.date1904);
      return tableGrid(name, cells, formats);
    });
  }
}
