import { readFileSync } from 'fs';
import path from 'path';
import { columnLetter } from '../../src/domain/model/grid';
import type { SheetTable } from '../../src/domain/model/table';
import { parseAmount, readTable } from '../../src/domain/reading';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';
import { syntheticPack } from '../helpers/synthetic-pack';
import { plain } from './grid';

/**
 * Real-looking ministry sheets written by three different applications (openpyxl,
 * LibreOffice Calc, ExcelJS); generators in scripts/fixtures/. Every expected amount is in
 * yen, worked out by hand from the sheet's own unit.
 */
const pack = syntheticPack();
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'sheets');

async function load(file: string) {
  const source = await XlsxWorkbookSource.fromBuffer(readFileSync(path.join(FIXTURES, file)));
  const [sheet] = await source.sheetNames();
  const grid = await source.readSheet(sheet);
  return { grid, table: readTable(grid, pack) };
}

function roles(table: SheetTable): Record<string, string> {
  return Object.fromEntries((table.mapping?.columns ?? []).map((c) => [columnLetter(c.col), c.projectId ? `${c.role}:${c.projectId}` : c.role]));
}

function findings(table: SheetTable): string[] {
  return table.findings.map((f) => `${f.rule}@${f.cell}${f.value !== undefined ? ` ${String(f.value)}` : ''}`);
}

const SEN = 1_000; // 千円
const HYAKUMAN = 1_000_000; // 百万円

describe('厚生労働省 style (openpyxl): 千円 title, two header rows, split columns per project', () => {
  let table: SheetTable;
  beforeAll(async () => {
    ({ table } = await load('mhlw-r6-two-row-header.openpyxl.xlsx'));
  });

  test('header, mapping and unit', () => {
    expect(table.sheetName).toBe('厚生労働省');
    expect(table.titleLines).toEqual(['令和６年度 概算要求 医療分野研究開発関連（単位：千円）']);
    expect(table).toMatchObject({ unit: '千円', unitSource: 'title', mappingSource: 'detected' });
    expect(table.mapping).toMatchObject({ headerTop: 2, headerBottom: 3 });
    expect(roles(table)).toEqual({
      A: 'number',
      B: 'name',
      C: 'department',
      D: 'category',
      E: 'previous',
      F: 'request',
      G: 'priorityRequest',
      H: 'total',
      I: 'projectAmount:pharma',
      J: 'projectAmount:devices',
      K: 'projectAmount:regenerative',
      L: 'projectAmount:genome-data',
      M: 'projectAmount:disease-basic',
      N: 'projectAmount:seeds',
      O: 'remarks',
    });
    expect(table.mapping?.columns.find((c) => c.col === 11)?.header).toBe('統合プロジェクト別内訳 / ④ゲノム・データ基盤');
  });

  test('rows with exact yen amounts, split by project', () => {
    const split = (rowNumber: number) =>
      Object.fromEntries((table.rows.find((r) => r.rowNumber === rowNumber)?.projectAmounts ?? []).filter((p) => p.amount.value !== null).map((p) => [p.projectId, p.amount.value]));
    expect(table.rows.map((r) => [r.rowNumber, r.name.value, r.category?.value, r.previous?.value, r.request?.value, r.priorityRequest?.value, r.total?.value])).toEqual([
      [5, '認知症研究開発事業', 'AMED', 1_250_000 * SEN, 1_342_202 * SEN, null, 1_342_202 * SEN],
      [6, '免疫アレルギー疾患実用化研究事業', 'AMED', 820_000 * SEN, 800_000 * SEN, 60_386 * SEN, 860_386 * SEN],
      [7, '革新的がん医療実用化研究事業', 'AMED', 8_500_000 * SEN, 8_000_000 * SEN, 771_960 * SEN, 8_771_960 * SEN],
      [8, '再生医療実用化研究事業', 'AMED', 2_900_000 * SEN, 3_000_000 * SEN, null, 3_000_000 * SEN],
      [10, '国立高度専門医療研究センター運営費交付金（研究開発費）', 'インハウス', 3_100_000 * SEN, 3_200_000 * SEN, 100_000 * SEN, 3_300_000 * SEN],
    ]);
    expect(split(5)).toEqual({ 'genome-data': 1_045_895 * SEN, 'disease-basic': 296_307 * SEN });
    expect(split(6)).toEqual({ pharma: 58_888 * SEN, 'genome-data': 88_888 * SEN, 'disease-basic': 712_610 * SEN });
    expect(split(7)).toEqual({ pharma: 2_276_602 * SEN, devices: 196_102 * SEN, regenerative: 1_374_529 * SEN, 'genome-data': 3_845_685 * SEN, 'disease-basic': 1_079_042 * SEN });
    expect(split(8)).toEqual({ regenerative: 3_000_000 * SEN });
    expect(plain(table.rows[0].total)).toEqual({ value: 1_342_202 * SEN, cell: 'H5', raw: 1342202 });
    expect(table.rows[1].remarks?.value).toBe('要望額は重要政策推進枠');
  });

  test('小計 and 合　計 rows (formulas with cached values) cover their rows', () => {
    expect(table.subtotals.map((s) => [s.rowNumber, s.kind, s.label.value, s.label.cell, s.covers])).toEqual([
      [9, 'subtotal', '小計', 'B9', [5, 6, 7, 8]],
      [11, 'subtotal', '小計', 'B11', [10]],
      [12, 'grandTotal', '合　計', 'A12', [5, 6, 7, 8, 10]],
    ]);
    const grand = Object.fromEntries(table.subtotals[2].amounts.map((a) => [a.projectId ?? a.role, a.amount.value]));
    expect(grand).toEqual({
      previous: 16_570_000 * SEN,
      request: 16_342_202 * SEN,
      priorityRequest: 932_346 * SEN,
      total: 17_274_548 * SEN,
      pharma: 2_335_490 * SEN,
      devices: 196_102 * SEN,
      regenerative: 4_374_529 * SEN,
      'genome-data': 4_980_468 * SEN,
      'disease-basic': 3_387_959 * SEN,
      seeds: 2_000_000 * SEN,
    });
    expect(plain(table.subtotals[0].amounts.find((a) => a.projectId === 'seeds')?.amount)).toEqual({ value: 0, cell: 'N9', raw: 0 });
  });

  test('notes are skipped and nothing is reported', () => {
    expect(table.dataRange).toEqual({ top: 4, bottom: 11, left: 0, right: 14 });
    expect(table.findings).toEqual([]);
  });
});

