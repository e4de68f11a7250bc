import { buildLexicon, longestMatchAt } from './lexicon';
import { keyForm } from './text-key';

/**
 * Words every 事業名 is made of whatever its subject — 「…研究開発推進事業」, 「…実用化プログラム」,
 * 「革新的…」, 「先端…」, 「次世代…」, 「…克服…」. They are general Japanese of government programmes, not any year's
 * policy, and they say nothing about which project a 事業 belongs to; yet each also occurs in
 * some project's paragraph, so phrase evidence would otherwise pick them up. They are ignored
 * as *phrases* only: a term the pack lists (「研究基盤」, 「実証研究基盤」) still counts in full.
 */
const BOILERPLATE = [
  '事業', '研究', '開発', '研究開発', '推進', '促進', '実用化', '実現', '整備', '総合', '支援', '創生', '創出',
  '加速', '加速化', '強化', '戦略', '戦略的', '革新的', '先端', '先端的', '次世代', '新規', '克服', 'プログラム', 'プロジェクト',
  '計画', '技術', '基盤', '体制', '構築', '展開', '対策', '活用', '実証', '推進費', '経費', '補助', '委託', '等',
];

const lexicon = buildLexicon(BOILERPLATE.map((w) => [keyForm(w), true] as const));

/**
 * For each position i of `key`, written into `flags` (its first key.length entries, so that a
 * caller can reuse one buffer): 1 when the bigram starting at i lies inside a boilerplate word.
 */
export function markBoilerplateBigrams(key: string, flags: Uint8Array): void {
  flags.fill(0, 0, key.length);
  // Every word starting at i covers the bigrams of the longest one starting there.
  for (let i = 0; i < key.length; i++) {
    const length = longestMatchAt(lexicon, key, i);
    if (length > 1) flags.fill(1, i, i + length - 1);
  }
}

/** The boilerplate words of `key`, longest first and each character once (「研究開発」, not also 「開発」). */
export function boilerplateWords(key: string): readonly { readonly start: number; readonly end: number }[] {
  const words: { start: number; end: number }[] = [];
  forEachBoilerplateWord(key, (start, end) => words.push({ start, end }));
  return words;
}

/** Calls `visit` for each boilerplate word of `key` as boilerplateWords lists them, without listing them. */
export function forEachBoilerplateWord(key: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < key.length) {
    const length = longestMatchAt(lexicon, key, i);
    if (length === 0) {
      i++;
    } else {
      visit(i, i + length);
      i += length;
    }
  }
}
