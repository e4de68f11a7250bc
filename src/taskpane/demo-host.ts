import type { AcceptedSuggestion } from '../domain/model/acceptance';
import { parseA1, type CellValue } from '../domain/model/grid';
import type { ColumnMapping } from '../domain/model/table';
import { writeSheetModel } from '../xlsx/write-sheet-model';
import type { SampleId } from './components/DemoOffer';
import { WorkbookSettings } from '../excel/settings';
import { DemoEdits } from './demo-edits';
import { pageEngine, type SheetHandle } from './engine';
import type { PaneHost } from './host';
import { tabSettings } from './tab-settings';
import cleanSample from '../../samples/sample-r6-clean.xlsx';
import mistakesSample from '../../samples/sample-r6-with-mistakes.xlsx';

/** The bundled samples, served from the pane's own origin. */
const SAMPLES: Record<SampleId, { url: string; fileName: string }> = {
  'with-mistakes': { url: mistakesSample, fileName: 'sample-r6-with-mistakes.xlsx' },
  clean: { url: cleanSample, fileName: 'sample-r6-clean.xlsx' },
};

/** The demo's host, plus what stands in for typing in Excel. */
export interface DemoHost extends PaneHost {
  readonly kind: 'demo';
  /** Changes a cell, as the user would in Excel; the pane sees it on its next read. */
  setCell(sheet: string, a1: string, value: CellValue): void;
}

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A bundled sample, fetched from the pane's origin. */
export async function createSampleHost(sample: SampleId): Promise<DemoHost> {
  const { url, fileName } = SAMPLES[sample];
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${fileName}: HTTP ${response.status}`);
  return createDemoHost(fileName, new Uint8Array(await response.arrayBuffer()));
}

/**
 * The pane's host in a plain browser: a workbook (a bundled sample, or a file the user opened,
 * read in the browser and never uploaded) read with the .xlsx adapter. What Excel would
 * remember in the workbook is kept for the page's life; the submission sheet becomes an .xlsx
 * file to download. The workbook is read and the .xlsx written by the engine (in its worker, so
 * a big file never freezes the page). Loaded on demand, so ExcelJS stays out of the pane's first download.
 */
export async function createDemoHost(fileName: string, data: Uint8Array): Promise<DemoHost> {
  const engine = pageEngine();
  const workbook = await engine.openWorkbook(data);
  const hash = await sha256Hex(data);
  const edits = new DemoEdits();
  // Read by the engine, with the edits laid over it there: the page never holds the sheet.
  const loadSheet = (name: string, previous?: SheetHandle) => engine.readSheet(workbook, name, { edits: edits.of(name), ...(previous !== undefined ? { previous } : {}) });
  /** A cell of the sheet as it is now. */
  const cell = async (name: string, a1: string): Promise<CellValue | 'no cell'> => {
    const at = parseA1(a1);
    if (at === null) return 'no cell';
    const sheet = await loadSheet(name);
    const [row] = await engine.gridRows(sheet, at.row - sheet.originRow, at.row - sheet.originRow + 1);
    engine.release(sheet.ref);
    return row?.[at.col - sheet.originCol] ?? null;
  };
  const mappings = new Map<string, ColumnMapping>();
  const accepted = new Map<string, readonly AcceptedSuggestion[]>();
  // The year and loaded policy packs, as Excel keeps them in the workbook's settings: here the tab's.
  const settings = new WorkbookSettings(tabSettings(hash));

  return {
    kind: 'demo',
    downloads: true,
    fileName,
    sheetNames: async () => [...workbook.sheetNames],
    activeSheet: async () => null,
    loadSheet,
    readSheet: async (name) => {
      const sheet = await loadSheet(name);
      const grid = await engine.grid(sheet);
      engine.release(sheet.ref);
      return grid;
    },
    // Read from the file's own parts on this side (the workbook list and its defined names, no sheet);
    // a saved .xlsx keeps one marker name, so the demo finds at most one submission sheet.
    markedSheets: async (marker) => {
      const { XlsxWorkbookSource } = await import('../xlsx/workbook-source');
      const sheet = (await XlsxWorkbookSource.fromBuffer(data)).markedSheet(marker);
      return sheet === null ? [] : [sheet];
    },
    // Once a cell was changed the file's bytes no longer describe the sheet: the engine hashes the grid.
    inputHash: async () => (edits.any ? undefined : hash),
    loadMapping: async (sheet) => mappings.get(sheet) ?? null,
    saveMapping: async (sheet, mapping) => {
      mappings.set(sheet, mapping);
    },
    loadAccepted: async (sheet) => accepted.get(sheet) ?? [],
    saveAccepted: async (sheet, list) => {
      accepted.set(sheet, list);
    },
    // As in Excel: only into an empty cell of the sheet as it is now.
    writeProjectLabel: async (sheet, a1, label) => {
      const now = await cell(sheet, a1);
      if (now !== null && now !== '') return 'not-empty';
      edits.set(sheet, a1, label);
      return 'written';
    },
    loadYear: async () => settings.fiscalYear(),
    saveYear: (packId) => settings.rememberFiscalYear(packId),
    loadPreviousYearSheet: async () => settings.previousYearSheet(),
    savePreviousYearSheet: (sheet) => settings.rememberPreviousYearSheet(sheet),
    loadPackFiles: async () => settings.packFiles(),
    savePackFiles: (files) => settings.rememberPackFiles(files),
    writeSubmission: async (model) => ({
      kind: 'file',
      fileName: fileName.replace(/\.xlsx$/i, '') + '-submission.xlsx',
      data: await engine.xlsx(model),
    }),
    writeConsolidated: async (model) => ({ kind: 'file', fileName: '府省別取りまとめ.xlsx', data: await writeSheetModel(model) }),
    setCell: (sheet, a1, value) => edits.set(sheet, a1, value),
  };
}
