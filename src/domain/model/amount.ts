/**
 * Money. The core keeps every amount as an integer number of yen so that sums are exact
 * (9,155.3百万円 is exactly 9,155,300,000円) — all budgets fit well inside
 * Number.MAX_SAFE_INTEGER yen (9,007兆円). Reports present amounts in the canonical
 * unit, 千円.
 */
export type Yen = number;

export const UNITS = ['円', '千円', '百万円', '億円'] as const;
export type Unit = (typeof UNITS)[number];

export const YEN_PER_UNIT: Record<Unit, number> = {
  円: 1,
  千円: 1_000,
  百万円: 1_000_000,
  億円: 100_000_000,
};

export const CANONICAL_UNIT: Unit = '千円';

/** Yen → amount in `unit` (千円 by default) for display and reports. */
export function yenToUnit(yen: Yen, unit: Unit = CANONICAL_UNIT): number {
  return yen / YEN_PER_UNIT[unit];
}
