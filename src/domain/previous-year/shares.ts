import { YEN_PER_UNIT, type Unit, type Yen } from '../model/amount';
import { allocateProRata } from '../engine/allocate';

/**
 * This year's amount of a 事業 divided as last year's split divided it: last year's amounts are
 * the weights, and the parts are rounded by the largest remainder, so they add up exactly to
 * this year's amount. Rounded in the sheet's own unit (whole 千円 on a 千円 sheet) when the
 * amount is a whole number of it, so each part is a figure the officer could have written; to
 * the yen otherwise.
 *
 * One weight takes the whole amount. Null parts when the weights give no proportions (a label
 * naming several projects without amounts, a negative or all-zero split) or the amount is unknown.
 */
export function splitByWeights(amount: Yen | null, weights: readonly (number | null)[], unit: Unit): (Yen | null)[] {
  if (amount === null || !Number.isSafeInteger(amount)) return weights.map(() => null);
  if (weights.length === 1) return [amount];
  if (weights.some((w) => w === null || !Number.isSafeInteger(w) || w < 0) || !weights.some((w) => (w ?? 0) > 0)) return weights.map(() => null);
  const step = YEN_PER_UNIT[unit];
  const inUnits = amount % step === 0;
  const parts = allocateProRata(inUnits ? amount / step : amount, weights as number[]);
  return inUnits ? parts.map((p) => p * step) : parts;
}

/**
 * The weights of some of last year's projects and of what the others weighed (the part that
 * stays 統合プロジェクト未特定): `of` is last year's whole amount.
 */
export function withRest(weights: readonly number[], of: number): number[] {
  const rest = of - weights.reduce((sum, w) => sum + w, 0);
  return rest > 0 ? [...weights, rest] : [...weights];
}
