import fc from 'fast-check';
import { UNITS, YEN_PER_UNIT, type Unit } from '../../src/domain/model/amount';
import type { CellValue } from '../../src/domain/model/grid';
import { formatAmount, parseAmount, type AmountParse } from '../../src/domain/reading';

function yen(raw: CellValue, unit: Unit, format?: string | null): number | null {
  const parsed = parseAmount(raw, unit, format);
  return parsed.kind === 'amount' ? parsed.yen : null;
}

describe('parseAmount: amounts become exact integer yen', () => {
  test.each<[CellValue, Unit, number]>([
    [1234, '千円', 1_234_000],
    [9155.3, '百万円', 9_155_300_000],
    ['9,155.3', '百万円', 9_155_300_000],
    [0.1, '億円', 10_000_000],
    [1.005, '千円', 1_005],
    [0, '千円', 0],
    ['0', '千円', 0],
    ['1,342,202', '千円', 1_342_202_000],
    ['１，３４２，２０２', '千円', 1_342_202_000],
    ['１２３４．５', '千円', 1_234_500],
    ['△1,234', '千円', -1_234_000],
    ['▲1,234', '千円', -1_234_000],
    ['-1,234', '千円', -1_234_000],
    ['−1,234', '千円', -1_234_000],
    ['－1,234', '千円', -1_234_000],
    ['ー1,234', '千円', -1_234_000],
    ['(1,234)', '千円', -1_234_000],
    ['（１，２３４）', '千円', -1_234_000],
    ['△ 54.8', '百万円', -54_800_000],
    ['+12', '円', 12],
    [' 1,234 ', '千円', 1_234_000],
    ['1,234千円', '百万円', 1_234_000],
    ['1.5百万円', '千円', 1_500_000],
    ['3億円', '千円', 300_000_000],
    ['△1,234千円', '円', -1_234_000],
    ['¥1,234', '千円', 1_234],
    ['￥1,234', '千円', 1_234],
    ['.5', '千円', 500],
    [-250, '千円', -250_000],
    [1e21, '円', Number.NaN],
  ])('%p in %s', (raw, unit, expected) => {
    if (Number.isNaN(expected)) expect(parseAmount(raw, unit)).toEqual({ kind: 'problem', problem: { kind: 'not-number', reason: 'out-of-range' } });
    else expect(yen(raw, unit)).toBe(expected);
  });

  test.each<[number, Unit, number, number]>([
    [0.29, '億円', 28_999_999.999999996, 29_000_000],
    [1.005, '千円', 1004.9999999999999, 1_005],
  ])('never multiplies floats: %d %s is not %d but exactly %d yen', (raw, unit, floatProduct, expected) => {
    expect(raw * YEN_PER_UNIT[unit]).toBe(floatProduct);
    expect(parseAmount(raw, unit)).toEqual({ kind: 'amount', yen: expected, unit, rounded: false });
  });

  test('a unit suffix overrides the column unit and is reported back', () => {
    expect(parseAmount('1,234千円', '百万円')).toEqual({ kind: 'amount', yen: 1_234_000, unit: '千円', rounded: false });
  });

  test.each<[CellValue, Unit, number]>([
    [0.5, '円', 1],
    [-0.5, '円', -1],
    [2.5, '円', 3],
    ['1.2345', '千円', 1_235],
    ['△1.2345', '千円', -1_235],
    [0.0004, '千円', 0],
  ])('a fraction of a yen is rounded half away from zero: %p %s → %d', (raw, unit, expected) => {
    expect(parseAmount(raw, unit)).toEqual({ kind: 'amount', yen: expected, unit, rounded: true });
  });
});

describe('parseAmount: nil and problems', () => {
  test.each<CellValue>([null, '', '  ', '-', '―', '－', '‐', '—', 'ー', '−', '--', '　'])('%p is nil', (raw) => {
    expect(parseAmount(raw, '千円')).toEqual({ kind: 'nil' });
  });

  test.each<[CellValue, AmountParse]>([
    [{ error: '#REF!' }, { kind: 'problem', problem: { kind: 'error-value', error: '#REF!' } }],
    [{ error: '#N/A' }, { kind: 'problem', problem: { kind: 'error-value', error: '#N/A' } }],
    ['未定', { kind: 'problem', problem: { kind: 'not-number', reason: 'text' } }],
    ['調整中', { kind: 'problem', problem: { kind: 'not-number', reason: 'text' } }],
    ['要求なし', { kind: 'problem', problem: { kind: 'not-number', reason: 'text' } }],
    ['1-2', { kind: 'problem', problem: { kind: 'not-number', reason: 'text' } }],
    ['1,2345', { kind: 'problem', problem: { kind: 'not-number', reason: 'text' } }],
    ['1.234.5', { kind: 'problem', problem: { kind: 'not-number', reason: 'text' } }],
    ['1,234△', { kind: 'problem', problem: { kind: 'not-number', reason: 'text' } }],
    ['①', { kind: 'problem', problem: { kind: 'not-number', reason: 'text' } }],
    ['△', { kind: 'problem', problem: { kind: 'not-number', reason: 'text' } }],
    [true, { kind: 'problem', problem: { kind: 'not-number', reason: 'boolean' } }],
    [Number.NaN, { kind: 'problem', problem: { kind: 'not-number', reason: 'out-of-range' } }],
    [Number.POSITIVE_INFINITY, { kind: 'problem', problem: { kind: 'not-number', reason: 'out-of-range' } }],
  ])('%p', (raw, expected) => {
    expect(parseAmount(raw, '千円')).toEqual(expected);
  });
});

