import type { ModelCells } from './model-cells';

export type { CellLiteral, ModelCell, ModelCells } from './model-cells';

/**
 * A spreadsheet to be written, as pure data: both the .xlsx writer (ExcelJS) and the
 * Office.js writer render exactly this. Coordinates are 0-based.
 */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly numberFormat?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  readonly border?: 'thin' | 'none';
}

export interface SheetModel {
  readonly name: string;
  /** Planned by rows (model-cells.ts): a large sheet has millions. */
  readonly cells: ModelCells;
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly merges: readonly { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }[];
  /** Column widths in characters, by column index. */
  readonly columnWidths: readonly number[];
  /**
   * Heights in points of rows taller than the default (wrapped text, large fonts), by
   * 0-based row. Neither Excel nor LibreOffice reliably autofits a written file's rows, so
   * the model estimates them; a writer that can autofit (Office.js) may do that instead.
   */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Rows and columns frozen above/left of the first scrolling cell. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly print: {
    readonly orientation: 'landscape' | 'portrait';
    readonly paperSize: 'A4';
    readonly fitToWidth: boolean;
    /** 0-based inclusive rows repeated on each printed page. */
    readonly repeatRows?: { readonly top: number; readonly bottom: number };
  };
  /**
   * Marks the sheet as this add-in's output (stored as a hidden name/custom property by
   * writers), so it can be replaced later without ever touching a user's sheet.
   */
  readonly marker: string;
  /**
   * Cells whose text was longer than a cell can hold (EXCEL_CELL_CHARS): written cut, ending in
   * a visible mark; each becomes a finding (submission-cell-truncated) where the sheet is written.
   */
  readonly truncated?: readonly { readonly row: number; readonly col: number; readonly length: number }[];
}

/** Characters a cell holds at most, in Excel and so in the submission sheet. */
export const EXCEL_CELL_CHARS = 32_767;
