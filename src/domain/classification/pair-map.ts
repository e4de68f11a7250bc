/**
 * A map keyed by two UTF-16 code units (a character bigram) without building a string: the pair
 * is packed into one 32-bit integer and found by open addressing in a typed array. Scanning a
 * cell asks it once or more per character (lexicon prefixes, the paragraphs' bigrams), so a
 * look-up must be a few array reads, not two Map look-ups. (One number c1 × 65536 + c2 used as
 * a Map key would leave V8's small-integer range for every kanji and make each look-up allocate.)
 */
export class PairMap<V> {
  /** Packed pairs, by slot; a slot is free while its value is undefined. */
  private keys = new Int32Array(INITIAL_SLOTS);
  private values: (V | undefined)[] = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined);
  private mask = INITIAL_SLOTS - 1;
  private size = 0;

  get(first: number, second: number): V | undefined {
    const key = (first << 16) | second;
    for (let slot = hash(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const value = this.values[slot];
      if (value === undefined || this.keys[slot] === key) return value;
    }
  }

  set(first: number, second: number, value: V): void {
    const key = (first << 16) | second;
    let slot = hash(key) & this.mask;
    while (this.values[slot] !== undefined && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    if (this.values[slot] === undefined) this.size++;
    this.keys[slot] = key;
    this.values[slot] = value;
    // At most half full, so that a missing pair (most characters of a cell) ends its probe quickly.
    if (this.size * 2 > this.keys.length) this.grow();
  }

  /** The bigram at position i of text. */
  at(text: string, i: number): V | undefined {
    return i + 1 < text.length ? this.get(text.charCodeAt(i), text.charCodeAt(i + 1)) : undefined;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Array<V | undefined>(keys.length * 2).fill(undefined);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      const value = values[slot];
      if (value !== undefined) this.set(keys[slot] >>> 16, keys[slot] & 0xffff, value);
    }
  }
}

const INITIAL_SLOTS = 64;

/** Spreads the packed pair over the slots (multiplicative hashing; the high bits are the well-mixed ones). */
function hash(key: number): number {
  const mixed = Math.imul(key, 0x9e3779b1);
  return (mixed >>> 16) ^ mixed;
}
