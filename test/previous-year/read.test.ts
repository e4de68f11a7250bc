import ExcelJS from 'exceljs';
import { checkSheet } from '../../src/domain/engine/check';
import type { SheetGrid } from '../../src/domain/model/grid';
import { readPreviousYear, type PreviousReading } from '../../src/domain/previous-year/read';
import { getPack, loadPacks } from '../../src/domain/policy/registry';
import { buildSubmissionSheet, DEFAULT_LAYOUT } from '../../src/domain/submission';
import { previousSource } from '../../src/xlsx/previous-source';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';
import { writeSheetModel } from '../../src/xlsx/write-sheet-model';

const packs = loadPacks();
const R6 = getPack('R6')!;

const HEADER = ['事業番号', '事業名', '区分', '前年度予算額', '要求額', '要望額', '計', '統合プロジェクト', '①医薬品', '④ゲノム・データ基盤', '⑤疾患基礎研究', '重点領域', '疾患領域'];

function grid(title: string, rows: (string | number | null)[][], sheetName = '令和5年度要求'): SheetGrid {
  return { sheetName, originRow: 0, originCol: 0, values: [[title], [], HEADER, ...rows] };
}

const R5_SHEET = grid('令和5年度 概算要求 医療分野研究開発関連（単位：千円）', [
  ['0012', '認知症研究開発事業', 'AMED', 1_200_000, 1_342_202, 0, 1_342_202, null, null, 1_045_895, 296_307, '認知症等の脳神経疾患', '老年医学・認知症'],
  ['0013', '創薬支援推進事業', 'AMED', 100_000, 100_000, 0, 100_000, '医薬品', null, null, null, null, null],
  ['0014', '医療機器開発推進研究事業', 'AMED', 900_000, 950_000, 0, 950_000, null, null, null, null, null, null],
]);

function read(reading: PreviousReading) {
  if ('problem' in reading) throw new Error(`unexpected problem ${reading.problem}`);
  return reading.previous;
}

describe("reading last year's request sheet", () => {
  it('keeps what it declares: split amounts, labels, 重点領域 and 疾患領域 — not what its text suggests', () => {
    const previous = read(readPreviousYear({ grid: R5_SHEET, kind: 'request', file: 'r5.xlsx' }, packs, R6));
    // No pack is of 令和5年度: read with the year the check chose, and the title's year recorded as written.
    expect(previous).toMatchObject({ sheet: '令和5年度要求', file: 'r5.xlsx', kind: 'request', packId: 'R6', planPeriod: '第2期', fiscalYear: '令和5年度' });
    expect(previous.projects.map((p) => p.id)).toEqual(R6.projects.map((p) => p.id));
    expect(previous.rows).toEqual([
      {
        row: 4,
        number: '0012',
        name: '認知症研究開発事業',
        projects: [
          { projectId: 'genome-data', amount: 1_045_895_000 },
          { projectId: 'disease-basic', amount: 296_307_000 },
        ],
        priorityAreas: expect.arrayContaining(['dementia-neuro']),
        diseaseAreas: ['geriatric-dementia'],
      },
      { row: 5, number: '0013', name: '創薬支援推進事業', projects: [{ projectId: 'pharma', amount: 100_000_000 }], priorityAreas: [], diseaseAreas: [] },
      // 「医療機器」 in its name suggests ②, but last year's sheet declared nothing: nothing to inherit.
      { row: 6, number: '0014', name: '医療機器開発推進研究事業', projects: [], priorityAreas: [], diseaseAreas: [] },
    ]);
  });

  it('…and what the officer accepted on it (the pane has it in the workbook\'s settings)', () => {
    const accepted = [{ key: 'no:0014', name: '医療機器開発推進研究事業', packId: 'R6', projects: ['devices'] }];
    const previous = read(readPreviousYear({ grid: R5_SHEET, kind: 'request', accepted }, packs, R6));
    expect(previous.rows[2].projects).toEqual([{ projectId: 'devices', amount: 950_000_000 }]);
  });

  it("is read with its own year's pack when its title names one", () => {
    const previous = read(readPreviousYear({ grid: grid('令和4年度 概算要求（単位：千円）', [['1', '創薬支援推進事業', 'AMED', 1, 1, 0, 1, '①']]), kind: 'request' }, packs, R6));
    expect(previous).toMatchObject({ packId: 'R4', fiscalYear: '令和4年度' });
  });

  it('says why when there is nothing to read', () => {
    expect(readPreviousYear({ grid: { sheetName: 'メモ', originRow: 0, originCol: 0, values: [['前年度の資料は別途']] }, kind: 'request' }, packs, R6)).toEqual({ sheet: 'メモ', problem: 'no-header' });
    expect(readPreviousYear({ grid: grid('令和5年度', []), kind: 'request' }, packs, R6)).toEqual({ sheet: '令和5年度要求', problem: 'no-rows' });
  });
});

