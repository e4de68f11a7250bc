import type { ColumnMapping } from '../domain/model/table';
import { XlsxWorkbookSource } from '../xlsx/workbook-source';
import { writeSheetModel } from '../xlsx/write-sheet-model';
import type { SampleId } from './components/DemoOffer';
import type { PaneHost } from './host';
import cleanSample from '../../samples/sample-r6-clean.xlsx';
import mistakesSample from '../../samples/sample-r6-with-mistakes.xlsx';

/** The bundled samples, served from the pane's own origin. */
const SAMPLES: Record<SampleId, { url: string; fileName: string }> = {
  'with-mistakes': { url: mistakesSample, fileName: 'sample-r6-with-mistakes.xlsx' },
  clean: { url: cleanSample, fileName: 'sample-r6-clean.xlsx' },
};

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The pane's host in a plain browser: the sample workbook read with the .xlsx adapter. What
 * Excel would remember in the workbook is kept for the page's life; the submission sheet
 * becomes an .xlsx file to download. Loaded on demand, so ExcelJS stays out of the pane's
 * first download.
 */
export async function createDemoHost(sample: SampleId): Promise<PaneHost> {
  const { url, fileName } = SAMPLES[sample];
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${fileName}: HTTP ${response.status}`);
  const data = new Uint8Array(await response.arrayBuffer());
  const source = await XlsxWorkbookSource.fromBuffer(data);
  const hash = await sha256Hex(data);
  const mappings = new Map<string, ColumnMapping>();
  let year: string | null = null;

  return {
    kind: 'demo',
    fileName,
    sheetNames: () => source.sheetNames(),
    activeSheet: async () => null,
    readSheet: (name) => source.readSheet(name),
    inputHash: async () => hash,
    loadMapping: async (sheet) => mappings.get(sheet) ?? null,
    saveMapping: async (sheet, mapping) => {
      mappings.set(sheet, mapping);
    },
    loadYear: async () => year,
    saveYear: async (packId) => {
      year = packId;
    },
    writeSubmission: async (model) => ({
      kind: 'file',
      fileName: fileName.replace(/\.xlsx$/, '-submission.xlsx'),
      data: await writeSheetModel(model),
    }),
  };
}
