import { sortSmall } from '../arrays';
/**
 * Pro-rata allocation by the largest-remainder method, so that the parts always add up to
 * the amount exactly (a sheet whose shares do not add up fails its own audit).
 *
 * Amounts are 千円. The unit of rounding is one 千円 when the amount is a whole number of
 * 千円 (the usual case), else one 円 (0.001 千円: the core keeps amounts as whole yen).
 * Arithmetic is done in BigInt so large budgets and weights stay exact.
 *
 * Returns null when the weights cannot say how to split: none, a negative one, or all 0.
 */
export function allocateByLargestRemainder(amount: number, weights: readonly number[]): number[] | null {
  if (!canWeigh(weights)) return null;
  const weightUnits = weights.map((w) => BigInt(Math.round(w * 1000)));
  const weightSum = weightUnits.reduce((a, b) => a + b, 0n);

  const scale = Number.isInteger(amount) ? 1 : 1000;
  const sign = amount < 0 ? -1n : 1n;
  const units = BigInt(Math.round(Math.abs(amount) * scale));

  const parts = weightUnits.map((w) => (units * w) / weightSum);
  const remainders = weightUnits.map((w, index) => ({ index, remainder: (units * w) % weightSum }));
  let left = units - parts.reduce((a, b) => a + b, 0n);
  // Largest remainder first; ties go to the earlier share so the result is deterministic.
  sortSmall(remainders, (a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] += 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(sign * p) / scale);
}

/** Weights can divide an amount: at least one, none negative, not all 0 (to the 円). */
export function canWeigh(weights: readonly number[]): boolean {
  return weights.length > 0 && weights.every((w) => Number.isFinite(w) && w >= 0) && weights.some((w) => Math.round(w * 1000) > 0);
}
