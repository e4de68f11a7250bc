/**
 * A map keyed by two UTF-16 code units (a character bigram) without building a string: two
 * small-integer look-ups. (One number c1 × 65536 + c2 would leave V8's small-integer range for
 * every kanji and make each look-up allocate.)
 */
export class PairMap<V> {
  private readonly byFirst = new Map<number, Map<number, V>>();

  get(first: number, second: number): V | undefined {
    return this.byFirst.get(first)?.get(second);
  }

  set(first: number, second: number, value: V): void {
    let inner = this.byFirst.get(first);
    if (!inner) {
      inner = new Map();
      this.byFirst.set(first, inner);
    }
    inner.set(second, value);
  }

  /** The bigram at position i of text. */
  at(text: string, i: number): V | undefined {
    return this.get(text.charCodeAt(i), text.charCodeAt(i + 1));
  }
}
