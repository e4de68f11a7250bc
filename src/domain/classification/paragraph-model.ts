import type { Citation, PolicyPack } from '../policy/schema';
import { PairMap } from './pair-map';
import { keyForm } from './text-key';
import { cutsWord } from './word-bounds';

/**
 * What each project's own paragraphs say, as character bigrams with BM25 weights computed
 * from the pack alone (each project's standing paragraph plus its 「令和X年度においては…」 items
 * is one document). A bigram every project uses (研究, 開発) weighs almost nothing; one only
 * the genome paragraph uses (ゲノ, バン) weighs a lot. No dictionary, no segmenter.
 */

/** Longest phrase quoted from a paragraph as one reason. */
const MAX_PHRASE = 10;
/** BM25 constants (the usual ones). */
const K1 = 1.2;
const B = 0.75;

interface Passage {
  readonly key: string;
  readonly citation: Citation;
}

export interface ParagraphModel {
  readonly projectIds: readonly string[];
  /** Per project (pack order): bigram → weight. */
  readonly weights: readonly PairMap<number>[];
  /**
   * Every substring (3…MAX_PHRASE characters) of any paragraph with the bit mask of the projects
   * quoting it, by the substring's phraseHash: a phrase is looked up as it grows, character by
   * character, without cutting a string out of the cell for each length.
   */
  readonly quoted: ReadonlyMap<number, readonly QuotedPhrase[]>;
  /** The same for bigrams. */
  readonly bigramQuotedBy: PairMap<number>;
  /** Bigrams that weigh something for some project. */
  readonly contentBigrams: PairMap<true>;
  readonly passages: readonly (readonly Passage[])[];
  /** Memo of phraseCitation per project (phrases recur across rows). */
  readonly citations: readonly Map<string, Citation>[];
}

export interface QuotedPhrase {
  readonly text: string;
  readonly mask: number;
}

/**
 * A polynomial hash of a string, one character at a time: phraseHash(phraseHash(0, a), b) …
 * Below 2^30, so that it stays a small integer, and exact (31 × 2^30 + 2^16 < 2^53).
 */
const HASH_MODULUS = 1_000_000_007;
function phraseHash(hash: number, code: number): number {
  return (hash * 31 + code) % HASH_MODULUS;
}

/** The mask of key.slice(start, end) among the quoted phrases (0 when none quotes it), found by its hash. */
function quotedMask(quoted: ReadonlyMap<number, readonly QuotedPhrase[]>, hash: number, key: string, start: number, end: number): number {
  const candidates = quoted.get(hash);
  if (candidates === undefined) return 0;
  for (const c of candidates) if (c.text.length === end - start && key.startsWith(c.text, start)) return c.mask;
  return 0;
}

