import type { ExcelRun } from '../excel/excel-run';
import { markedSheets } from '../excel/marked-sheets';
import { OfficeWorkbookSink } from '../excel/office-workbook-sink';
import { OfficeWorkbookSource, type OfficeWorkbookSourceOptions } from '../excel/office-workbook-source';
import { selectCell } from '../excel/select-cell';
import { WorkbookSettings } from '../excel/settings';
import { writeProjectLabel } from '../excel/write-label';
import type { SheetGrid } from '../domain/model/grid';
import { pageEngine, type Engine, type SheetHandle } from './engine';
import type { PaneHost } from './host';
import { sameGridInSlices } from './same-grid';
import { yieldToPage } from './yield';

/** Excel on Mac and iPad runs the pane in a web view that drops downloads. */
function downloadsWork(): boolean {
  if (typeof Office === 'undefined') return true;
  const platform = Office.context?.diagnostics?.platform;
  return platform !== Office.PlatformType?.Mac && platform !== Office.PlatformType?.iOS;
}

/** What the host is built on; tests give a fake Excel, the pane gives nothing (the real one). */
export interface OfficeHostDeps {
  readonly run?: ExcelRun;
  /** The engine the sheets are handed to (the page's, unless a test gives one). */
  readonly engine?: Engine;
  readonly settings?: WorkbookSettings | null;
  readonly sourceOptions?: OfficeWorkbookSourceOptions;
}

/**
 * The pane's host inside Excel: every Office.js call the pane makes goes through here (and
 * the src/excel adapters it is built on). Components never see Excel objects.
 */
export function createOfficeHost(deps: OfficeHostDeps = {}): PaneHost {
  const run: ExcelRun = deps.run ?? ((batch) => Excel.run(batch));
  const source = new OfficeWorkbookSource(run, deps.sourceOptions);
  const sink = new OfficeWorkbookSink(run);
  const settings = deps.settings !== undefined ? deps.settings : WorkbookSettings.ofOpenWorkbook();
  const engine = deps.engine ?? pageEngine();
  /**
   * The last read and what the engine made of it. Office.js runs in the page, so the page holds
   * what it reads: keeping the last read lets an unchanged sheet be told without handing it to
   * the engine again.
   */
  let last: { readonly grid: SheetGrid; readonly handle: SheetHandle } | null = null;

  return {
    kind: 'office',
    downloads: downloadsWork(),
    sheetNames: () => source.sheetNames(),
    activeSheet: () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        return sheet.name;
      }),
    loadSheet: async (name, previous) => {
      const grid = await source.readSheet(name);
      if (previous !== undefined && last?.handle === previous && (await sameGridInSlices(last.grid, grid, yieldToPage))) return previous;
      const handle = await engine.putGrid(grid);
      last = { grid, handle };
      return handle;
    },
    readSheet: (name) => source.readSheet(name),
    markedSheets: (marker) => markedSheets(run, marker),
    // Excel gives no file bytes; the engine hashes the grid it reads.
    inputHash: async () => undefined,
    loadMapping: async (sheet) => settings?.columnMapping(sheet) ?? null,
    saveMapping: async (sheet, mapping) => settings?.rememberColumnMapping(sheet, mapping),
    loadAccepted: async (sheet) => settings?.acceptedSuggestions(sheet) ?? [],
    saveAccepted: async (sheet, accepted) => settings?.rememberAcceptedSuggestions(sheet, accepted),
    writeProjectLabel: (sheet, a1, label) => writeProjectLabel(run, sheet, a1, label),
    loadYear: async () => settings?.fiscalYear() ?? null,
    saveYear: async (packId) => settings?.rememberFiscalYear(packId),
    loadPreviousYearSheet: async () => settings?.previousYearSheet() ?? null,
    savePreviousYearSheet: async (sheet) => settings?.rememberPreviousYearSheet(sheet),
    loadPackFiles: async () => settings?.packFiles() ?? [],
    savePackFiles: async (files) => settings?.rememberPackFiles(files),
    selectCell: (sheet, a1) => selectCell(run, sheet, a1),
    writeSubmission: async (model) => ({ kind: 'written', ...(await sink.writeOutputSheet(await engine.model(model))) }),
    // Its own marker, so it replaces only an earlier consolidated sheet, never a submission sheet or a user's sheet.
    writeConsolidated: async (model) => ({ kind: 'written', ...(await sink.writeOutputSheet(model)) }),
  };
}
