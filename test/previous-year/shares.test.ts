import fc from 'fast-check';
import { splitByWeights, withRest } from '../../src/domain/previous-year/shares';

const K = 1000;

describe("this year's amount split as last year's split", () => {
  it('認知症研究開発事業: ④1,045,895 + ⑤296,307 of last year, applied to 1,400,000 千円, in whole 千円 adding up exactly', () => {
    // Quotas 1,090,933.406 and 309,066.594 千円: the larger remainder takes the 千円 left over.
    const parts = splitByWeights(1_400_000 * K, [1_045_895 * K, 296_307 * K], '千円') as number[];
    expect(parts).toEqual([1_090_933 * K, 309_067 * K]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1_400_000 * K);
    for (const p of parts) expect(p % K).toBe(0);
  });

  it('免疫アレルギー疾患実用化研究事業: three parts of an odd amount still add up', () => {
    const parts = splitByWeights(900_001 * K, [58_888 * K, 88_888 * K, 712_610 * K], '千円') as number[];
    expect(parts.reduce((a, b) => a + b, 0)).toBe(900_001 * K);
    // Quotas 61,599.397, 92,980.696 and 745,420.907: the two largest remainders take one 千円 each.
    expect(parts.map((p) => p / K)).toEqual([61_599, 92_981, 745_421]);
  });

  it('rounds to the yen when the amount is not a whole number of the sheet\'s unit', () => {
    const parts = splitByWeights(1_001, [1, 1, 1], '千円') as number[];
    expect(parts).toEqual([334, 334, 333]);
  });

  it('one weight takes the whole amount, even an unknown weight', () => {
    expect(splitByWeights(5 * K, [null], '千円')).toEqual([5 * K]);
    expect(splitByWeights(5 * K, [3], '千円')).toEqual([5 * K]);
  });

  it('no proportions: unknown, all-zero or negative weights, or no amount', () => {
    expect(splitByWeights(5 * K, [null, 2], '千円')).toEqual([null, null]);
    expect(splitByWeights(5 * K, [0, 0], '千円')).toEqual([null, null]);
    expect(splitByWeights(5 * K, [-1, 2], '千円')).toEqual([null, null]);
    expect(splitByWeights(null, [1, 2], '千円')).toEqual([null, null]);
  });

  it('a project not carried over leaves its part to 統合プロジェクト未特定 (the rest weighs it)', () => {
    expect(withRest([30, 50], 100)).toEqual([30, 50, 20]);
    expect(withRest([30, 70], 100)).toEqual([30, 70]);
    expect((splitByWeights(10 * K, withRest([3 * K], 10 * K), '千円') as number[])[0]).toBe(3 * K);
  });

  it('always adds up exactly, in whole units where the amount is, each part within one unit of its quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 2, maxLength: 8 }).filter((w) => w.some((x) => x > 0)),
        fc.constantFrom('円', '千円', '百万円') as fc.Arbitrary<'円' | '千円' | '百万円'>,
        (units, weights, unit) => {
          const step = unit === '円' ? 1 : unit === '千円' ? K : 1_000_000;
          const amount = units * step;
          const parts = splitByWeights(amount, weights, unit) as number[];
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          const total = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            expect(Math.abs(p) % step).toBe(0);
            expect(Math.abs(p - (amount * weights[i]) / total)).toBeLessThan(step);
          });
        },
      ),
    );
  });
});
