import type { ExcelRun } from '../excel/excel-run';
import { OfficeWorkbookSink } from '../excel/office-workbook-sink';
import { OfficeWorkbookSource } from '../excel/office-workbook-source';
import { selectCell } from '../excel/select-cell';
import { WorkbookSettings } from '../excel/settings';
import type { PaneHost } from './host';

/**
 * The pane's host inside Excel: every Office.js call the pane makes goes through here (and
 * the src/excel adapters it is built on). Components never see Excel objects.
 */
export function createOfficeHost(): PaneHost {
  const run: ExcelRun = (batch) => Excel.run(batch);
  const source = new OfficeWorkbookSource(run);
  const sink = new OfficeWorkbookSink(run);
  const settings = WorkbookSettings.ofOpenWorkbook();

  return {
    kind: 'office',
    sheetNames: () => source.sheetNames(),
    activeSheet: () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        return sheet.name;
      }),
    readSheet: (name) => source.readSheet(name),
    // Excel gives no file bytes; the engine hashes the grid it reads.
    inputHash: async () => undefined,
    loadMapping: async (sheet) => settings?.columnMapping(sheet) ?? null,
    saveMapping: async (sheet, mapping) => settings?.rememberColumnMapping(sheet, mapping),
    loadYear: async () => settings?.fiscalYear() ?? null,
    saveYear: async (packId) => settings?.rememberFiscalYear(packId),
    selectCell: (sheet, a1) => selectCell(run, sheet, a1),
    writeSubmission: async (model) => ({ kind: 'written', ...(await sink.writeOutputSheet(model)) }),
  };
}
