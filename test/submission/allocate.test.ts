import fc from 'fast-check';
import { allocateByLargestRemainder } from '../../src/domain/submission/allocate';

describe('allocateByLargestRemainder', () => {
  it.each([
    // 認知症研究開発事業: 前年度 1,300,000 by the R5 request split ④1,045,895 / ⑤296,307
    // (exact: 1,013,009.59 / 286,990.41).
    { amount: 1_300_000, weights: [1_045_895, 296_307], parts: [1_013_010, 286_990] },
    // 革新的がん医療実用化研究事業, five projects. Rounding each part would give 8,333,332;
    // the one 千円 left goes to the largest remainder (2,162,764.37…).
    {
      amount: 8_333_333,
      weights: [2_276_602, 196_102, 1_374_529, 3_845_685, 1_079_042],
      parts: [2_162_765, 186_296, 1_305_798, 3_653_388, 1_025_086],
    },
    // Equal remainders: the earlier share gets the unit.
    { amount: 100, weights: [1, 1, 1], parts: [34, 33, 33] },
    { amount: 10, weights: [0, 5, 5], parts: [0, 5, 5] },
    { amount: 7, weights: [3], parts: [7] },
    // Negative amounts split like positive ones.
    { amount: -100, weights: [1, 2], parts: [-33, -67] },
    // A 円-precise amount (from a sheet in 円) is split in whole 円.
    { amount: 1234.567, weights: [1, 1], parts: [617.284, 617.283] },
    // Fractional weights (shares in 円) are fine.
    { amount: 1000, weights: [0.5, 1.5], parts: [250, 750] },
  ])('splits $amount over $weights into $parts', ({ amount, weights, parts }) => {
    expect(allocateByLargestRemainder(amount, weights)).toEqual(parts);
  });

  it.each([
    { weights: [] as number[] },
    { weights: [0, 0] },
    { weights: [5, -1] },
    { weights: [Number.NaN, 1] },
  ])('returns null when $weights cannot say how to split', ({ weights }) => {
    expect(allocateByLargestRemainder(100, weights)).toBeNull();
  });

  const weights = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 8 }).filter((w) => w.some((x) => x > 0));

  it('parts are whole 千円, add up exactly, and each is within one 千円 of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), weights, (amount, ws) => {
        const parts = allocateByLargestRemainder(amount, ws) as number[];
        const sum = ws.reduce((a, b) => a + b, 0);
        expect(parts.every(Number.isInteger)).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
        parts.forEach((part, i) => expect(Math.abs(part - (amount * ws[i]) / sum)).toBeLessThan(1));
      }),
    );
  });

  it('an amount with 円 in it is split in whole 円 that add up exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000_000 }), weights, (yen, ws) => {
        const parts = allocateByLargestRemainder(yen / 1000, ws) as number[];
        const partsYen = parts.map((p) => Math.round(p * 1000));
        parts.forEach((p, i) => expect(p).toBe(partsYen[i] / 1000));
        expect(partsYen.reduce((a, b) => a + b, 0)).toBe(yen);
      }),
    );
  });
});
