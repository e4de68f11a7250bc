import { forEachBoilerplateWord } from './boilerplate';

/**
 * Where the words of a text are, as far as general Japanese budget-sheet language lets us
 * know without a dictionary: a run of katakana (with ー), a run of Latin letters or digits
 * (「ASPIRE」, 「COVID19」), and the programme words every 事業名 is made of (総合, 研究開発,
 * 推進 … of boilerplate.ts, longest first). A quoted phrase is evidence only when it starts
 * and ends between words: 「合研究」 of 「総合研究」, 「AS」 of 「ASPIRE」 and 「先端研究」 of
 * 「先端研究開発」 each cut a word and are never shown as evidence.
 */

function isKatakana(code: number): boolean {
  // Katakana letters and the long-vowel mark; not the middle dot 「・」, which separates words.
  return (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x30fc && code <= 0x30ff);
}

function isLatin(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * For each boundary i of `key` (0…length, the boundary before key[i]): 1 when it lies inside a
 * word, so that a span starting or ending there would cut the word.
 */
export function insideWord(key: string): Uint8Array {
  const inside = new Uint8Array(key.length + 1);
  markInsideWord(key, inside);
  return inside;
}

/** insideWord written into `inside` (its first key.length + 1 entries), for callers that reuse one buffer. */
export function markInsideWord(key: string, inside: Uint8Array): void {
  inside.fill(0, 0, key.length + 1);
  for (let i = 1; i < key.length; i++) {
    const a = key.charCodeAt(i - 1);
    const b = key.charCodeAt(i);
    if ((isKatakana(a) && isKatakana(b)) || (isLatin(a) && isLatin(b))) inside[i] = 1;
  }
  forEachBoilerplateWord(key, (start, end) => inside.fill(1, start + 1, end));
}

/** Whether [start, end) starts or ends inside a word of the text `inside` was made from. */
export function cutsWord(inside: ArrayLike<number>, start: number, end: number): boolean {
  return inside[start] === 1 || inside[end] === 1;
}
