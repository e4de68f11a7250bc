import { suggestProjects } from '../../src/domain/classification';
import { packIndex } from '../../src/domain/classification/pack-index';
import { textEvidence } from '../../src/domain/classification/text-evidence';
import { getPack } from '../../src/domain/policy/registry';

const r6 = getPack('R6');
const r4 = getPack('R4');
if (!r6 || !r4) throw new Error('packs missing');

const diseaseReasons = (name: string, summary?: string) =>
  suggestProjects(summary ? { name, summary } : { name }, r6).flatMap((s) => s.reasons.filter((r) => r.kind === 'disease-area').map((r) => ({ projectId: s.projectId, ...r })));

describe('a 疾患領域 word the policy’s paragraphs never use points to the projects that speak of its area (R6)', () => {
  it('「エイズ」 (感染症): the paragraphs that speak of 感染症 most lead, as a low-confidence hint citing them', () => {
    const [top] = suggestProjects({ name: 'エイズ対策事業' }, r6);
    expect(top).toMatchObject({ projectId: 'disease-basic', confidence: 'low' });
    expect(top.reasons[0]).toMatchObject({ kind: 'disease-area', matched: 'エイズ' });
    expect(top.reasons[0].citation?.text).toContain('感染症');
  });

  it.each([
    ['エイズ対策事業', undefined, 1],
    ['調査事業', 'エイズ患者の支援', 0.4],
  ])('%j / %j: the parts add up to the field’s weight (%d)', (name, summary, total) => {
    const reasons = diseaseReasons(name, summary);
    expect(reasons.length).toBeGreaterThan(1);
    expect(reasons.reduce((sum, r) => sum + r.weight, 0)).toBeCloseTo(total, 2);
  });

  it.each([
    ['精神・神経疾患研究', '「神経疾患」 is a word of ⑤ already'],
    ['認知症研究開発事業', 'the paragraphs use 「認知症」 itself: phrases quote it'],
    ['障害者支援事業', 'その他 is a catch-all: never spread'],
    ['創薬基盤推進研究事業', 'no 疾患領域 word'],
  ])('%j gives no disease-area reason (%s)', (name) => {
    expect(diseaseReasons(name)).toEqual([]);
  });

  it('an area no paragraph speaks of leaves the row 候補なし with the reason', () => {
    expect(textEvidence({ name: '障害者支援事業' }, packIndex(r6)).noSuggestion).toMatchObject({ code: 'disease-area-only', areaIds: ['other'] });
  });
});

describe('focus items of the year (curated terms) weigh what the policy text supports', () => {
  it('「感染症」, a term of ①’s item, is shared with ⑤ and ⑥, whose paragraphs also speak of it', () => {
    const [pharma] = suggestProjects({ name: '感染症研究' }, r6).filter((s) => s.projectId === 'pharma');
    // focus item 1.5 × 3 characters 1.25, shared by the three projects whose paragraphs use the word
    expect(pharma.reasons[0]).toMatchObject({ kind: 'focus-item', matched: '感染症', weight: 0.625 });
  });

  it.each(['革新的技術', '新規技術', '研究開発基盤', '実証研究'])('%j, made only of programme words, is no focus-item evidence', (name) => {
    for (const pack of [r6, r4]) {
      for (const s of suggestProjects({ name: `${name}事業` }, pack)) expect(s.reasons.filter((r) => r.kind === 'focus-item')).toEqual([]);
    }
  });
});
