import type { StoredPackFile } from '../../src/excel/settings';
import type { AcceptedSuggestion } from '../../src/domain/model/acceptance';
import type { SheetGrid } from '../../src/domain/model/grid';
import type { SheetModel } from '../../src/domain/model/sheet-model';
import type { ColumnMapping } from '../../src/domain/model/table';
import { pageEngine, type SheetHandle } from '../../src/taskpane/engine';
import type { PaneHost } from '../../src/taskpane/host';

// Row 6 has two mistakes: 要求・要望額 ≠ 要求額＋要望額 (F5) and a request that is not a number (D6).
export const requestSheet: SheetGrid = {
  sheetName: '要求表',
  originRow: 0,
  originCol: 0,
  values: [
    ['令和6年度 概算要求 医療分野研究開発関連（単位：千円）'],
    [],
    ['事業名', '区分', '前年度予算額', '要求額', '要望額', '計', '統合プロジェクト', '疾患領域'],
    ['認知症研究開発事業', 'AMED', 1200000, 1342202, 0, 1342202, '④', '老年医学・認知症'],
    ['再生医療実用化研究事業', 'AMED', 3000000, 3100000, 100000, 3300000, '再生・細胞医療・遺伝子治療', 'その他'],
    ['がん研究', 'AMED', 100, 'abc', 0, 100, '医薬品PJ', 'がん'],
  ],
};
// The same sheet without its mistakes.
const cleanSheet: SheetGrid = { ...requestSheet, sheetName: '修正後', values: requestSheet.values.slice(0, 4) };
// Names only, no 統合プロジェクト column: every project is a suggestion until the officer accepts it.
const namesOnlySheet: SheetGrid = {
  sheetName: '名称のみ',
  originRow: 0,
  originCol: 0,
  values: [
    ['令和6年度 概算要求 医療分野研究開発関連（単位：千円）'],
    ['事業名', '区分', '前年度予算額', '要求額', '要望額', '計', '統合プロジェクト'],
    ['医療機器開発推進研究事業', 'AMED', 900000, 950000, 0, 950000, null],
    ['再生医療実用化研究事業', 'AMED', 3000000, 3000000, 0, 3000000, '③'],
  ],
};
const coverSheet: SheetGrid = { sheetName: '表紙', originRow: 0, originCol: 0, values: [['令和4年度 提出資料']] };

/** An in-memory workbook standing in for Excel, recording what the pane asks of it. */
/** `moreSheets`: sheets beside the memory workbook's own (last year's, a submission sheet …). */
export function memoryHost(
  options: { storedYear?: string; failRead?: boolean; packFiles?: readonly StoredPackFile[]; downloads?: boolean; beforeRead?: () => Promise<void>; moreSheets?: readonly SheetGrid[]; previousYearSheet?: string } = {},
) {
  let packFiles: readonly StoredPackFile[] = options.packFiles ?? [];
  let previousYearSheet: string | null = options.previousYearSheet ?? null;
  const calls = {
    selectCell: [] as [string, string][],
    saveMapping: [] as [string, ColumnMapping][],
    saveYear: [] as string[],
    written: [] as SheetModel[],
    saveAccepted: [] as [string, readonly AcceptedSuggestion[]][],
    writeProjectLabel: [] as [string, string, string][],
  };
  const sheets = new Map([
    ['表紙', coverSheet],
    ['要求表', requestSheet],
    ['修正後', cleanSheet],
    ['名称のみ', namesOnlySheet],
    ...(options.moreSheets ?? []).map((sheet) => [sheet.sheetName, sheet] as const),
  ]);
  const engine = pageEngine();
  const readSheet = async (name: string) => {
    await options.beforeRead?.();
    if (options.failRead) throw new Error('ItemNotFound');
    return sheets.get(name)!;
  };
  // The sheets never change here: a sheet read before is handed back as it was (as the Office host does when nothing changed).
  const handles = new Map<string, SheetHandle>();
  const host: PaneHost = {
    kind: 'office',
    downloads: options.downloads ?? true,
    sheetNames: async () => [...sheets.keys()],
    activeSheet: async () => '要求表',
    loadSheet: async (name, previous) => {
      const grid = await readSheet(name);
      if (previous !== undefined && handles.get(name) === previous) return previous;
      const handle = await engine.putGrid(grid);
      handles.set(name, handle);
      return handle;
    },
    readSheet,
    inputHash: async () => undefined,
    // None of the memory workbook's sheets is a submission sheet.
    markedSheets: async () => [],
    loadMapping: async (sheet) => calls.saveMapping.filter(([s]) => s === sheet).pop()?.[1] ?? null,
    saveMapping: async (sheet, mapping) => void calls.saveMapping.push([sheet, mapping]),
    loadAccepted: async (sheet) => calls.saveAccepted.filter(([s]) => s === sheet).pop()?.[1] ?? [],
    saveAccepted: async (sheet, accepted) => void calls.saveAccepted.push([sheet, accepted]),
    writeProjectLabel: async (sheet, a1, label) => {
      calls.writeProjectLabel.push([sheet, a1, label]);
      return 'written';
    },
    loadYear: async () => options.storedYear ?? null,
    saveYear: async (id) => void calls.saveYear.push(id),
    loadPreviousYearSheet: async () => previousYearSheet,
    savePreviousYearSheet: async (sheet) => {
      previousYearSheet = sheet;
    },
    loadPackFiles: async () => packFiles,
    savePackFiles: async (files) => {
      packFiles = [...files];
    },
    selectCell: async (sheet, a1) => void calls.selectCell.push([sheet, a1]),
    writeConsolidated: async (model) => {
      calls.written.push(model);
      return { kind: 'written', sheetName: model.name, address: 'A1:T40', rows: 40, nameWasTaken: false, replacedPrevious: false };
    },
    // As the Office sink reports it when a sheet of the user's already has the output name.
    writeSubmission: async (head) => {
      const model = await engine.model(head);
      calls.written.push(model);
      return { kind: 'written', sheetName: `${model.name} (2)`, address: 'A1:N20', rows: 20, nameWasTaken: true, replacedPrevious: false };
    },
  };
  return { host, calls };
}

