import type { CellStyle, ModelCell, SheetModel } from '../model/sheet-model';
import type { SubmissionLayout } from './layout';

/**
 * Row heights for wrapped text. Column widths are in Excel's unit (the width of "0" in the
 * default font); a full-width character (kanji, kana, ①, △, full-width brackets) takes
 * about two of them, a half-width one about one. Erring towards one line too many only
 * leaves some white space; one too few hides text, so the estimate rounds up.
 */

function textUnits(text: string, fontSize: number, defaultFontSize: number): number {
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) >= 0x2000 ? 2 : 1.1;
  return (units * fontSize) / defaultFontSize;
}

function linesNeeded(text: string, available: number, fontSize: number, defaultFontSize: number): number {
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(textUnits(paragraph, fontSize, defaultFontSize) / available)), 0);
}

export function estimateRowHeights(
  cells: readonly ModelCell[],
  merges: SheetModel['merges'],
  layout: SubmissionLayout,
): Record<number, number> {
  const { defaultFontSize, defaultRowHeight, lineHeightPerPoint } = layout.text;
  const widthOf = (left: number, right: number) => {
    let width = 0;
    for (let col = left; col <= right; col++) width += layout.columnWidths[col] ?? 8.43;
    return Math.max(1, width - 1); // cell padding
  };
  const styles: Readonly<Record<string, CellStyle>> = layout.styles;
  const mergeRight = new Map(merges.map((m) => [`${m.top}:${m.left}`, m.right]));
  const heights: Record<number, number> = {};
  for (const cell of cells) {
    const style = cell.style === undefined ? undefined : styles[cell.style];
    const fontSize = style?.fontSize ?? defaultFontSize;
    const text = typeof cell.value === 'string' ? cell.value : '';
    const right = mergeRight.get(`${cell.row}:${cell.col}`) ?? cell.col;
    const lines = style?.wrap && text !== '' ? linesNeeded(text, widthOf(cell.col, right), fontSize, defaultFontSize) : 1;
    const height = Math.ceil(lines * fontSize * lineHeightPerPoint);
    if (height > defaultRowHeight && height > (heights[cell.row] ?? 0)) heights[cell.row] = height;
  }
  return heights;
}
