import { suggestProjects } from '../../src/domain/classification';
import { keyForm } from '../../src/domain/classification/text-key';
import { cutsWord, insideWord } from '../../src/domain/classification/word-bounds';
import { getPack } from '../../src/domain/policy/registry';

const packs = ['R6', 'R4'].map((id) => {
  const p = getPack(id);
  if (!p) throw new Error(`no pack ${id}`);
  return p;
});

describe('insideWord: where a span would cut a word', () => {
  it.each([
    // [text, start, end, cuts]
    ['総合研究', 1, 4, true], // 「合研究」 starts inside 総合
    ['総合研究', 2, 4, false], // 「研究」 starts between 総合 and 研究
    ['先端研究開発', 0, 4, true], // 「先端研究」 ends inside 研究開発
    ['先端研究開発', 2, 6, false],
    ['開発支援', 0, 4, false],
    ['研究開発支援', 2, 6, true], // 「開発支援」 starts inside 研究開発
    ['ASPIRE事業', 0, 2, true], // 「AS」 of ASPIRE
    ['ASPIRE事業', 0, 6, false],
    ['イノベーション', 3, 7, true], // 「ーション」
    ['ゲノム・データ', 0, 3, false], // 「・」 separates words
    ['COVID19対策', 0, 5, true],
  ])('%j [%i, %i) cuts a word: %j', (text, start, end, cuts) => {
    const key = keyForm(text);
    expect(cutsWord(insideWord(key), start, end)).toBe(cuts);
  });
});

/** A reason's quoted words cut a word of the field they came from. */
function cutting(text: string, matched: string): boolean {
  const key = keyForm(text);
  const m = keyForm(matched);
  const inside = insideWord(key);
  for (let at = key.indexOf(m); at >= 0; at = key.indexOf(m, at + 1)) if (!cutsWord(inside, at, at + m.length)) return false;
  return true;
}

describe('evidence never straddles or cuts a word', () => {
  it.each([
    ['障害者対策総合研究開発事業', '合研究'],
    ['成育疾患克服等総合研究事業', '合研究'],
    ['革新的先端研究開発支援事業', '先端研究'],
    ['革新的先端研究開発支援事業', '開発支援'],
    ['ASPIRE推進事業', 'AS'],
    ['MAINプログラム', 'AI'],
  ])('%j is never explained by %j', (name, fragment) => {
    for (const pack of packs) {
      for (const s of suggestProjects({ name }, pack)) {
        expect(s.reasons.map((r) => r.matched)).not.toContain(fragment);
      }
    }
  });

  it.each([
    '障害者対策総合研究開発事業（身体・知的・感覚器）',
    '先進的医療機器・システム等技術開発事業',
    '医工連携イノベーション推進事業',
    '革新的がん医療実用化研究事業',
    'ワクチン・新規モダリティ研究開発事業',
    '次世代がん医療加速化研究事業',
    '臨床研究・治験推進研究事業',
    'AMR対策のためのCOVID-19研究基盤',
  ])('every reason for %j starts and ends between words', (name) => {
    for (const pack of packs) {
      for (const s of suggestProjects({ name }, pack)) {
        for (const r of s.reasons) expect([r.matched, cutting(name, r.matched)]).toEqual([r.matched, false]);
      }
    }
  });
});
