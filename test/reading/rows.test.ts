import type { CellValue } from '../../src/domain/model/grid';
import type { SheetTable } from '../../src/domain/model/table';
import { readTable } from '../../src/domain/reading';
import { subtotalLabel } from '../../src/domain/reading/row-kind';
import { syntheticPack } from '../helpers/synthetic-pack';
import { grid, plain } from './grid';

const pack = syntheticPack();
const TITLE: CellValue[] = ['（単位：千円）'];
const HEADER: CellValue[] = ['番号', '事業名', '担当課', '要求額', '要望額'];

function read(rows: CellValue[][], extra: Parameters<typeof grid>[1] = {}): SheetTable {
  return readTable(grid([TITLE, HEADER, ...rows], extra), pack);
}

function summary(table: SheetTable) {
  return {
    rows: table.rows.map((r) => [r.rowNumber, r.name.value, r.request?.value ?? null]),
    subtotals: table.subtotals.map((s) => [s.rowNumber, s.kind, s.label.value, s.label.cell, s.covers]),
  };
}

describe('rows', () => {
  test('blank rows, notes and lone section headings are skipped', () => {
    const table = read([
      ['【AMED対象経費】'],
      [1, '事業A', '課A', 10, null],
      [],
      [null, '  ', null, '', null],
      [2, '事業B', '課B', 20, '-'],
      ['※ 要望額は重要政策推進枠'],
      [null, '（注）前年度は当初予算'],
      ['注1) 計数は四捨五入'],
    ]);
    expect(summary(table).rows).toEqual([
      [4, '事業A', 10_000],
      [7, '事業B', 20_000],
    ]);
    expect(table.findings).toEqual([]);
    expect(table.dataRange).toEqual({ top: 3, bottom: 6, left: 0, right: 4 });
  });

  test('every field remembers its cell and raw value', () => {
    const table = read([[7, '事業A\n（拡充）', '医政局\n研究開発政策課', '1,234', 0]]);
    expect(plain(table.rows[0])).toEqual({
      rowNumber: 3,
      number: { value: '7', cell: 'A3', raw: 7 },
      name: { value: '事業A（拡充）', cell: 'B3', raw: '事業A\n（拡充）' },
      department: { value: '医政局研究開発政策課', cell: 'C3', raw: '医政局\n研究開発政策課' },
      request: { value: 1_234_000, cell: 'D3', raw: '1,234' },
      priorityRequest: { value: 0, cell: 'E3', raw: 0 },
      projectAmounts: [],
    });
  });

  test('a line break between Latin words becomes a space', () => {
    expect(read([[1, 'BINDS\nplatform', null, 1, null]]).rows[0].name.value).toBe('BINDS platform');
  });

  test('a row with amounts but no name is kept, with name-missing', () => {
    const table = read([[3, null, '課A', 5, null]]);
    expect(summary(table).rows).toEqual([[3, '', 5000]]);
    expect(table.findings).toEqual([{ rule: 'name-missing', cell: 'B3', row: 3, column: 'B', params: {} }]);
  });

  test('a 事業名 merged over two rows names both', () => {
    const table = read(
      [
        [1, '事業A', 'AMED分', 10, null],
        [null, null, 'インハウス分', 20, null],
      ],
      { mergeRefs: ['B3:B4'] },
    );
    expect(table.rows.map((r) => [r.name.value, r.name.cell])).toEqual([
      ['事業A', 'B3'],
      ['事業A', 'B3'],
    ]);
    expect(table.findings).toEqual([]);
  });

  test('hidden data rows are kept and noted', () => {
    const table = read([[1, '事業A', null, 10, null]], { hiddenRows: [2] });
    expect(table.rows).toHaveLength(1);
    expect(table.findings).toEqual([{ rule: 'hidden-row', cell: 'B3', row: 3, params: { name: '事業A' } }]);
  });
});

