import type { CellValue } from '../../src/domain/model/grid';
import type { BudgetRow } from '../../src/domain/model/table';
import { GridField } from '../../src/domain/reading/grid-field';
import { TableColumns, type RowLayout } from '../../src/domain/reading/table-rows';
import { grid } from './grid';

// Columns: A 番号, B 事業名, C 要求額, D 計, E pharma, F devices, G 前年度 pharma. Values start at row 2 (sheet row 1).
const sheet = grid(
  [
    ['番号', '事業名', '要求', '計', '医薬品', '医療機器', '前年度医薬品'],
    [7, ' 事業A ', '1,234', 1234, 1000, null, 900],
    ['8', '事業B', '-', null, '―', 234, null],
  ],
  { originRow: 1 },
);
const field = <T>(value: T, row: number, col: number) => new GridField(value, sheet, row, col);

const layout: RowLayout = {
  name: 1,
  left: 0,
  text: [{ role: 'number', col: 0 }],
  amounts: [2, 3, 4, 5, 6],
  single: [
    { role: 'request', index: 0 },
    { role: 'total', index: 1 },
  ],
  projects: [
    { projectId: 'pharma', index: 2 },
    { projectId: 'devices', index: 3 },
  ],
  previousByProject: [{ projectId: 'pharma', index: 4 }],
};

/** The two data rows as the reader appends them (amounts in yen, null for none). */
function table(rowLayout: RowLayout = layout): BudgetRow[] {
  const columns = new TableColumns(sheet, rowLayout, 5);
  const amounts = (row: number, values: (number | null)[]) => values.map((v, i) => field(v, row, 2 + i));
  const rows = [
    columns.add(2, field('事業A', 2, 1), [field('7', 2, 0)], amounts(2, [1_234_000, 1_234_000, 1_000_000, null, 900_000])),
    columns.add(3, field('事業B', 3, 1), [field('8', 3, 0)], amounts(3, [null, null, null, 234_000, null])),
  ];
  columns.finish();
  return rows;
}

const [a, b] = table();

describe('a table row: a view of its columns, each field made as it is read', () => {
  test.each<[string, () => unknown, unknown]>([
    ['row number', () => a.rowNumber, 3],
    ['name', () => [a.name.value, a.name.cell, a.name.raw], ['事業A', 'B3', ' 事業A ']],
    ['text field', () => [b.number?.value, b.number?.cell, b.number?.raw], ['8', 'A4', '8']],
    ['a column the table lacks', () => [a.department, a.remarks, a.previous, a.priorityRequest], [undefined, undefined, undefined, undefined]],
    ['amount', () => [a.request?.value, a.request?.cell, a.request?.raw], [1_234_000, 'C3', '1,234']],
    ['nil amount: null, its cell still named', () => [b.request?.value, b.request?.cell, b.request?.raw], [null, 'C4', '-']],
    ['blank amount', () => [b.total?.value, b.total?.cell, b.total?.raw], [null, 'D4', null]],
    ['split amounts in layout order', () => a.projectAmounts.map((p) => [p.projectId, p.amount.value, p.amount.cell]), [['pharma', 1_000_000, 'E3'], ['devices', null, 'F3']]],
    ['split of the other row', () => b.projectAmounts.map((p) => [p.projectId, p.amount.value, p.amount.raw]), [['pharma', null, '―'], ['devices', 234_000, 234]]],
    ['previous year by project', () => a.projectPrevious?.map((p) => [p.projectId, p.amount.value, p.amount.cell]), [['pharma', 900_000, 'G3']]],
  ])('%s', (_, read, expected) => {
    expect(read()).toEqual(expected);
  });

  test('a field read again for the same row is the same object; another row’s is its own', () => {
    const [first, second] = table();
    const total = first.total;
    const split = first.projectAmounts;
    expect(first.total).toBe(total);
    expect(first.projectAmounts).toBe(split);
    expect(second.total).not.toBe(total);
    expect(second.projectAmounts).not.toBe(split);
    expect([first.total?.value, second.total?.value, first.projectAmounts[0].amount.value]).toEqual([1_234_000, null, 1_000_000]);
  });

  test('serialises as the plain row, keys in the order a row lists them', () => {
    expect(JSON.stringify(a)).toBe(
      JSON.stringify({
        rowNumber: 3,
        name: { value: '事業A', cell: 'B3', raw: ' 事業A ' },
        number: { value: '7', cell: 'A3', raw: 7 },
        request: { value: 1_234_000, cell: 'C3', raw: '1,234' },
        total: { value: 1_234_000, cell: 'D3', raw: 1234 },
        projectAmounts: [
          { projectId: 'pharma', amount: { value: 1_000_000, cell: 'E3', raw: 1000 } },
          { projectId: 'devices', amount: { value: null, cell: 'F3', raw: null } },
        ],
        projectPrevious: [{ projectId: 'pharma', amount: { value: 900_000, cell: 'G3', raw: 900 } }],
      }),
    );
  });

  test('without previous-year split columns a row has no projectPrevious, and serialises without it', () => {
    const [row] = table({ ...layout, amounts: [2, 3, 4, 5], previousByProject: [] });
    expect(row.projectPrevious).toBeUndefined();
    expect(Object.keys(JSON.parse(JSON.stringify(row)))).toEqual(['rowNumber', 'name', 'number', 'request', 'total', 'projectAmounts']);
  });

  test('a text field shown from a merged area names the area’s top-left cell', () => {
    const columns = new TableColumns(sheet, layout, 2);
    const nil = [null, null, null, null, null].map((v, i) => field(v, 3, 2 + i));
    const row = columns.add(3, field('事業A', 2, 1), [field('8', 3, 0)], nil);
    expect([row.name.value, row.name.cell, row.name.raw, row.number?.cell]).toEqual(['事業A', 'B3', ' 事業A ', 'A4']);
  });

  test('a table without a name column gives each row a blank name at its left edge', () => {
    const columns = new TableColumns(sheet, { ...layout, name: null, left: 0 }, 1);
    const row = columns.add(2, null, [field('7', 2, 0)], [1, 2, 3, 4, 5].map((v, i) => field(v, 2, 2 + i)));
    expect(row.name).toEqual({ value: '', cell: 'A3', raw: null });
  });
});

describe('a grid field', () => {
  test.each<[string, GridField<unknown>, { value: unknown; cell: string; raw: CellValue }]>([
    ['text', field('事業A', 2, 1), { value: '事業A', cell: 'B3', raw: ' 事業A ' }],
    ['amount', field(1_234_000, 2, 2), { value: 1_234_000, cell: 'C3', raw: '1,234' }],
    ['outside the grid', field(null, 40, 30), { value: null, cell: 'AE41', raw: null }],
  ])('%s: value kept, address and raw value read when asked, serialised as a plain field', (_, f, expected) => {
    expect({ value: f.value, cell: f.cell, raw: f.raw }).toEqual(expected);
    expect(JSON.parse(JSON.stringify(f))).toEqual(expected);
  });
});
