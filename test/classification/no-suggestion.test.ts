import type { NoSuggestion } from '../../src/domain/model/classification';
import { packIndex } from '../../src/domain/classification/pack-index';
import { textEvidence } from '../../src/domain/classification/text-evidence';
import { NO_SUGGESTION_TEMPLATES, packProjectName, renderNoSuggestion } from '../../src/domain/rules/no-suggestion-messages';
import { getPack } from '../../src/domain/policy/registry';

const pack = getPack('R6');
if (!pack) throw new Error('the R6 pack is missing');
const index = packIndex(pack);

describe('「候補なし」 and why, from the row’s text (R6)', () => {
  it.each<[string, { name?: string; summary?: string; diseaseArea?: string }, Partial<NoSuggestion> | null]>([
    ['nothing to read', { name: '' }, { code: 'no-text' }],
    ['a name with no word of the policy', { name: 'メディカル調査事業' }, { code: 'no-policy-word' }],
    ['a name of programme words only', { name: '革新的先端研究開発支援事業' }, { code: 'only-generic-words', words: ['革新的', '先端', '研究開発', '支援'] }],
    ['programme words in the name and the 概要', { name: '総合推進事業', summary: '研究開発の推進' }, { code: 'only-generic-words' }],
    ['a 疾患領域 word the policy’s project paragraphs never speak of', { name: '障害者対策総合研究開発事業' }, { code: 'disease-area-only', words: ['障害者'], areaIds: ['other'], areaNames: ['その他'] }],
    ['a word shared equally: the leaders tie', { name: 'がん研究事業' }, { code: 'tie' }],
    ['a policy word: a candidate, no reason', { name: '創薬基盤推進研究事業' }, null],
    ['a policy word in the 概要 only: a candidate', { name: '調査事業', summary: 'iPS細胞を用いた研究' }, null],
  ])('%s', (_label, texts, expected) => {
    const got = textEvidence(texts, index).noSuggestion;
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatchObject(expected);
  });

  it('a tie names every tied project and their score, and keeps the suggestions listed', () => {
    const evidence = textEvidence({ name: 'がん研究事業' }, index);
    const reason = evidence.noSuggestion;
    if (reason?.code !== 'tie') throw new Error(`expected a tie, got ${JSON.stringify(reason)}`);
    expect(reason.projectIds.length).toBeGreaterThan(1);
    for (const id of reason.projectIds) expect(evidence.suggestions.find((s) => s.projectId === id)?.score).toBe(reason.score);
  });
});

describe('renderNoSuggestion', () => {
  const name = packProjectName(pack);
  it.each<[NoSuggestion, string, string]>([
    [{ code: 'no-text' }, '事業名・概要に読める文字がありません', 'no name or summary'],
    [{ code: 'no-policy-word' }, '方針や語彙の語が見つかりません', 'no word of the policy'],
    [{ code: 'only-generic-words', words: ['研究開発', '推進'] }, '一般的な語（研究開発、推進）', 'general words every program name uses (研究開発, 推進)'],
    [{ code: 'disease-area-only', words: ['障害者'], areaIds: ['other'], areaNames: ['その他'] }, '疾患領域の語（障害者：その他）', '疾患領域 words (障害者: その他)'],
    [{ code: 'tie', projectIds: ['pharma', 'disease-basic'], score: 0.5 }, '医薬品プロジェクト、疾患基礎研究プロジェクトが同点（0.5）', '医薬品プロジェクト, 疾患基礎研究プロジェクト tie (0.5)'],
  ])('%j', (reason, ja, en) => {
    expect(renderNoSuggestion(reason, 'ja', name)).toContain(ja);
    expect(renderNoSuggestion(reason, 'en', name)).toContain(en);
    for (const locale of ['ja', 'en'] as const) expect(renderNoSuggestion(reason, locale, name)).not.toMatch(/[{}]/);
  });

  it('has a ja and an en template for every reason code', () => {
    for (const t of Object.values(NO_SUGGESTION_TEMPLATES)) {
      expect(t.ja.length).toBeGreaterThan(5);
      expect(t.en.length).toBeGreaterThan(5);
    }
  });
});
