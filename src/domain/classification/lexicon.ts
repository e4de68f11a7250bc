import { PairMap } from './pair-map';

/**
 * A dictionary of key strings scanned over a text in one pass: for each position, the keys
 * starting there are looked up by their first two characters (longest first). Enough for a
 * few thousand policy terms over short cells, and small — no tokeniser or word list to ship.
 */
interface Bucket<T> {
  readonly key: string;
  readonly values: readonly T[];
}

export interface Lexicon<T> {
  /** Keys of two or more characters by their first two characters, longest first. */
  readonly byPrefix: PairMap<readonly Bucket<T>[]>;
  /** One-character keys by char code. */
  readonly bySingle: ReadonlyMap<number, Bucket<T>>;
  /**
   * Per UTF-16 code unit, whether some key starts with it (STARTS_LONGER, STARTS_SINGLE): most
   * characters of a cell start none, and one typed-array read then saves the map look-ups.
   */
  readonly starts: Uint8Array;
}

const STARTS_LONGER = 1;
const STARTS_SINGLE = 2;

export interface LexiconMatch<T> {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly key: string;
  readonly values: readonly T[];
}

/** Build from (key, value) pairs; one key may carry several values, kept in insertion order. */
export function buildLexicon<T>(pairs: Iterable<readonly [string, T]>): Lexicon<T> {
  const byKey = new Map<string, T[]>();
  for (const [key, value] of pairs) {
    if (key.length === 0) continue;
    const values = byKey.get(key);
    if (values) values.push(value);
    else byKey.set(key, [value]);
  }
  const byPrefix = new PairMap<Bucket<T>[]>();
  const bySingle = new Map<number, Bucket<T>>();
  const starts = new Uint8Array(0x10000);
  for (const [key, values] of byKey) {
    if (key.length === 1) {
      bySingle.set(key.charCodeAt(0), { key, values });
      starts[key.charCodeAt(0)] |= STARTS_SINGLE;
      continue;
    }
    starts[key.charCodeAt(0)] |= STARTS_LONGER;
    const bucket = byPrefix.at(key, 0);
    if (bucket) bucket.push({ key, values });
    else byPrefix.set(key.charCodeAt(0), key.charCodeAt(1), [{ key, values }]);
  }
  for (const [key] of byKey) {
    if (key.length > 1) byPrefix.at(key, 0)?.sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
  }
  return { byPrefix, bySingle, starts };
}

/** Calls `visit` for every occurrence of every key (overlaps included), ordered by start then longest first. */
export function forEachMatch<T>(lexicon: Lexicon<T>, text: string, visit: (start: number, end: number, key: string, values: readonly T[]) => void): void {
  for (let i = 0; i < text.length; i++) {
    const starts = lexicon.starts[text.charCodeAt(i)];
    if (starts === 0) continue;
    if (starts & STARTS_LONGER && i + 1 < text.length) {
      const bucket = lexicon.byPrefix.at(text, i);
      if (bucket) {
        for (const { key, values } of bucket) {
          if (key.length === 2 || text.startsWith(key, i)) visit(i, i + key.length, key, values);
        }
      }
    }
    if (starts & STARTS_SINGLE) {
      const single = lexicon.bySingle.get(text.charCodeAt(i)) as Bucket<T>;
      visit(i, i + 1, single.key, single.values);
    }
  }
}

/**
 * Length of the longest key starting at position i of text, 0 when none does. Walking a text by
 * it (longest word, then past it) gives the maximal-munch words of a scan (scan.ts) without a
 * match object each.
 */
export function longestMatchAt<T>(lexicon: Lexicon<T>, text: string, i: number): number {
  const starts = lexicon.starts[text.charCodeAt(i)];
  if (starts === 0) return 0;
  if (starts & STARTS_LONGER && i + 1 < text.length) {
    const bucket = lexicon.byPrefix.at(text, i);
    if (bucket) {
      // Longest first: the first key that fits is the longest.
      for (const { key } of bucket) if (key.length === 2 || text.startsWith(key, i)) return key.length;
    }
  }
  return starts & STARTS_SINGLE ? 1 : 0;
}

/** A match kept by a scan's segmentation (scan.ts), with the shorter matches lying inside it. */
export interface Segmented<T> extends LexiconMatch<T> {
  readonly inner: readonly LexiconMatch<T>[];
}
