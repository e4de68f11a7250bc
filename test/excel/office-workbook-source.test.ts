import { DEFAULT_RESPONSE_BUDGET_BYTES, OfficeWorkbookSource, rowSlices } from '../../src/excel/office-workbook-source';
import { PAYLOAD_LIMIT_BYTES } from '../../src/excel/payload';
import type { CellInput } from './fake-excel';
import { FakeExcel } from './fake-excel';

const NAME = '厚労省 要求';

/** A ministry-style sheet: title rows, a merged parent header, data from row 4, a total formula. */
function ministrySheet(excel: FakeExcel, dataRows: number): void {
  const rows: CellInput[][] = [
    ['令和6年度 概算要求 医療分野研究開発関連（単位：千円）', null, null, null],
    ['事業名', '要求額', '統合プロジェクト別内訳', null],
    [null, null, '①医薬品', '④ゲノム'],
  ];
  for (let i = 0; i < dataRows; i++) rows.push([`事業${i + 1}`, 1000 + i, 600, 400 + i]);
  rows.push(['合計', { formula: `=SUM(C5:C${4 + dataRows})`, value: 12345 }, { error: '#REF!' }, '#REF!']);
  excel.addSheet({
    name: NAME,
    origin: { row: 1, col: 1 },
    rows,
    numberFormats: { C5: '#,##0;△#,##0' },
    merges: [
      { top: 2, left: 3, bottom: 2, right: 4 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ],
    hiddenRows: [6],
    hiddenColumns: [3],
  });
}

describe('OfficeWorkbookSource.readSheet', () => {
  it('reads values, errors, formulas, number formats, merges and hidden rows and columns in sheet coordinates', async () => {
    const excel = new FakeExcel();
    ministrySheet(excel, 3);
    const grid = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true }).readSheet(NAME);

    expect(grid).toMatchObject({ sheetName: NAME, originRow: 1, originCol: 1 });
    expect(grid.values[0][0]).toBe('令和6年度 概算要求 医療分野研究開発関連（単位：千円）');
    expect(grid.values[3]).toEqual(['事業1', 1000, 600, 400]);
    expect(grid.values[6]).toEqual(['合計', 12345, { error: '#REF!' }, '#REF!']);
    expect(grid.formulas?.[6][1]).toBe('=SUM(C5:C7)');
    expect(grid.formulas?.[3][1]).toBeNull();
    expect(grid.numberFormats?.[3][1]).toBe('#,##0;△#,##0');
    expect(grid.numberFormats?.[4][1]).toBe('General');
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 3, bottom: 2, right: 4 },
        { top: 2, left: 1, bottom: 3, right: 1 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
    expect(grid.hiddenRows).toEqual([6]);
    expect(grid.hiddenColumns).toEqual([3]);
  });

  it('takes the same number of syncs, 2, for 10 rows and for 10,000 rows', async () => {
    const syncsFor = async (dataRows: number) => {
      const excel = new FakeExcel();
      ministrySheet(excel, dataRows);
      const grid = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true }).readSheet(NAME);
      expect(grid.values).toHaveLength(dataRows + 4);
      return excel.syncs.length;
    };
    expect(await syncsFor(10)).toBe(2);
    expect(await syncsFor(10_000)).toBe(2);
  });

  it('reads a used range above the cell limit in ranges of at most that many cells, several per sync, with the same result', async () => {
    const excel = new FakeExcel();
    ministrySheet(excel, 500);
    const whole = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true }).readSheet(NAME);
    const before = excel.syncs.length;
    const sliced = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true, maxCellsPerSlice: 400 }).readSheet(NAME);
    // 504 rows × 4 columns in ranges of 100 rows: the size, the first range, then the other four in one sync.
    expect(excel.syncs.length - before).toBe(3);
    expect(sliced).toEqual(whole);
  });

  it('fills each sync up to the response budget: about ⌈bytes / budget⌉ syncs, not one per range', async () => {
    const excel = new FakeExcel();
    ministrySheet(excel, 2_000);
    const whole = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true }).readSheet(NAME);
    const before = excel.syncs.length;
    const budget = 60_000;
    const grid = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true, maxCellsPerSlice: 200, responseBudgetBytes: budget }).readSheet(NAME);
    expect(grid).toEqual(whole);
    const reads = excel.syncs.slice(before + 1);
    const ranges = Math.ceil(2_004 / 50);
    const total = reads.reduce((sum, sync) => sum + sync.responseBytes, 0);
    expect(reads.length).toBeLessThan(ranges / 2);
    // The first read is one range (its bytes are not known before); the rest fill the budget.
    expect(reads.length).toBeLessThanOrEqual(2 + Math.ceil(total / budget));
    for (const sync of reads.slice(1)) expect(sync.responseBytes).toBeLessThanOrEqual(1.25 * budget);
  });

  it('reads a sheet of 40,000 rows with every response under the 5 MB limit, in about as many syncs as its bytes need', async () => {
    const excel = new FakeExcel();
    ministrySheet(excel, 40_000);
    const grid = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true }).readSheet(NAME);
    expect(grid.values).toHaveLength(40_004);
    const total = excel.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
    for (const sync of excel.syncs) expect(sync.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(excel.syncs.length).toBeGreaterThan(2);
    expect(excel.syncs.length).toBeLessThanOrEqual(2 + Math.ceil(total / DEFAULT_RESPONSE_BUDGET_BYTES));
  });

  it('leaves the sheet exactly as it was', async () => {
    const excel = new FakeExcel();
    ministrySheet(excel, 20);
    const before = excel.snapshot(NAME);
    await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true, maxCellsPerSlice: 30 }).readSheet(NAME);
    expect(excel.snapshot(NAME)).toEqual(before);
  });

  it('still reads the values when merged areas cannot be read (more than 512 in a band), without claiming "no merges"', async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 100 }, (_, r) => Array.from({ length: 20 }, (_, c) => `${r}-${c}`));
    const merges = Array.from({ length: 60 }, (_, r) => Array.from({ length: 10 }, (_, m) => ({ top: r, left: m * 2, bottom: r, right: m * 2 + 1 }))).flat();
    excel.addSheet({ name: 'Merged', rows, merges });
    const grid = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true }).readSheet('Merged');
    expect(grid.values[99][19]).toBe('99-19');
    expect(grid.merges).toBeUndefined();
    expect(excel.syncs).toHaveLength(3);
  });

  it('does not ask for merged areas where the host lacks ExcelApi 1.13', async () => {
    const excel = new FakeExcel();
    ministrySheet(excel, 3);
    const grid = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: false }).readSheet(NAME);
    expect(grid.merges).toBeUndefined();
    expect(grid.hiddenRows).toEqual([6]);
  });

  it('reports every row hidden when every row is hidden, and every column when every column is', async () => {
    const rowsHidden = new FakeExcel();
    rowsHidden.addSheet({ name: 'S', rows: [[1, 2], [3, 4]], hiddenRows: [0, 1] });
    expect(await new OfficeWorkbookSource(rowsHidden.run).readSheet('S')).toMatchObject({ hiddenRows: [0, 1], hiddenColumns: [] });

    const columnsHidden = new FakeExcel();
    columnsHidden.addSheet({ name: 'S', rows: [[1, 2], [3, 4]], hiddenColumns: [0, 1] });
    expect(await new OfficeWorkbookSource(columnsHidden.run).readSheet('S')).toMatchObject({ hiddenRows: [], hiddenColumns: [0, 1] });
  });

  it('returns an empty grid for an empty sheet after one sync', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'Empty' });
    expect(await new OfficeWorkbookSource(excel.run).readSheet('Empty')).toMatchObject({ values: [], hiddenRows: [], hiddenColumns: [] });
    expect(excel.syncs).toHaveLength(1);
  });

  it('says in Japanese and English which sheet it could not read', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'Data' });
    await expect(new OfficeWorkbookSource(excel.run).readSheet('削除済み')).rejects.toThrow(/シート「削除済み」を読み込めませんでした。 \/ Could not read the sheet "削除済み"\. \[ItemNotFound/);
  });
});

describe('OfficeWorkbookSource.sheetNames', () => {
  it('lists the sheets in workbook order in one sync', async () => {
    const excel = new FakeExcel();
    ['表紙', '厚労省 要求', 'Sheet3'].forEach((name) => excel.addSheet({ name }));
    expect(await new OfficeWorkbookSource(excel.run).sheetNames()).toEqual(['表紙', '厚労省 要求', 'Sheet3']);
    expect(excel.syncs).toHaveLength(1);
  });
});

describe('rowSlices', () => {
  it.each([
    [{ top: 3, left: 1, rows: 10, cols: 4 }, 100, [[3, 10]]],
    [{ top: 3, left: 1, rows: 10, cols: 4 }, 12, [[3, 3], [6, 3], [9, 3], [12, 1]]],
    // A row wider than the limit is still one slice per row.
    [{ top: 0, left: 0, rows: 2, cols: 50 }, 10, [[0, 1], [1, 1]]],
  ])('%j with at most %i cells', (bounds, maxCells, expected) => {
    expect(rowSlices(bounds, maxCells).map((slice) => [slice.top, slice.rows])).toEqual(expected);
  });
});
