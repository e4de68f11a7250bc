import fc from 'fast-check';
import { UNITS } from '../../src/domain/model/amount';
import { COLUMN_ROLES, type ColumnMapping } from '../../src/domain/model/table';
import { parseMapping, readTable, serializeMapping } from '../../src/domain/reading';
import { syntheticPack } from '../helpers/synthetic-pack';
import { grid } from './grid';

const pack = syntheticPack();

describe('a user mapping overrides detection', () => {
  const sheet = grid([
    ['（単位：千円）'],
    ['項目A', '項目B', '項目C', '項目D'],
    ['認知症研究開発事業', 100, 40, 60],
    ['小計', 100, 40, 60],
  ]);
  const mapping: ColumnMapping = {
    headerTop: 1,
    headerBottom: 1,
    columns: [
      { col: 0, role: 'name', header: '項目A' },
      { col: 1, role: 'total', header: '項目B' },
      { col: 2, role: 'projectAmount', projectId: 'genome-data', header: '項目C', unit: '百万円' },
      { col: 3, role: 'projectAmount', projectId: 'disease-basic', header: '項目D' },
    ],
  };

  test('headers nobody would detect are read as the user says', () => {
    expect(readTable(sheet, pack).mapping).toBeNull();
    const table = readTable(sheet, pack, { mapping });
    expect(table.mappingSource).toBe('user');
    expect(table.mapping).toBe(mapping);
    expect(table).toMatchObject({ unit: '千円', unitSource: 'title' });
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({
      name: { value: '認知症研究開発事業', cell: 'A3' },
      total: { value: 100_000 },
      projectAmounts: [
        { projectId: 'genome-data', amount: { value: 40_000_000 } },
        { projectId: 'disease-basic', amount: { value: 60_000 } },
      ],
    });
    expect(table.subtotals.map((s) => s.covers)).toEqual([[3]]);
    expect(table.findings).toEqual([]);
  });

  test("the mapping's unit applies to every amount column", () => {
    const table = readTable(sheet, pack, { mapping: { ...mapping, unit: '円' } });
    expect(table).toMatchObject({ unit: '円', unitSource: 'user' });
    expect(table.rows[0].projectAmounts.map((p) => p.amount.value)).toEqual([40, 60]);
  });

  test('a mapping without a name column still reports it', () => {
    const table = readTable(sheet, pack, { mapping: { ...mapping, columns: mapping.columns.slice(1) } });
    expect(table.findings.map((f) => f.rule)).toEqual(['required-column-missing']);
  });

  test('a mapping pointing outside the grid reads nothing, without throwing', () => {
    const table = readTable(sheet, pack, { mapping: { headerTop: 50, headerBottom: 51, columns: [{ col: 300, role: 'name', header: 'x' }] } });
    expect(table.rows).toEqual([]);
  });
});

describe('mapping JSON', () => {
  const mapping: ColumnMapping = {
    headerTop: 2,
    headerBottom: 3,
    columns: [
      { col: 1, role: 'name', header: '事業名' },
      { col: 4, role: 'request', header: '令和６年度要求額（千円） / 要求', unit: '千円' },
      { col: 8, role: 'projectAmount', projectId: 'pharma', header: '統合プロジェクト別内訳 / ①医薬品' },
    ],
    unit: '千円',
  };

  test('is versioned and round-trips', () => {
    const json = serializeMapping(mapping);
    expect(JSON.parse(json)).toMatchObject({ version: 1 });
    expect(parseMapping(json)).toEqual(mapping);
  });

  test.each([
    ['not JSON', '{'],
    ['JSON null', 'null'],
    ['another version', serializeMapping(mapping).replace('"version":1', '"version":2')],
    ['no version', JSON.stringify(mapping)],
    ['unknown role', serializeMapping({ ...mapping, columns: [{ col: 0, role: 'amount' as never, header: 'x' }] })],
    ['projectAmount without projectId', serializeMapping({ ...mapping, columns: [{ col: 0, role: 'projectAmount', header: 'x' }] })],
    ['negative column', serializeMapping({ ...mapping, columns: [{ col: -1, role: 'name', header: 'x' }] })],
    ['unknown unit', serializeMapping({ ...mapping, unit: '万円' as never })],
    ['header bottom above top', serializeMapping({ ...mapping, headerTop: 5, headerBottom: 4 })],
  ])('%s → null', (_, json) => {
    expect(parseMapping(json)).toBeNull();
  });

  test('property: any valid mapping round-trips; any string parses to a mapping or null', () => {
    const column = fc.record(
      {
        col: fc.integer({ min: 0, max: 16_383 }),
        role: fc.constantFrom(...COLUMN_ROLES.filter((r) => r !== 'projectAmount' && r !== 'projectPrevious')),
        header: fc.string(),
        unit: fc.constantFrom(...UNITS),
      },
      { requiredKeys: ['col', 'role', 'header'] },
    );
    const validMapping = fc
      .record({ top: fc.nat(1000), height: fc.nat(2), columns: fc.array(column, { maxLength: 20 }), unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined }) })
      .map(({ top, height, columns, unit }): ColumnMapping => ({ headerTop: top, headerBottom: top + height, columns, ...(unit ? { unit } : {}) }));
    fc.assert(fc.property(validMapping, (m) => expect(parseMapping(serializeMapping(m))).toEqual(m)));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const parsed = parseMapping(text);
        expect(parsed === null || Array.isArray(parsed.columns)).toBe(true);
      }),
    );
  });
});
