import type { SheetGrid } from './model/grid';
import type { SheetModel } from './model/sheet-model';

/**
 * The port every workbook adapter implements: Office.js in the pane, ExcelJS in the CLI
 * and the browser demo. The core never sees anything but these shapes.
 */
export interface WorkbookSource {
  sheetNames(): Promise<string[]>;
  /** The sheet's used range with values (and formulas, formats, merges where available). */
  readSheet(name: string): Promise<SheetGrid>;
}

/** Where the add-in's output sheet went, so the user can be told (and find it). */
export interface OutputSheetWritten {
  /** The name the sheet got: model.name, or a numbered name when a sheet of the user's holds it. */
  readonly sheetName: string;
  /** The cells written, in A1 notation on that sheet, e.g. "A1:N42". */
  readonly address: string;
  /** Rows of that range. */
  readonly rows: number;
  /** model.name belonged to a sheet the user made, which was left alone. */
  readonly nameWasTaken: boolean;
  /** A previous output sheet (recognised by its marker) was replaced. */
  readonly replacedPrevious: boolean;
}

export interface WorkbookSink {
  /**
   * Write `model` as the add-in's output sheet: build it fully, then replace only a
   * previous output sheet recognised by its marker; never a sheet the user made, and never
   * a cell of the user's own data.
   */
  writeOutputSheet(model: SheetModel): Promise<OutputSheetWritten>;
}
