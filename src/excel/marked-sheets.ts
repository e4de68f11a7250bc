import type { ExcelRun } from './excel-run';
import { OUTPUT_MARKER_KEY } from './office-workbook-sink';

/**
 * The sheets of the open workbook that carry `marker` in their custom property, in tab
 * order: the submission sheets this product wrote, or that an officer copied in from the
 * ministries' workbooks (a sheet copied with 移動またはコピー keeps its custom properties).
 * Two syncs whatever the number of sheets: list them, then read every marker at once.
 */
export async function markedSheets(run: ExcelRun, marker: string): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const markers = sheets.items.map((sheet) => {
      const property = sheet.customProperties.getItemOrNullObject(OUTPUT_MARKER_KEY);
      property.load('value');
      return property;
    });
    await context.sync();
    return sheets.items.filter((_, i) => !markers[i].isNullObject && markers[i].value === marker).map((sheet) => sheet.name);
  });
}
