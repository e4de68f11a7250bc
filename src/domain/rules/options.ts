/**
 * A rule's options (ESLint's "options schema"): each a number with a default and a lower bound,
 * the only kind the rules take. Plain code with zod's parse/safeParse shape, so that running the
 * rules loads no schema library: loading zod took 0.2–0.4 s of every CLI check.
 */

export interface NumberOption {
  readonly default: number;
  /** The value must be at least this, or above it when `exclusive`. */
  readonly min?: number;
  readonly exclusive?: boolean;
}

export interface OptionIssue {
  /** The option at fault; empty for the options as a whole. */
  readonly path: readonly string[];
  readonly message: string;
}

export type OptionsParse<P> = { readonly success: true; readonly data: P } | { readonly success: false; readonly error: { readonly issues: readonly OptionIssue[] } };

export interface OptionsSchema<P> {
  readonly spec: Readonly<Record<string, NumberOption>>;
  safeParse(input: unknown): OptionsParse<P>;
  /** As safeParse; throws an Error listing the issues. */
  parse(input: unknown): P;
}

function issuesOf(spec: Readonly<Record<string, NumberOption>>, input: unknown): OptionIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [{ path: [], message: 'expected an object of options' }];
  const given = input as Record<string, unknown>;
  const known = Object.keys(spec);
  const unknown = Object.keys(given).filter((key) => !Object.hasOwn(spec, key));
  const issues: OptionIssue[] = unknown.length > 0 ? [{ path: [], message: `unknown option(s) ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${known.join(', ') || 'none'})` }] : [];
  for (const [key, option] of Object.entries(spec)) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ path: [key], message: 'expected a number' });
    else if (option.min !== undefined && (option.exclusive ? value <= option.min : value < option.min)) {
      issues.push({ path: [key], message: `must be ${option.exclusive ? '>' : '≥'} ${option.min}` });
    }
  }
  return issues;
}

/** Options from their spec; what is not given takes its default. */
export function numberOptions<K extends string>(spec: Readonly<Record<K, NumberOption>>): OptionsSchema<{ readonly [key in K]: number }> {
  type P = { readonly [key in K]: number };
  const safeParse = (input: unknown): OptionsParse<P> => {
    const issues = issuesOf(spec, input);
    if (issues.length > 0) return { success: false, error: { issues } };
    const given = input as Record<string, unknown>;
    const data = Object.fromEntries(Object.entries<NumberOption>(spec).map(([key, option]) => [key, (given[key] as number | undefined) ?? option.default])) as P;
    return { success: true, data };
  };
  return {
    spec,
    safeParse,
    parse(input) {
      const result = safeParse(input);
      if (!result.success) throw new Error(result.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; '));
      return result.data;
    },
  };
}
