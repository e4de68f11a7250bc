import { CONFIDENCE_THRESHOLDS, suggestProjects } from '../../src/domain/classification';
import { getPack } from '../../src/domain/policy/registry';
import { PolicyPackSchema } from '../../src/domain/policy/schema';
import { syntheticPack } from '../helpers/synthetic-pack';

const pack = syntheticPack();
const real = getPack('R6');
if (!real) throw new Error('the R6 pack is missing');

const NAMES = [
  '創薬基盤推進研究事業',
  '医療機器開発推進研究事業',
  '再生医療実用化研究事業',
  'バイオバンクとゲノム情報の利活用',
  '脳科学研究戦略推進プログラム',
  '橋渡し研究プログラム',
  '新薬の病態解明とデータ基盤',
];

describe('suggestProjects', () => {
  it.each([
    ['創薬基盤推進研究事業', 'pharma'],
    ['医療機器開発推進研究事業', 'devices'],
    ['再生医療実用化研究事業', 'regenerative'],
    ['iPS細胞を用いた研究', 'regenerative'],
    ['バイオバンクの整備', 'genome-data'],
    ['脳科学研究戦略推進プログラム', 'disease-basic'],
    ['橋渡し研究プログラム', 'seeds'],
  ])('ranks %j under %s first', (name, projectId) => {
    expect(suggestProjects({ name }, pack)[0]?.projectId).toBe(projectId);
  });

  it('explains every point of every score: reasons with a weight and the policy passage', () => {
    for (const p of [pack, real]) {
      for (const name of NAMES) {
        for (const s of suggestProjects({ name, summary: 'ゲノム情報を活用した創薬標的の探索', tags: ['がん'] }, p)) {
          expect(s.reasons.length).toBeGreaterThan(0);
          for (const r of s.reasons) {
            expect(r.weight).toBeGreaterThan(0);
            expect(r.citation?.text.length).toBeGreaterThan(0);
            expect(['name', 'summary', 'tags']).toContain(r.field);
          }
          expect(s.score).toBeCloseTo(s.reasons.reduce((sum, r) => sum + r.weight, 0), 2);
        }
      }
    }
  });

  it('quotes what the sheet says, not its matching key', () => {
    const [top] = suggestProjects({ name: 'ｉＰＳ細胞の研究' }, pack);
    expect(top.reasons[0]).toMatchObject({ kind: 'term', field: 'name', matched: 'iPS' });
  });

  it('ranks by score, ties in the pack’s order', () => {
    const ranked = suggestProjects({ name: '創薬・医療機器' }, pack);
    expect(ranked.map((s) => s.projectId).slice(0, 2)).toEqual(['devices', 'pharma']);
    // 「iPS」 (③) and 「橋渡し」 (⑥) are both 3-character terms: equal scores, ③ first.
    const tie = suggestProjects({ name: '橋渡しとiPS' }, pack);
    expect(tie.map((s) => [s.projectId, s.score])).toEqual([
      ['regenerative', 2.5],
      ['seeds', 2.5],
    ]);
    const scores = suggestProjects({ name: '新薬の病態解明とデータ基盤' }, pack).map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('weighs the 事業名 above the 事業概要 and tags', () => {
    const byName = suggestProjects({ name: '医療機器' }, pack)[0];
    const bySummary = suggestProjects({ name: '', summary: '医療機器' }, pack)[0];
    const byTag = suggestProjects({ name: '', tags: ['医療機器'] }, pack)[0];
    expect(byName.score).toBeGreaterThan(byTag.score);
    expect(byTag.score).toBeGreaterThan(bySummary.score);
    expect(byTag.reasons[0]).toMatchObject({ kind: 'tag', field: 'tags' });
  });

  it('lets the longest policy word win its characters', () => {
    const withGenomeDrugs = PolicyPackSchema.parse({
      ...pack,
      projects: pack.projects.map((p) => (p.id === 'pharma' ? { ...p, terms: [...p.terms, 'ゲノム創薬'] } : p)),
    });
    const ranked = suggestProjects({ name: 'ゲノム創薬の推進' }, withGenomeDrugs);
    expect(ranked[0]).toMatchObject({ projectId: 'pharma', reasons: [expect.objectContaining({ matched: 'ゲノム創薬' })] });
    const genome = ranked.find((s) => s.projectId === 'genome-data');
    expect(genome?.reasons.some((r) => r.matched.includes('ゲノム'))).not.toBe(true);
    // Without the longer word, 「ゲノム」 counts for ④ and 「創薬」 for ①.
    expect(suggestProjects({ name: 'ゲノム創薬の推進' }, pack).map((s) => s.projectId).slice(0, 2)).toEqual(['genome-data', 'pharma']);
  });

  it('grades confidence by score and lead, as documented', () => {
    const clear = suggestProjects({ name: '医療機器・ヘルスケアのデバイス開発' }, pack);
    expect(clear[0].score).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLDS.high.minScore);
    expect(clear[0].confidence).toBe('high');
    const split = suggestProjects({ name: '創薬とゲノム' }, pack);
    expect(split[0].confidence).toBe('low');
    for (const s of split.slice(1)) expect(s.confidence).toBe('low');
  });

  it('says nothing without evidence', () => {
    expect(suggestProjects({ name: '' }, pack)).toEqual([]);
    expect(suggestProjects({ name: '事務費' }, pack)).toEqual([]);
  });

  it('is deterministic', () => {
    for (const name of NAMES) expect(suggestProjects({ name }, real)).toEqual(suggestProjects({ name }, real));
  });
});
