import fc from 'fast-check';
import { UNITS } from '../../src/domain/model/amount';
import type { CellValue, SheetGrid } from '../../src/domain/model/grid';
import { COLUMN_ROLES, type ColumnMapping } from '../../src/domain/model/table';
import { readTable } from '../../src/domain/reading';
import { syntheticPack } from '../helpers/synthetic-pack';

const pack = syntheticPack();

/** Words that steer the reader into its header, unit, subtotal and note paths. */
const SHEET_WORDS = [
  '事業名', '研究事業名', '要求額', '要望額', '計', '合計', '小計', '合　計', '前年度予算額', '令和5年度予算額', '令和６年度要求額（千円）',
  '統合プロジェクト別内訳', '統合プロジェクト', '①医薬品', '①', 'PJ②', '医薬品PJ', '担当課', '区分', '備考', '新規・継続',
  '（単位：百万円）', '単位:千円', '千円', '※ 注', '（注）', '【AMED】', '△1,234', '１，２３４', '(1,234)', '-', '―', '未定', '1,234千円', '',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...SHEET_WORDS),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom('#REF!', '#VALUE!', '#N/A', '#DIV/0!').map((error) => ({ error })),
);

const small = fc.integer({ min: -3, max: 40 });
const area = fc.record({ top: small, left: small, bottom: small, right: small });

const sheetGrid: fc.Arbitrary<SheetGrid> = fc
  .record({
    values: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 14 }),
    originRow: fc.nat(2000),
    originCol: fc.nat(300),
    merges: fc.option(fc.array(area, { maxLength: 6 }), { nil: undefined }),
    hiddenColumns: fc.option(fc.array(fc.nat(400), { maxLength: 4 }), { nil: undefined }),
    hiddenRows: fc.option(fc.array(fc.nat(2100), { maxLength: 4 }), { nil: undefined }),
    formulas: fc.option(fc.array(fc.array(fc.option(fc.constantFrom('=SUM(A1:A3)', '=#REF!', '')), { maxLength: 10 }), { maxLength: 14 }), { nil: undefined }),
    numberFormats: fc.option(fc.array(fc.array(fc.option(fc.constantFrom('#,##0,', 'yyyy/m/d', '#,##0"百万円"', '"', '[', '0;')), { maxLength: 10 }), { maxLength: 14 }), { nil: undefined }),
  })
  .map((g) => ({
    sheetName: 'S',
    ...g,
    // Merges and hidden lists are drawn near the origin so they actually overlap the grid.
    merges: g.merges?.map((m) => ({ top: m.top + g.originRow, left: m.left + g.originCol, bottom: m.bottom + g.originRow, right: m.right + g.originCol })),
    hiddenColumns: g.hiddenColumns?.map((c) => c + g.originCol - 5),
    hiddenRows: g.hiddenRows?.map((r) => r + g.originRow - 5),
  }));

const mapping: fc.Arbitrary<ColumnMapping> = fc.record({
  headerTop: fc.nat(30),
  headerBottom: fc.nat(30),
  columns: fc.array(
    fc.record({ col: fc.nat(400), role: fc.constantFrom(...COLUMN_ROLES), header: fc.string({ maxLength: 5 }), projectId: fc.option(fc.constantFrom('pharma', 'nope'), { nil: undefined }) }),
    { maxLength: 8 },
  ),
  unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
});

describe('readTable never throws', () => {
  test('on any ragged grid at any origin, it returns a SheetTable whose cells lie in the sheet', () => {
    fc.assert(
      fc.property(sheetGrid, (g) => {
        const table = readTable(g, pack);
        expect(table.sheetName).toBe('S');
        expect(UNITS).toContain(table.unit);
        expect(table.mapping === null).toBe(table.mappingSource === 'none');
        for (const row of table.rows) {
          expect(row.rowNumber).toBeGreaterThan(g.originRow);
          for (const field of [row.name, row.request, row.total, ...row.projectAmounts.map((p) => p.amount)]) {
            if (field) expect(field.cell).toMatch(/^[A-Z]{1,3}\d+$/);
            if (field && typeof field.value === 'number') expect(Number.isSafeInteger(field.value)).toBe(true);
          }
        }
        for (const f of table.findings) expect(typeof f.rule).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  test('with any user mapping and unit', () => {
    fc.assert(
      fc.property(sheetGrid, mapping, fc.option(fc.constantFrom(...UNITS), { nil: undefined }), (g, m, unit) => {
        const table = readTable(g, pack, { mapping: m, unit });
        expect(table.mappingSource).toBe('user');
      }),
      { numRuns: 200 },
    );
  });
});
