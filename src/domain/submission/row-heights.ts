import type { CellStyle, ModelCell, SheetModel } from '../model/sheet-model';
import type { SubmissionLayout } from './layout';

/**
 * Row heights for wrapped text. Column widths are in Excel's unit (the width of "0" in the
 * default font); a full-width character (kanji, kana, ①, △, full-width brackets) takes
 * about two of them, a half-width one about one. Erring towards one line too many only
 * leaves some white space; one too few hides text, so the estimate rounds up.
 */

/** Units of text; a code point from U+2000 up (a surrogate pair counts once) is full-width. */
function textUnits(text: string, fontSize: number, defaultFontSize: number): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    units += code >= 0x2000 ? 2 : 1.1;
  }
  return (units * fontSize) / defaultFontSize;
}

function linesNeeded(text: string, available: number, fontSize: number, defaultFontSize: number): number {
  const paragraphs = text.includes('\n') ? text.split('\n') : [text];
  let lines = 0;
  for (const paragraph of paragraphs) lines += Math.max(1, Math.ceil(textUnits(paragraph, fontSize, defaultFontSize) / available));
  return lines;
}

export function estimateRowHeights(
  cells: readonly ModelCell[],
  merges: SheetModel['merges'],
  layout: SubmissionLayout,
): Record<number, number> {
  const { defaultFontSize, defaultRowHeight, lineHeightPerPoint } = layout.text;
  const widths = new Map<number, number>();
  const widthOf = (left: number, right: number) => {
    const key = left * 16_384 + right;
    let width = widths.get(key);
    if (width === undefined) {
      width = 0;
      for (let col = left; col <= right; col++) width += layout.columnWidths[col] ?? 8.43;
      width = Math.max(1, width - 1); // cell padding
      widths.set(key, width);
    }
    return width;
  };
  const styles: Readonly<Record<string, CellStyle>> = layout.styles;
  // Per style, once: its font size, whether it wraps, and the height of one line.
  const metrics = new Map<string | undefined, { fontSize: number; wrap: boolean; oneLine: number }>();
  const metricsOf = (name: string | undefined) => {
    let m = metrics.get(name);
    if (!m) {
      const style = name === undefined ? undefined : styles[name];
      const fontSize = style?.fontSize ?? defaultFontSize;
      m = { fontSize, wrap: style?.wrap === true, oneLine: Math.ceil(fontSize * lineHeightPerPoint) };
      metrics.set(name, m);
    }
    return m;
  };
  // Merges by row, then left column: small integers (row × 16,384 + col is no longer one past 131,072 rows).
  const mergeRight = new Map<number, Map<number, number>>();
  for (const m of merges) {
    let byLeft = mergeRight.get(m.top);
    if (!byLeft) mergeRight.set(m.top, (byLeft = new Map()));
    byLeft.set(m.left, m.right);
  }
  // Tallest height per row in a dense list while measuring (a detail block has a row per line), made a record at the end.
  const tallest: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const { fontSize, wrap, oneLine } = metricsOf(cell.style);
    const text = typeof cell.value === 'string' ? cell.value : '';
    let height = oneLine;
    if (wrap && text !== '') {
      // Measured each time, not remembered: counting a text's units is one pass over it, as hashing it for a look-up would be.
      const lines = linesNeeded(text, widthOf(cell.col, mergeRight.get(cell.row)?.get(cell.col) ?? cell.col), fontSize, defaultFontSize);
      height = Math.ceil(lines * fontSize * lineHeightPerPoint);
    }
    if (height > defaultRowHeight) {
      while (tallest.length <= cell.row) tallest.push(0);
      if (height > tallest[cell.row]) tallest[cell.row] = height;
    }
  }
  const heights: Record<number, number> = {};
  for (let row = 0; row < tallest.length; row++) if (tallest[row] > 0) heights[row] = tallest[row];
  return heights;
}