describe('parseAmount: number formats', () => {
  test.each<[number, Unit, string, number | 'date']>([
    [1234, '百万円', '#,##0"千円"', 1_234_000],
    [1234, '千円', '#,##0;"△"#,##0', 1_234_000],
    [1234567, '千円', '#,##0,', 1_234_567],
    [1234567890, '百万円', '#,##0,,', 1_234_567_890],
    [1234567, '千円', '#,##0,;[Red]△#,##0,', 1_234_567],
    [45383, '千円', 'yyyy/m/d', 'date'],
    [45383, '千円', '[$-411]ggge"年"m"月"d"日"', 'date'],
    [12, '千円', '0.00E+00', 12_000],
    [12, '千円', 'General', 12_000],
  ])('%d in %s with %s', (raw, unit, format, expected) => {
    const parsed = parseAmount(raw, unit, format);
    if (expected === 'date') expect(parsed).toEqual({ kind: 'problem', problem: { kind: 'not-number', reason: 'date-format' } });
    else expect(parsed).toMatchObject({ kind: 'amount', yen: expected });
  });
});

describe('formatAmount', () => {
  test.each<[number, Unit, Parameters<typeof formatAmount>[2], string]>([
    [1_234_500, '千円', {}, '1,234.5'],
    [-9_155_300_000, '百万円', {}, '△9,155.3'],
    [-1_234_000, '千円', { negative: 'parentheses', fullWidth: true }, '（１，２３４）'],
    [1, '億円', { grouping: false }, '0.00000001'],
    [1_234_000, '千円', { suffix: true, negative: '▲' }, '1,234千円'],
  ])('%d in %s %p → %s', (value, unit, style, expected) => {
    expect(formatAmount(value, unit, style)).toBe(expected);
  });

  test('refuses a non-integer yen amount', () => {
    expect(() => formatAmount(1.5, '円')).toThrow(RangeError);
  });
});

describe('properties', () => {
  const unit = fc.constantFrom<Unit>(...UNITS);
  const safeYen = fc.maxSafeInteger();
  const style = fc.record(
    {
      negative: fc.constantFrom('△' as const, '▲' as const, '-' as const, 'parentheses' as const),
      grouping: fc.boolean(),
      fullWidth: fc.boolean(),
      suffix: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  test('parseAmount(formatAmount(x)) === x for every integer yen, unit and style', () => {
    fc.assert(
      fc.property(safeYen, unit, unit, style, (value, columnUnit, writtenUnit, s) => {
        // With a suffix the text carries its own unit; without one it is read in the column's unit.
        const text = formatAmount(value, writtenUnit, s);
        const readUnit = s.suffix ? columnUnit : writtenUnit;
        expect(parseAmount(text, readUnit)).toEqual({ kind: 'amount', yen: value, unit: writtenUnit, rounded: false });
      }),
    );
  });

  test('a number cell whole in its unit reads back exactly (no float error)', () => {
    fc.assert(
      fc.property(unit, fc.integer({ min: -9_000_000_000, max: 9_000_000_000 }), fc.integer({ min: 0, max: 3 }), (u, units, decimals) => {
        // A value with up to three decimals, as it would be typed into a cell.
        const cell = units / 10 ** decimals;
        const expected = (BigInt(units) * BigInt(YEN_PER_UNIT[u])) / 10n ** BigInt(decimals);
        const exact = (BigInt(units) * BigInt(YEN_PER_UNIT[u])) % 10n ** BigInt(decimals) === 0n;
        fc.pre(exact && Number.isSafeInteger(Number(expected)));
        expect(yen(cell, u)).toBe(Number(expected));
      }),
    );
  });
});