describe('amount cells', () => {
  test.each<[CellValue, string | null, object | null]>([
    [{ error: '#REF!' }, 'error-value', { value: '#REF!', params: { column: '要求額' } }],
    [{ error: '#N/A' }, 'error-value', { value: '#N/A', params: { column: '要求額' } }],
    ['未定', 'amount-not-number', { value: '未定', params: { column: '要求額', reason: 'text', messageId: 'text' } }],
    ['調整中', 'amount-not-number', { value: '調整中', params: { column: '要求額', reason: 'text', messageId: 'text' } }],
    [true, 'amount-not-number', { value: 'TRUE', params: { column: '要求額', reason: 'boolean', messageId: 'boolean' } }],
    ['1.2345', 'amount-rounded', { value: '1.2345', params: { column: '要求額', original: '1.2345', unit: '千円', yen: 1235 } }],
    ['△1,234', null, null],
  ])('%p in 要求額', (raw, rule, details) => {
    const table = read([[1, '事業A', null, raw, null]]);
    const finding = table.findings.find((f) => f.rule !== 'unit-assumed');
    if (rule === null) expect(finding).toBeUndefined();
    else expect(finding).toEqual({ rule, cell: 'D3', row: 3, column: 'D', ...details });
    expect(table.rows).toHaveLength(1);
  });

  test('a formula without a cached result cannot be read: recalculate', () => {
    const table = read([[1, '事業A', null, null, 5]], {
      formulas: [[null], [null], [null, null, null, '=SUM(D1:D2)', null]],
    });
    expect(plain(table.rows[0].request)).toEqual({ value: null, cell: 'D3', raw: null });
    expect(table.findings).toEqual([
      { rule: 'amount-not-number', cell: 'D3', row: 3, column: 'D', value: '=SUM(D1:D2)', params: { column: '要求額', reason: 'formula-without-cached-result', messageId: 'formula-without-cached-result', formula: '=SUM(D1:D2)' } },
    ]);
  });

  test('a number beyond any amount, and a date, say so', () => {
    expect(read([[1, '事業A', null, 1e308, null]]).findings.find((f) => f.rule === 'amount-not-number')).toMatchObject({
      cell: 'D3',
      value: '1e+308',
      params: { reason: 'out-of-range', messageId: 'out-of-range' },
    });
    const dated = read([[1, '事業A', null, 45383, null]], { numberFormats: [[null], [null], [null, null, null, 'yyyy/m/d', null]] });
    expect(dated.findings.find((f) => f.rule === 'amount-not-number')).toMatchObject({
      cell: 'D3',
      params: { reason: 'date-format', messageId: 'date-format', format: 'yyyy/m/d' },
    });
  });

  test('a formula with a cached result reads its value', () => {
    const table = read([[1, '事業A', null, 42, null]], { formulas: [[null], [null], [null, null, null, '=40+2', null]] });
    expect(table.rows[0].request?.value).toBe(42_000);
    expect(table.findings).toEqual([]);
  });

  test('an error value in a text column is reported too', () => {
    const table = read([[1, '事業A', { error: '#NAME?' }, 1, null]]);
    expect(table.findings).toEqual([{ rule: 'error-value', cell: 'C3', row: 3, column: 'C', value: '#NAME?', params: { column: '担当課' } }]);
    expect(plain(table.rows[0].department)).toEqual({ value: '', cell: 'C3', raw: { error: '#NAME?' } });
  });
});

describe('subtotal rows', () => {
  test('小計 / 合　計 / （小計） with no name: kept apart with the rows they cover', () => {
    const table = read(
      [
        [1, '事業A', null, 10, null],
        [2, '事業B', null, 20, null],
        [null, '小計', null, 30, null],
        [3, '事業C', null, 5, null],
        [null, null, '（小計）', 5, null],
        ['合　計', null, null, 35, null],
      ],
      { mergeRefs: ['A8:B8'] },
    );
    expect(summary(table)).toEqual({
      rows: [
        [3, '事業A', 10_000],
        [4, '事業B', 20_000],
        [6, '事業C', 5_000],
      ],
      subtotals: [
        [5, 'subtotal', '小計', 'B5', [3, 4]],
        [7, 'subtotal', '（小計）', 'C7', [6]],
        [8, 'grandTotal', '合　計', 'A8', [3, 4, 6]],
      ],
    });
    expect(plain(table.subtotals[2].amounts)).toEqual([
      { role: 'request', amount: { value: 35_000, cell: 'D8', raw: 35 } },
      { role: 'priorityRequest', amount: { value: null, cell: 'E8', raw: null } },
    ]);
  });

  test('計 after 小計s covers everything since the previous 計; a grand total on top covers all rows', () => {
    const table = read([
      ['総計', null, null, 60, null],
      [1, '事業A', null, 10, null],
      [null, '小計', null, 10, null],
      [2, '事業B', null, 20, null],
      [null, '小計', null, 20, null],
      [null, 'AMED対象経費計', null, 30, null],
      [3, '事業C', null, 30, null],
      [null, '計', null, 30, null],
    ]);
    expect(summary(table).subtotals).toEqual([
      [3, 'grandTotal', '総計', 'A3', [4, 6, 9]],
      [5, 'subtotal', '小計', 'B5', [4]],
      [7, 'subtotal', '小計', 'B7', [6]],
      [8, 'subtotal', 'AMED対象経費計', 'B8', [4, 6]],
      [10, 'subtotal', '計', 'B10', [9]],
    ]);
  });

  test('findings in subtotal rows are reported', () => {
    const table = read([
      [1, '事業A', null, 10, null],
      [null, '合計', null, { error: '#REF!' }, null],
    ]);
    expect(table.findings).toEqual([{ rule: 'error-value', cell: 'D4', row: 4, column: 'D', value: '#REF!', params: { column: '要求額' } }]);
  });

  test.each<[string, string | null]>([
    ['小計', 'subtotal'],
    ['中計', 'subtotal'],
    ['（小計）', 'subtotal'],
    ['小計（AMED対象経費）', 'subtotal'],
    ['AMED対象経費 小計', 'subtotal'],
    ['計', 'subtotal'],
    ['【計】', 'subtotal'],
    ['インハウス研究機関経費計', 'subtotal'],
    ['厚生労働省 計', 'subtotal'],
    ['合計', 'grandTotal'],
    ['合　計', 'grandTotal'],
    ['総計', 'grandTotal'],
    ['総　合　計', 'grandTotal'],
    ['総額', 'grandTotal'],
    ['（総　額）', 'grandTotal'],
    ['合計額', 'grandTotal'],
    ['医療機器の設計', null],
    ['保健医療統計', null],
    ['生体計測', null],
    ['計測技術開発事業', null],
  ])('label %s → %s', (text, kind) => {
    expect(subtotalLabel(text)?.kind ?? null).toBe(kind);
  });
});
