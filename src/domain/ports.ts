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

export interface WorkbookSink {
  /**
   * Write `model` as the add-in's output sheet: build it fully, then replace only a
   * previous output sheet recognised by its marker; never a sheet the user made.
   */
  writeOutputSheet(model: SheetModel): Promise<void>;
}