describe('reading a submission sheet this product wrote last year', () => {
  async function writtenWorkbook(extra?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const report = checkSheet(grid('令和6年度 概算要求 医療分野研究開発関連（単位：千円）', R5_SHEET.values.slice(3) as (string | number | null)[][], '要求表'), {
      packs,
      locale: 'ja',
      accepted: [{ key: 'no:0014', name: '医療機器開発推進研究事業', packId: 'R6', projects: ['devices'] }],
      now: new Date('2024-08-30T00:00:00Z'),
    });
    const model = buildSubmissionSheet(report, R6, { ministry: '厚生労働省', createdAt: '2024-08-30T05:05:00Z', force: true });
    const bytes = await writeSheetModel(model);
    // The ministry's workbook: its request sheet first, the submission sheet after it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    workbook.addWorksheet('メモ').addRow(['前年度の資料']);
    if (extra) extra(workbook.getWorksheet(DEFAULT_LAYOUT.sheetName)!);
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it('is found by its marker, and gives each 事業 with the projects, amounts and areas its detail lines say', async () => {
    const source = await previousSource(await XlsxWorkbookSource.fromBuffer(await writtenWorkbook()), '厚労省_R6提出.xlsx');
    expect(source.kind).toBe('submission');
    expect(source.grid.sheetName).toBe(DEFAULT_LAYOUT.sheetName);
    const previous = read(readPreviousYear(source, packs, R6));
    expect(previous).toMatchObject({ kind: 'submission', packId: 'R6', fiscalYear: '令和6年度', file: '厚労省_R6提出.xlsx' });
    expect(previous.rows.map((r) => [r.number, r.name, r.projects, r.diseaseAreas])).toEqual([
      ['0012', '認知症研究開発事業', [{ projectId: 'genome-data', amount: 1_045_895_000 }, { projectId: 'disease-basic', amount: 296_307_000 }], ['geriatric-dementia']],
      ['0013', '創薬支援推進事業', [{ projectId: 'pharma', amount: 100_000_000 }], []],
      // Accepted there: it counted, so it is last year's classification.
      ['0014', '医療機器開発推進研究事業', [{ projectId: 'devices', amount: 950_000_000 }], []],
    ]);
    expect(previous.rows[0].priorityAreas).toContain('dementia-neuro');
    // Each 事業 points at its first detail line on that sheet.
    const nameCol = DEFAULT_LAYOUT.detail.columns.find((c) => c.key === 'name')!.col;
    for (const row of previous.rows) expect(source.grid.values[row.row - 1][nameCol]).toBe(row.name);
    expect(previous.rows[1].row - previous.rows[0].row).toBe(2);
  });

  it('a workbook without one is read as a request sheet, from its first sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('要求表').addRows(R5_SHEET.values as (string | number | null)[][]);
    const source = await previousSource(await XlsxWorkbookSource.fromBuffer(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)), 'r5.xlsx');
    expect(source.kind).toBe('request');
    expect(read(readPreviousYear(source, packs, R6)).rows).toHaveLength(3);
  });

  it('one whose detail block was rearranged is not half-read: it says what is wrong', async () => {
    const bytes = await writtenWorkbook((sheet) => {
      for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === DEFAULT_LAYOUT.detail.title) sheet.getCell(r + 1, 3).value = '（列を入れ替えた）';
    });
    const reading = readPreviousYear(await previousSource(await XlsxWorkbookSource.fromBuffer(bytes), 'x.xlsx'), packs, R6);
    expect(reading).toEqual({ sheet: DEFAULT_LAYOUT.sheetName, problem: 'submission-unreadable', detail: expect.stringContaining(DEFAULT_LAYOUT.detail.title) });
  });
});
