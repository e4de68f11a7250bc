import fc from 'fast-check';
import { UNITS, type Unit } from '../../src/domain/model/amount';
import { parseAmount } from '../../src/domain/reading';

/**
 * Number cells take a quick path when they are whole yen in their unit; it must agree with
 * the exact decimal reading of the same number typed as text, for every unit and every
 * number of decimals (whole yen or not), up to the largest amounts.
 */
describe('parseAmount on number cells agrees with the exact reading of their text', () => {
  const unit = fc.constantFrom<Unit>(...UNITS);

  test('for numbers with up to 9 decimals', () => {
    fc.assert(
      fc.property(unit, fc.integer({ min: -9_007_199_254, max: 9_007_199_254 }), fc.integer({ min: 0, max: 9 }), (u, units, decimals) => {
        const cell = units / 10 ** decimals;
        const text = String(cell);
        fc.pre(!text.includes('e'));
        expect(parseAmount(cell, u)).toEqual(parseAmount(text, u));
      }),
    );
  });

  test('for any double that prints without an exponent', () => {
    fc.assert(
      fc.property(unit, fc.double({ min: -1e15, max: 1e15, noNaN: true }), (u, cell) => {
        const text = String(cell);
        fc.pre(!text.includes('e') && !Object.is(cell, -0));
        expect(parseAmount(cell, u)).toEqual(parseAmount(text, u));
      }),
    );
  });

  test.each<[number, Unit]>([
    [2 ** 51 / 1000, '千円'],
    [2 ** 53 - 1, '円'],
    [2 ** 53 / 1000, '千円'],
  ])('at the edge of exact arithmetic: %d %s', (cell, u) => {
    expect(parseAmount(cell, u)).toEqual(parseAmount(String(cell), u));
  });

  test('minus zero is the amount 0', () => {
    expect(parseAmount(-0, '千円')).toEqual({ kind: 'amount', yen: 0, unit: '千円', rounded: false });
  });
});