describe.each([
  ['openpyxl', 'mext-r6-title-unit.openpyxl.xlsx'],
  ['LibreOffice', 'mext-r6-title-unit.libreoffice.xlsx'],
])('文部科学省 style written by %s: 百万円 title row, decimals, text amounts, label column, rich text', (writer, file) => {
  let table: SheetTable;
  let grid: Awaited<ReturnType<typeof load>>['grid'];
  beforeAll(async () => {
    ({ table, grid } = await load(file));
  });

  test('header, mapping and unit', () => {
    expect(table.titleLines).toEqual(['令和６年度 概算要求 医療分野の研究開発関連予算（文部科学省）', '（単位：百万円）']);
    expect(table).toMatchObject({ unit: '百万円', unitSource: 'title' });
    expect(table.mapping).toMatchObject({ headerTop: 2, headerBottom: 3 });
    expect(roles(table)).toEqual({
      A: 'number',
      B: 'name',
      C: 'department',
      D: 'previous',
      E: 'request',
      F: 'priorityRequest',
      G: 'total',
      I: 'projectLabel',
      J: 'diseaseArea',
      K: 'summary',
    });
    // The parent is rich text (令和６年度 in bold) in both files.
    expect(table.mapping?.columns.find((c) => c.col === 4)?.header).toBe('令和６年度要求額 / 要求');
  });

  test('amounts: decimals, commas, full-width digits and －, exactly in yen', () => {
    expect(table.rows.map((r) => [r.rowNumber, r.previous?.value, r.request?.value, r.priorityRequest?.value, r.total?.value])).toEqual([
      [5, 9_155_300_000, 9_000 * HYAKUMAN, 100_500_000, writer === 'openpyxl' ? null : 9_100_500_000],
      [6, 1_234_500_000, 1_300 * HYAKUMAN, null, 1_300 * HYAKUMAN],
      [7, 3_021 * HYAKUMAN, 3_000 * HYAKUMAN, 500 * HYAKUMAN, 3_500 * HYAKUMAN],
      [8, 3_700 * HYAKUMAN, 3_650_250_000, null, 3_650_250_000],
      [9, 9_170 * HYAKUMAN, 9_000 * HYAKUMAN, 1_000 * HYAKUMAN, 10_000 * HYAKUMAN],
    ]);
    expect(plain(table.rows[1].request)).toEqual({ value: 1_300 * HYAKUMAN, cell: 'E6', raw: '１，３００' });
  });

  test('rich text (Latin + Japanese runs) reads as one string; labels are kept as written', () => {
    expect(table.rows[3].name.value).toBe('創薬等先端技術支援基盤プラットフォーム（BINDS）');
    expect(table.rows.map((r) => r.projectLabel?.value)).toEqual(['医薬品PJ', '②', 'ゲノム・データ基盤', '医薬品PJ', 'PJ③']);
  });

  test('△ negatives in 増減 (a column with no role) parse from the grid', () => {
    const change = (row: number) => parseAmount(grid.values[row - 1 - grid.originRow][7 - grid.originCol], '百万円');
    expect([5, 6, 8].map((row) => change(row))).toMatchObject([
      { kind: 'amount', yen: -54_800_000 },
      { kind: 'amount', yen: 65_500_000 },
      { kind: 'amount', yen: -49_750_000 },
    ]);
  });

  test('計 row and findings', () => {
    expect(table.subtotals.map((s) => [s.rowNumber, s.kind, s.label.cell, s.covers])).toEqual([[10, 'subtotal', 'B10', [5, 6, 7, 8, 9]]]);
    expect(table.subtotals[0].amounts.map((a) => a.amount.value)).toEqual([26_280_800_000, 25_950_250_000, 1_600_500_000, 27_550_750_000]);
    // openpyxl never calculates: its formula has no cached result. LibreOffice recalculated it.
    // The 増減 column has no role: said so (as information), not dropped silently.
    const unmapped = 'amount-column-unmapped@H3 増減';
    expect(findings(table)).toEqual(writer === 'openpyxl' ? ['amount-not-number@G5 =E5+F5', unmapped] : [unmapped]);
    expect(table.findings.find((f) => f.rule === 'amount-column-unmapped')?.params).toMatchObject({ messageId: 'derived', header: '増減' });
  });
});

