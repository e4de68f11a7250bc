import fc from 'fast-check';
import { allocateProRata } from '../../src/domain/engine/allocate';

describe('allocateProRata', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [100, [1, 2], [33, 67]],
    [-10, [1, 1, 1], [-4, -3, -3]],
    [0, [1, 2], [0, 0]],
    [7, [0, 5], [0, 7]],
    [5, [3], [5]],
    // 認知症研究開発事業: 前年度 1,200,000千円 over its R5 split ④1,045,895 ⑤296,307
    [1_200_000, [1_045_895, 296_307], [935_086, 264_914]],
    // ties go to the earlier weight
    [1, [1, 1], [1, 0]],
  ])('%d by %j → %j', (amount, weights, expected) => {
    expect(allocateProRata(amount, weights)).toEqual(expected);
  });

  it('is exact beyond 2^53 intermediate products (yen amounts of a large ministry)', () => {
    const parts = allocateProRata(9_007_199_254_740, [9_007_199_254, 1, 3]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(9_007_199_254_740);
    expect(parts[1]).toBe(1000);
  });

  it.each([
    [1.5, [1]],
    [10, [-1, 2]],
    [10, [0, 0]],
    [10, []],
    [10, [0.5, 1]],
    [Number.MAX_SAFE_INTEGER + 2, [1]],
  ])('refuses %d by %j', (amount, weights) => {
    expect(() => allocateProRata(amount, weights)).toThrow(RangeError);
  });

  it('parts sum to the amount and each is within one unit of its exact quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e10 }), { minLength: 1, maxLength: 8 }).filter((w) => w.some((x) => x > 0)),
        (amount, weights) => {
          const parts = allocateProRata(amount, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          const total = BigInt(weights.reduce((a, b) => a + b, 0));
          parts.forEach((part, i) => {
            // |part − amount·w/W| < 1  ⇔  |part·W − amount·w| < W
            const gap = BigInt(part) * total - BigInt(amount) * BigInt(weights[i]);
            expect(gap < total && -gap < total).toBe(true);
            if (weights[i] === 0) expect(part).toBe(0);
          });
        },
      ),
    );
  });
});
