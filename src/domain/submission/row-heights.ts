import type { CellLiteral, CellStyle } from '../model/sheet-model';
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

interface StyleMetrics {
  readonly fontSize: number;
  readonly wrap: boolean;
  /** Height of one line. */
  readonly oneLine: number;
}

/**
 * The tallest estimate per row, fed one cell at a time: assemble measures each cell as it
 * places it, rather than reading millions of cells back afterwards.
 */
export class RowHeightMeter {
  private readonly layout: Pick<SubmissionLayout, 'text' | 'styles' | 'columnWidths'>;
  private readonly widths = new Map<number, number>();
  private readonly metrics = new Map<string | undefined, StyleMetrics>();
  /** Tallest height per row in a dense list (a detail block has a row per line), made a record at the end. */
  private readonly tallest: number[] = [];

  constructor(layout: Pick<SubmissionLayout, 'text' | 'styles' | 'columnWidths'>) {
    this.layout = layout;
  }

  /** A cell at (row, col), merged rightwards to `right` (= col when not merged). */
  measure(row: number, col: number, right: number, style: string | undefined, value: CellLiteral | undefined): void {
    const { fontSize, wrap, oneLine } = this.metricsOf(style);
    let height = oneLine;
    if (wrap && typeof value === 'string' && value !== '') {
      const available = this.widthOf(col, right);
      const { defaultFontSize, lineHeightPerPoint } = this.layout.text;
      // A code unit is at most 2 units: a short text without a line break fits one line, uncounted.
      const oneLineSure = (value.length * 2 * fontSize) / defaultFontSize <= available && !value.includes('\n');
      // Otherwise measured each time, not remembered: counting a text's units is one pass over it, as hashing it for a look-up would be.
      if (!oneLineSure) height = Math.ceil(linesNeeded(value, available, fontSize, defaultFontSize) * fontSize * lineHeightPerPoint);
    }
    if (height > this.layout.text.defaultRowHeight) {
      const tallest = this.tallest;
      while (tallest.length <= row) tallest.push(0);
      if (height > tallest[row]) tallest[row] = height;
    }
  }

  heights(): Record<number, number> {
    const heights: Record<number, number> = {};
    const tallest = this.tallest;
    for (let row = 0; row < tallest.length; row++) if (tallest[row] > 0) heights[row] = tallest[row];
    return heights;
  }

  private widthOf(left: number, right: number): number {
    const key = left * 16_384 + right;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = 0;
      for (let col = left; col <= right; col++) width += this.layout.columnWidths[col] ?? 8.43;
      width = Math.max(1, width - 1); // cell padding
      this.widths.set(key, width);
    }
    return width;
  }

  /** Per style, once: its font size, whether it wraps, and the height of one line. */
  private metricsOf(name: string | undefined): StyleMetrics {
    let m = this.metrics.get(name);
    if (!m) {
      const styles: Readonly<Record<string, CellStyle>> = this.layout.styles;
      const style = name === undefined ? undefined : styles[name];
      const fontSize = style?.fontSize ?? this.layout.text.defaultFontSize;
      m = { fontSize, wrap: style?.wrap === true, oneLine: Math.ceil(fontSize * this.layout.text.lineHeightPerPoint) };
      this.metrics.set(name, m);
    }
    return m;
  }
}
