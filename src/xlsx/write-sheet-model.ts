import type ExcelJS from 'exceljs';
import { markerName, markerReference, sheetOfMarkerReference } from '../domain/model/output-marker';
import { forEachCell } from '../domain/model/model-cells';
import type { CellStyle, SheetModel } from '../domain/model/sheet-model';

/**
 * Renders a SheetModel with ExcelJS: values, formulas with their cached results, styles,
 * merges, widths, freeze panes, print setup, and the marker.
 *
 * The marker is a workbook-level defined name (domain/model/output-marker.ts), as the
 * Office.js writer also adds beside its worksheet custom property.
 */

const A4 = 9;
/**
 * Japanese Excel's default body font (Windows and Mac Office both ship it). Without a
 * Japanese font name, Excel and LibreOffice pick a Latin font and fall back glyph by glyph.
 */
const FONT_NAME = '游ゴシック';
const FONT_CHARSET_SHIFTJIS = 128;
const DEFAULT_FONT_SIZE = 11;

/** "#RRGGBB" → ExcelJS ARGB. */
function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
  return {
    font: {
      name: FONT_NAME,
      charset: FONT_CHARSET_SHIFTJIS,
      bold: style.bold,
      italic: style.italic,
      size: style.fontSize ?? DEFAULT_FONT_SIZE,
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    },
    ...(style.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } } } : {}),
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
    alignment: { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap },
    ...(style.border === 'thin' ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
  };
}

/** Adds the model as a new worksheet of `workbook` (which must not already have a sheet of that name). */
export function addSheetModel(workbook: ExcelJS.Workbook, model: SheetModel): ExcelJS.Worksheet {
  const { print, freeze } = model;
  const sheet = workbook.addWorksheet(model.name, {
    views: freeze && (freeze.rows > 0 || freeze.cols > 0) ? [{ state: 'frozen', xSplit: freeze.cols, ySplit: freeze.rows }] : [],
    pageSetup: {
      paperSize: A4,
      orientation: print.orientation,
      fitToPage: print.fitToWidth,
      fitToWidth: 1,
      // 0: as many pages down as needed.
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.top + 1}:${print.repeatRows.bottom + 1}` } : {}),
    },
  });

  model.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const [row, height] of Object.entries(model.rowHeights ?? {})) sheet.getRow(Number(row) + 1).height = height;

  const styles = new Map(Object.entries(model.styles).map(([name, style]) => [name, toExcelStyle(style)]));
  forEachCell(model.cells, (row, col, value, formula, styleName) => {
    const target = sheet.getCell(row + 1, col + 1);
    if (formula !== undefined) {
      const bare = formula.replace(/^=/, '');
      target.value = value === undefined || value === null ? { formula: bare, date1904: false } : { formula: bare, result: value, date1904: false };
    } else if (value !== undefined) {
      target.value = value;
    }
    const style = styleName === undefined ? undefined : styles.get(styleName);
    if (style) target.style = style;
  });
  for (const m of model.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  workbook.definedNames.add(markerReference(model.name), markerName(model.marker));
  return sheet;
}

/** The worksheet a previous write marked with `marker`, if the workbook has one. */
export function findMarkedSheet(workbook: ExcelJS.Workbook, marker: string): ExcelJS.Worksheet | undefined {
  const name = markerName(marker);
  const entry = workbook.definedNames.model.find((n) => n.name === name);
  const range = entry?.ranges[0];
  const sheetName = range === undefined ? null : sheetOfMarkerReference(range);
  if (sheetName === null) return undefined;
  return workbook.getWorksheet(sheetName);
}

/** A new workbook holding only the model's sheet, as .xlsx bytes. */
export async function writeSheetModel(model: SheetModel): Promise<Uint8Array> {
  // Loaded when a workbook is written, not when the CLI starts: requiring ExcelJS costs half a second and 50 MB.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'budget-check';
  addSheetModel(workbook, model);
  // Excel recalculates on open, so the formulas, not the cached values, have the last word.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
