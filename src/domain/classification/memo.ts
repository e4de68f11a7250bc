/**
 * A cache of pure results by string key. Sheets repeat the same cells (「①」, 「がん」, the same
 * 事業名 across years), so classification remembers what it has read; the answer is the same
 * with or without the cache. It empties when full, and when a whole round of look-ups found
 * almost nothing again (every row different) it stops storing for the next rounds, so that
 * unrepeated sheets do not pay for keys and memory they never use. Each further round that
 * finds nothing doubles the rounds it then skips (up to MAX_SKIPPED): a sheet of 100,000
 * distinct 事業名 builds a key for a few rows in twenty, not one in two.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();
  private lookups = 0;
  private hits = 0;
  private bypassing = false;
  /** Rounds to skip after the next unprofitable one, and rounds left to skip now. */
  private skip = 1;
  private skipping = 0;

  constructor(private readonly limit: number) {}

  get(key: () => string, compute: () => V): V {
    if (++this.lookups > this.limit) this.nextRound();
    if (this.bypassing) return compute();
    const k = key();
    const known = this.entries.get(k);
    if (known !== undefined) {
      this.hits++;
      return known;
    }
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(k, value);
    return value;
  }

  private nextRound(): void {
    if (this.bypassing) {
      // A skipped round probes again once its skips are used up.
      this.bypassing = --this.skipping > 0;
    } else if (this.hits * 10 < this.lookups) {
      // One hit in ten look-ups is worth the keys; fewer is not.
      this.bypassing = true;
      this.entries.clear();
      this.skipping = this.skip;
      this.skip = Math.min(MAX_SKIPPED, this.skip * 2);
    } else {
      this.skip = 1;
    }
    this.lookups = 1;
    this.hits = 0;
  }
}

/** At most this many rounds are skipped in a row before the memo probes again. */
const MAX_SKIPPED = 16;
