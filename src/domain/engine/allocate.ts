import { sortSmall } from '../arrays';
/**
 * Splits an integer amount into integer parts proportional to integer weights, by the largest
 * remainder method: each part is its quota rounded down, and the units left over go to the
 * largest remainders (earlier weights first on ties). The parts always sum exactly to the amount
 * and each differs from its exact quota by less than one unit. A negative amount is split as its
 * magnitude, negated.
 *
 * amount × weight can exceed 2^53 for budget-sized yen amounts: such splits are done in BigInt.
 * Throws RangeError when amount or weights are not safe integers, a weight is negative, or all
 * weights are zero (nothing to split by): callers decide what such a row means.
 */
export function allocateProRata(amount: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`allocateProRata: amount must be a safe integer, got ${amount}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('allocateProRata: weights must be non-negative safe integers');
  if (amount < 0) return allocateProRata(-amount, weights).map((part) => (part === 0 ? 0 : -part));
  let total = 0;
  let heaviest = 0;
  for (const w of weights) {
    total += w;
    if (w > heaviest) heaviest = w;
  }
  if (total === 0) throw new RangeError('allocateProRata: weights sum to zero');
  // Plain numbers are exact while every product and the sum stay within 2^53 (most rows); BigInt otherwise.
  return amount * heaviest <= Number.MAX_SAFE_INTEGER && total <= Number.MAX_SAFE_INTEGER ? allocateExactly(amount, weights, total) : allocateInBigInt(amount, weights);
}

function allocateExactly(amount: number, weights: readonly number[], total: number): number[] {
  const parts = weights.map((w) => {
    const scaled = amount * w;
    return (scaled - (scaled % total)) / total;
  });
  let left = amount - parts.reduce((sum, p) => sum + p, 0);
  if (left === 0) return parts;
  const byRemainder = weights.map((w, index) => ({ index, remainder: (amount * w) % total }));
  sortSmall(byRemainder, (a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const q of byRemainder) {
    if (left === 0) break;
    parts[q.index] += 1;
    left -= 1;
  }
  return parts;
}

function allocateInBigInt(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + BigInt(w), 0n);
  const whole = BigInt(amount);
  const quotas = weights.map((w, index) => {
    const scaled = whole * BigInt(w);
    return { index, floor: scaled / total, remainder: scaled % total };
  });
  let left = whole - quotas.reduce((sum, q) => sum + q.floor, 0n);
  const parts = quotas.map((q) => q.floor);
  const byRemainder = sortSmall([...quotas], (a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const q of byRemainder) {
    if (left === 0n) break;
    parts[q.index] += 1n;
    left -= 1n;
  }
  return parts.map(Number);
}
