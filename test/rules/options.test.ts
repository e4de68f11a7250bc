import { numberOptions } from '../../src/domain/rules/options';

/** Rule options without a schema library: defaults, bounds, unknown keys, wrong types. */
describe('numberOptions', () => {
  const options = numberOptions({ ratio: { default: 0.5, min: 0, exclusive: true }, minAmount: { default: 100, min: 0 }, free: { default: -3 } });

  it('fills what is not given with its default and keeps what is', () => {
    expect(options.parse({})).toEqual({ ratio: 0.5, minAmount: 100, free: -3 });
    expect(options.parse({ ratio: 2, minAmount: 0, free: -1e9 })).toEqual({ ratio: 2, minAmount: 0, free: -1e9 });
  });

  it.each<[unknown, string]>([
    [{ ratio: 0 }, 'ratio: must be > 0'],
    [{ minAmount: -1 }, 'minAmount: must be ≥ 0'],
    [{ ratio: '0.5' }, 'ratio: expected a number'],
    [{ ratio: Number.NaN }, 'ratio: expected a number'],
    [{ minAmount: Number.POSITIVE_INFINITY }, 'minAmount: expected a number'],
    [{ ratios: 1, other: 2 }, '(options): unknown option(s) "ratios", "other" (known: ratio, minAmount, free)'],
    ['big', '(options): expected an object of options'],
    [null, '(options): expected an object of options'],
    [[1], '(options): expected an object of options'],
  ])('refuses %j: %s', (input, message) => {
    expect(options.safeParse(input).success).toBe(false);
    expect(() => options.parse(input)).toThrow(message);
  });

  it('lists every issue at once, each at its option', () => {
    const result = options.safeParse({ ratio: -1, minAmount: 'x', extra: 1 });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['', 'ratio', 'minAmount']);
  });

  it('takes nothing when a rule has no options', () => {
    const none = numberOptions({});
    expect(none.parse({})).toEqual({});
    expect(() => none.parse({ tolerance: 1 })).toThrow('unknown option(s) "tolerance" (known: none)');
  });
});
