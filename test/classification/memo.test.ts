import { BoundedMemo } from '../../src/domain/classification/memo';

describe('BoundedMemo', () => {
  it('computes a repeated key once while it pays', () => {
    const memo = new BoundedMemo<number>(100);
    let computed = 0;
    for (let i = 0; i < 1000; i++) memo.get(() => `k${i % 10}`, () => ++computed && i % 10);
    expect(computed).toBe(10);
  });

  it('gives the computed answer whether it stores or not', () => {
    const memo = new BoundedMemo<string>(8);
    for (let i = 0; i < 500; i++) expect(memo.get(() => `k${i}`, () => `v${i}`)).toBe(`v${i}`);
  });

  it('builds keys for ever fewer look-ups while nothing repeats', () => {
    const limit = 100;
    const memo = new BoundedMemo<number>(limit);
    let keys = 0;
    const rounds = 200;
    for (let i = 0; i < rounds * limit; i++) memo.get(() => String(++keys), () => i);
    // Probing every other round would build half the keys; backing off to 16 skipped rounds, about one in seventeen.
    expect(keys).toBeLessThan((rounds * limit) / 10);
  });

  it('probes again after skipping, and stores once keys repeat', () => {
    const limit = 100;
    const memo = new BoundedMemo<number>(limit);
    for (let i = 0; i < 50 * limit; i++) memo.get(() => `distinct${i}`, () => i);
    let computed = 0;
    // 17 rounds cover the longest skip; then a probe finds the repeats and the memo keeps them.
    for (let i = 0; i < 40 * limit; i++) memo.get(() => `k${i % 5}`, () => ++computed);
    const before = computed;
    for (let i = 0; i < 5 * limit; i++) memo.get(() => `k${i % 5}`, () => ++computed);
    expect(computed - before).toBeLessThanOrEqual(5);
  });
});
