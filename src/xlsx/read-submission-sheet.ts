import ExcelJS from 'exceljs';
import { findMarkedSheet } from './write-sheet-model';

/**
 * The name of the sheet this product wrote into a workbook as `marker` (its submission
 * sheet), found by the marker and never by the sheet's title; null for a ministry's own
 * workbook. Loads the workbook itself because the marker is a defined name, which the
 * WorkbookSource port (grids of cells) does not carry; callers have already checked that the
 * bytes are a readable .xlsx (XlsxWorkbookSource.fromBuffer), so a failure here is null too.
 */
export async function markedSheetName(bytes: Uint8Array, marker: string): Promise<string | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    return null;
  }
  return findMarkedSheet(workbook, marker)?.name ?? null;
}
