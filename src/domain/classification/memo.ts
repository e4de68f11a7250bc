/**
 * A cache of pure results by string key. Sheets repeat the same cells (「①」, 「がん」, the same
 * 事業名 across years), so classification remembers what it has read; the answer is the same
 * with or without the cache. It empties when full, and when a whole round of look-ups found
 * almost nothing again (every row different) it stops storing for the next round, so that
 * unrepeated sheets do not pay for keys and memory they never use.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();
  private lookups = 0;
  private hits = 0;
  private bypassing = false;

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
    // One hit in ten look-ups is worth the keys; fewer is not. A bypassed round probes again next time.
    this.bypassing = !this.bypassing && this.hits * 10 < this.lookups;
    if (this.bypassing) this.entries.clear();
    this.lookups = 1;
    this.hits = 0;
  }
}