describe('経済産業省 style (ExcelJS): no unit, hidden column, errors, 未定, blank rows, 合計', () => {
  let table: SheetTable;
  beforeAll(async () => {
    ({ table } = await load('meti-r6-no-unit.exceljs.xlsx'));
  });

  test('mapping, with the hidden column still mapped; unit assumed', () => {
    expect(roles(table)).toEqual({
      A: 'number',
      B: 'name',
      C: 'department',
      D: 'category',
      E: 'previous',
      F: 'request',
      G: 'priorityRequest',
      H: 'total',
      I: 'projectLabel',
      J: 'purpose',
      K: 'priorityArea',
      L: 'status',
      M: 'remarks',
    });
    expect(table).toMatchObject({ unit: '千円', unitSource: 'assumed' });
  });

  test('rows: blank rows skipped, the nameless row kept, problems leave null amounts', () => {
    expect(table.rows.map((r) => [r.rowNumber, r.name.value, r.previous?.value, r.request?.value, r.priorityRequest?.value, r.total?.value])).toEqual([
      [4, '医療機器等における先進的研究開発・開発体制強靱化事業', 2_500_000 * SEN, 2_600_000 * SEN, 400_000 * SEN, 3_000_000 * SEN],
      [6, '再生医療・遺伝子治療の産業化に向けた基盤技術開発事業', 3_500_000 * SEN, null, 500_000 * SEN, null],
      [7, '次世代治療・診断実現のための創薬基盤技術開発事業', 4_000_000 * SEN, 4_200_000 * SEN, null, null],
      [9, '', null, 50_000 * SEN, 0, 50_000 * SEN],
      [10, '産業技術総合研究所運営費交付金（医療分野）', 1_200_000 * SEN, 1_250_000 * SEN, 0, null],
    ]);
    expect(table.rows[1]).toMatchObject({ status: { value: '継続', cell: 'L6' }, priorityArea: { value: '再生・細胞医療・遺伝子治療' } });
    expect(table.subtotals.map((s) => [s.rowNumber, s.kind, s.label.value, s.covers])).toEqual([[11, 'grandTotal', '合計', [4, 6, 7, 9, 10]]]);
  });

  test('findings name their cells', () => {
    expect(findings(table)).toEqual([
      'hidden-column@E3',
      'unit-assumed@A3',
      'amount-not-number@F6 未定',
      'error-value@H6 #VALUE!',
      'error-value@H7 #REF!',
      'name-missing@B9',
      'amount-not-number@H10 =F10+G10',
      'error-value@H11 #REF!',
    ]);
    expect(table.findings.find((f) => f.cell === 'F6')).toEqual({ rule: 'amount-not-number', cell: 'F6', row: 6, column: 'F', value: '未定', params: { column: '要求', reason: 'text', messageId: 'text' } });
    expect(table.findings.find((f) => f.cell === 'H10')?.params).toEqual({ column: '要求・要望額', reason: 'formula-without-cached-result', messageId: 'formula-without-cached-result', formula: '=F10+G10' });
  });
});