export interface Phrase {
  readonly projectIndex: number;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

const CONTENT_CHAR = /[\p{L}\p{N}]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;

/** Bigrams that can carry meaning: letters or digits, no hiragana (particles and endings: に対, する). */
function isContentBigram(bigram: string): boolean {
  return [...bigram].every((c) => CONTENT_CHAR.test(c) && !HIRAGANA.test(c));
}

function bigramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    if (isContentBigram(g)) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

export function buildParagraphModel(pack: PolicyPack): ParagraphModel {
  const documents = pack.projects.map((project) => {
    const passages: Passage[] = [
      { key: keyForm(project.description), citation: project.citation },
      ...project.focusItems.map((f) => ({ key: keyForm(`${f.name}\n${f.citation.text}`), citation: f.citation })),
    ];
    return { passages, counts: bigramCounts(passages.map((p) => p.key).join('\n')) };
  });
  const lengths = documents.map((d) => [...d.counts.values()].reduce((a, b) => a + b, 0));
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const documentFrequency = new Map<string, number>();
  for (const d of documents) for (const g of d.counts.keys()) documentFrequency.set(g, (documentFrequency.get(g) ?? 0) + 1);
  const n = documents.length;

  const weights = documents.map((d, i) => {
    const norm = K1 * (1 - B + (B * lengths[i]) / Math.max(1, averageLength));
    const w = new PairMap<number>();
    for (const [g, tf] of d.counts) {
      const df = documentFrequency.get(g) ?? 1;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      w.set(g.charCodeAt(0), g.charCodeAt(1), (idf * tf * (K1 + 1)) / (tf + norm));
    }
    return w;
  });
  const quotedBy = new Map<string, number>();
  const bigramQuotedBy = new PairMap<number>();
  documents.forEach((d, i) => {
    for (const passage of d.passages) {
      for (let s = 0; s + 1 < passage.key.length; s++) {
        const [a, b] = [passage.key.charCodeAt(s), passage.key.charCodeAt(s + 1)];
        bigramQuotedBy.set(a, b, (bigramQuotedBy.get(a, b) ?? 0) | (1 << i));
        for (let len = 3; len <= MAX_PHRASE && s + len <= passage.key.length; len++) {
          const sub = passage.key.slice(s, s + len);
          quotedBy.set(sub, (quotedBy.get(sub) ?? 0) | (1 << i));
        }
      }
    }
  });
  const quoted = new Map<number, QuotedPhrase[]>();
  for (const [text, mask] of quotedBy) {
    let hash = 0;
    for (let i = 0; i < text.length; i++) hash = phraseHash(hash, text.charCodeAt(i));
    const same = quoted.get(hash);
    if (same) same.push({ text, mask });
    else quoted.set(hash, [{ text, mask }]);
  }
  const contentBigrams = new PairMap<true>();
  for (const d of documents) for (const g of d.counts.keys()) contentBigrams.set(g.charCodeAt(0), g.charCodeAt(1), true);
  return { projectIds: pack.projects.map((p) => p.id), weights, quoted, bigramQuotedBy, contentBigrams, passages: documents.map((d) => d.passages), citations: documents.map(() => new Map()) };
}

/**
 * findPhrases' working arrays, kept between calls and grown when a longer text comes: a pair of
 * typed arrays per scanned cell was a large share of classification's garbage. (findPhrases
 * never calls itself, and JavaScript runs one call at a time.)
 */
let masksBuffer = new Int32Array(0);
let countsBuffer = new Uint8Array(0);

/** Grows the working arrays for a text of n characters and clears the counts it will read. */
function prepareScratch(n: number, width: number): void {
  if (masksBuffer.length < n * width) masksBuffer = new Int32Array(n * width * 2);
  if (countsBuffer.length < n) countsBuffer = new Uint8Array(n * 2);
  countsBuffer.fill(0, 0, n);
}

/**
 * Phrases of `key` quoted from each project's paragraphs: per project, left to right, longest
 * first, skipping characters already explained by a policy term (`covered`); bigrams flagged
 * in `ignored` weigh nothing; a phrase that starts or ends inside a word (`inside`, see
 * word-bounds.ts) is no evidence. The substring look-ups are shared by all projects (bit masks).
 */
export function findPhrases(model: ParagraphModel, key: string, covered: ArrayLike<number>, ignored: ArrayLike<number>, inside: ArrayLike<number>): Phrase[] {
  const n = key.length;
  const width = MAX_PHRASE - 1;
  // masks[i * width + k]: projects quoting key.slice(i, i + k + 2); shrinks as k grows, so stop at 0.
  // Only the first counts[i] masks of a position are read, so only counts needs clearing.
  prepareScratch(n, width);
  const masks = masksBuffer;
  const counts = countsBuffer;
  for (let i = 0; i + 1 < n; i++) {
    // A phrase starts on a bigram that can weigh something: not covered, not hiragana or punctuation.
    if (covered[i] || !model.contentBigrams.at(key, i)) continue;
    let hash = phraseHash(0, key.charCodeAt(i));
    for (let end = i + 2; end <= n && end - i <= MAX_PHRASE && !covered[end - 1]; end++) {
      hash = phraseHash(hash, key.charCodeAt(end - 1));
      const mask = end === i + 2 ? (model.bigramQuotedBy.at(key, i) ?? 0) : quotedMask(model.quoted, hash, key, i, end);
      if (mask === 0) break;
      masks[i * width + counts[i]++] = mask;
    }
  }
  const phrases: Phrase[] = [];
  for (let p = 0; p < model.projectIds.length; p++) {
    const bit = 1 << p;
    const weights = model.weights[p];
    let i = 0;
    while (i + 1 < n) {
      let length = 0;
      while (length < counts[i] && (masks[i * width + length] & bit) !== 0) length++;
      if (length === 0) {
        i++;
        continue;
      }
      const end = i + length + 1;
      if (!cutsWord(inside, i, end)) {
        let weight = 0;
        for (let j = i; j + 1 < end; j++) if (!ignored[j]) weight += weights.at(key, j) ?? 0;
        phrases.push({ projectIndex: p, start: i, end, weight });
      }
      i = end;
    }
  }
  return phrases;
}

/** The passage a phrase (key form) was quoted from: the standing paragraph first, then the year's items. */
export function phraseCitation(model: ParagraphModel, projectIndex: number, phrase: string): Citation {
  const memo = model.citations[projectIndex];
  let citation = memo.get(phrase);
  if (!citation) {
    const passages = model.passages[projectIndex];
    citation = (passages.find((p) => p.key.includes(phrase)) ?? passages[0]).citation;
    memo.set(phrase, citation);
  }
  return citation;
}
