/** Queues one planned SheetOp on an Office.js worksheet (nothing is sent until the caller syncs). */
import type { CellRange } from '../domain/model/grid';
import type { CellStyle } from '../domain/model/sheet-model';
import type { SheetOp } from './write-plan';

/**
 * How wide a character is in this workbook. Office.js sets column widths in points while
 * the model (like the .xlsx format) counts characters of the default font's widest digit:
 * 7 px for Calibri 11, 8 px for 游ゴシック 11. The new sheet's standard width (characters)
 * and the width of one of its untouched columns (points) give the workbook's digit width.
 */
export interface CharacterMetrics {
  readonly maxDigitWidthPx: number;
}

const POINTS_PER_PIXEL = 0.75;
const CALIBRI_DIGIT_PX = 7;

export function characterMetrics(standardWidthChars: number, defaultColumnPoints: number): CharacterMetrics {
  const pixels = defaultColumnPoints / POINTS_PER_PIXEL;
  const digit = Math.round((pixels - 5) / standardWidthChars);
  return { maxDigitWidthPx: Number.isFinite(digit) && digit > 0 ? digit : CALIBRI_DIGIT_PX };
}

/** The .xlsx width formula (ECMA-376 §18.3.1.13): characters → pixels, then points. */
export function columnWidthPoints(characters: number, metrics: CharacterMetrics): number {
  const digit = metrics.maxDigitWidthPx;
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / digit)) / 256) * digit);
  return pixels * POINTS_PER_PIXEL;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Queues `op`; `metrics` may be null for every operation but a column width (see needsMetrics). */
export function applyOp(sheet: Excel.Worksheet, op: SheetOp, metrics: CharacterMetrics | null): void {
  switch (op.kind) {
    case 'values':
      blockAt(sheet, op.top, op.left, op.values).values = op.values.map((row) => [...row]);
      return;
    case 'formulas':
      blockAt(sheet, op.top, op.left, op.formulas).formulas = op.formulas.map((row) => [...row]);
      return;
    case 'numberFormat':
      blockAt(sheet, op.top, op.left, op.formats).numberFormat = op.formats.map((row) => [...row]);
      return;
    case 'style':
      applyStyle(rangeOf(sheet, op.range), op.range, op.style);
      return;
    case 'merge':
      rangeOf(sheet, op.range).merge(false);
      return;
    case 'columnWidth':
      if (metrics === null) throw new Error('applyOp: a column width needs the character metrics');
      sheet.getRangeByIndexes(0, op.first, 1, op.last - op.first + 1).format.columnWidth = columnWidthPoints(op.characters, metrics);
      return;
    case 'rowHeight':
      sheet.getRangeByIndexes(op.first, 0, op.last - op.first + 1, 1).format.rowHeight = op.points;
      return;
    case 'freeze':
      if (op.rows > 0 && op.cols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, op.rows, op.cols));
      else if (op.rows > 0) sheet.freezePanes.freezeRows(op.rows);
      else sheet.freezePanes.freezeColumns(op.cols);
      return;
    case 'print': {
      const layout = sheet.pageLayout;
      layout.orientation = op.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = op.print.paperSize;
      // One page wide, as many pages tall as needed (0 = automatic).
      if (op.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (op.print.repeatRows) layout.setPrintTitleRows(`$${op.print.repeatRows.top + 1}:$${op.print.repeatRows.bottom + 1}`);
      return;
    }
  }
}

function blockAt(sheet: Excel.Worksheet, top: number, left: number, rows: readonly (readonly unknown[])[]): Excel.Range {
  return sheet.getRangeByIndexes(top, left, rows.length, rows[0].length);
}

function rangeOf(sheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
}

function applyStyle(range: Excel.Range, area: CellRange, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border === 'thin') {
    for (const edge of borderEdges(area)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

/** Inside edges exist only where the range has more than one row or column. */
function borderEdges(area: CellRange): ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal')[] {
  return [
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
    ...(area.right > area.left ? (['InsideVertical'] as const) : []),
    ...(area.bottom > area.top ? (['InsideHorizontal'] as const) : []),
  ];
}
