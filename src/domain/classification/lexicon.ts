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
}

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
  for (const [key, values] of byKey) {
    if (key.length === 1) {
      bySingle.set(key.charCodeAt(0), { key, values });
      continue;
    }
    const bucket = byPrefix.at(key, 0);
    if (bucket) bucket.push({ key, values });
    else byPrefix.set(key.charCodeAt(0), key.charCodeAt(1), [{ key, values }]);
  }
  for (const [key] of byKey) {
    if (key.length > 1) byPrefix.at(key, 0)?.sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
  }
  return { byPrefix, bySingle };
}

/** Every occurrence of every key (overlaps included), ordered by start then longest first. */
export function scanLexicon<T>(lexicon: Lexicon<T>, text: string): LexiconMatch<T>[] {
  const matches: LexiconMatch<T>[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i + 1 < text.length) {
      const bucket = lexicon.byPrefix.at(text, i);
      if (bucket) {
        for (const { key, values } of bucket) {
          if (key.length === 2 || text.startsWith(key, i)) matches.push({ start: i, end: i + key.length, key, values });
        }
      }
    }
    const single = lexicon.bySingle.get(text.charCodeAt(i));
    if (single) matches.push({ start: i, end: i + 1, key: single.key, values: single.values });
  }
  return matches;
}

/** A match kept by {@link segmentMatches}, with the shorter matches lying inside it. */
export interface Segmented<T> extends LexiconMatch<T> {
  readonly inner: readonly LexiconMatch<T>[];
}

/**
 * Maximal munch, left to right: at each position the longest match wins its characters and
 * every character counts once, so 「ゲノム創薬基盤」 reads as 「ゲノム創薬」+「基盤」, not also as
 * 「創薬基盤」. The matches lying inside a kept one are returned with it (「脳科学」 inside
 * 「脳科学研究」). Expects matches as scanLexicon orders them (by start, longest first).
 */
export function segmentMatches<T>(matches: readonly LexiconMatch<T>[]): Segmented<T>[] {
  const kept: Segmented<T>[] = [];
  let i = 0;
  while (i < matches.length) {
    const m = matches[i];
    const inner: LexiconMatch<T>[] = [];
    let j = i + 1;
    for (; j < matches.length && matches[j].start < m.end; j++) if (matches[j].end <= m.end) inner.push(matches[j]);
    kept.push({ start: m.start, end: m.end, key: m.key, values: m.values, inner });
    // Skip whatever starts inside the kept match (contained or overlapping it).
    i = j;
  }
  return kept;
}
