import { similarity } from './similarity';

/**
 * Finding names alike among many without comparing every pair: names are indexed by their
 * character bigrams, and the exact measure (similarity.ts) runs only for names that share
 * enough bigrams to reach the threshold. Used across ministries (similar-project) and across
 * years (last year's 事業 of this year's sheet).
 */

/** A name ready to compare: its key (already normalised by the caller), its length in characters, its distinct bigrams. */
export interface ComparableName {
  readonly key: string;
  readonly length: number;
  readonly bigrams: ReadonlySet<string>;
}

export function comparable(key: string): ComparableName {
  const chars = [...key];
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) bigrams.add(chars[i] + chars[i + 1]);
  return { key, length: chars.length, bigrams };
}

/**
 * At most how alike two names can be, from their lengths and the distinct bigrams they share,
 * so that the exact measure runs only where it could pass. An edit changes at most two bigrams
 * and a length difference costs one edit per character; the Dice bound allows a margin for
 * repeated bigrams, which the sets do not count.
 */
export function similarityBound(a: ComparableName, b: ComparableName, shared: number): number {
  const longest = Math.max(a.length, b.length);
  const edits = Math.max(Math.abs(a.length - b.length), (Math.max(a.bigrams.size, b.bigrams.size) - shared) / 2);
  const dice = (2 * shared) / (a.bigrams.size + b.bigrams.size) + 0.05;
  return Math.max(1 - edits / longest, dice);
}

/** Names added so far, each with an item of the caller's. */
export class SimilarNames<T> {
  private readonly names: { readonly name: ComparableName; readonly item: T }[] = [];
  private readonly byBigram = new Map<string, number[]>();

  add(name: ComparableName, item: T): void {
    const at = this.names.length;
    this.names.push({ name, item });
    for (const gram of name.bigrams) {
      const holders = this.byBigram.get(gram);
      if (holders) holders.push(at);
      else this.byBigram.set(gram, [at]);
    }
  }

  /**
   * The items whose names are at least `threshold` alike to `name`, with how alike, in the
   * order they were first met through the name's bigrams. `skip` leaves items out before any
   * comparison.
   */
  alike(name: ComparableName, threshold: number, skip: (item: T) => boolean = () => false): { readonly item: T; readonly similarity: number }[] {
    const shared = new Map<number, number>();
    for (const gram of name.bigrams) for (const at of this.byBigram.get(gram) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    const found: { item: T; similarity: number }[] = [];
    for (const [at, count] of shared) {
      const other = this.names[at];
      if (skip(other.item) || similarityBound(name, other.name, count) < threshold) continue;
      const alike = similarity(other.name.key, name.key);
      if (alike >= threshold) found.push({ item: other.item, similarity: alike });
    }
    return found;
  }
}
