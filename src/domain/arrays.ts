/**
 * Loops over arrays whose length follows the sheet. `Math.max(...values)` and
 * `target.push(...items)` pass every element as a call argument, which overflows the call stack
 * (RangeError) somewhere past ~100,000 elements: a 10,000-row sheet did it. The lint rule
 * against spread arguments (eslint.config.mjs) points here.
 */

/** The largest of `values` and `floor` (floor for an empty list). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest of `values` and `ceiling` (ceiling for an empty list). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** Appends every item to target, in order, and returns target. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * Sorts a short list in place, stably, as Array.prototype.sort would with the same comparator.
 * V8's sort copies every list into a work array first; per-row lists of a few items sorted for
 * each of 100,000 rows made that copy one of the engine's largest sources of garbage.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    while (j >= 0 && compare(list[j], item) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
