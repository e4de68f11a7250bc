import { classify } from '../../src/domain/classification';
import type { RowClassification } from '../../src/domain/model/classification';
import { getPack } from '../../src/domain/policy/registry';
import { PolicyPackSchema, type PolicyPack } from '../../src/domain/policy/schema';
import { allPriorityAreas } from '../../src/domain/policy/priority-areas';
import { syntheticPack } from '../helpers/synthetic-pack';
import { row, table, type RowSpec } from './rows';

const pack = syntheticPack();

function one(spec: RowSpec, p = pack): { row: RowClassification; findings: ReturnType<typeof classify>['findings'] } {
  const result = classify(table([row(7, spec)]), p);
  return { row: result.rows[0], findings: result.findings };
}

describe('integrated projects: split over label over suggestion', () => {
  it('takes non-zero split columns first, with their amounts, whatever the label and text say', () => {
    const { row: r } = one({
      name: '再生医療実用化研究事業',
      projectLabel: '⑤',
      total: 300_000,
      split: { pharma: 100_000, 'genome-data': 200_000, devices: 0, seeds: null },
    });
    expect(r.basis).toBe('split');
    expect(r.projects.map((s) => [s.projectId, s.amount, s.basis])).toEqual([
      ['pharma', 100_000, 'split'],
      ['genome-data', 200_000, 'split'],
    ]);
    expect(r.projects[0].reasons).toEqual([expect.objectContaining({ kind: 'split-column', field: 'projectAmount', matched: 'P7' })]);
    expect(r.suggestions[0].projectId).toBe('regenerative');
  });

  it('falls back to the label when every split cell is nil or zero', () => {
    const { row: r } = one({ name: 'x', projectLabel: '⑤', total: 5_000, split: { pharma: 0, devices: null } });
    expect(r.basis).toBe('declared');
    expect(r.projects).toEqual([expect.objectContaining({ projectId: 'disease-basic', amount: 5_000, basis: 'declared' })]);
  });

  it('takes a declared label over the text, and gives one project the row’s 計', () => {
    const { row: r, findings } = one({ name: '再生医療実用化研究事業', projectLabel: '疾患基礎研究', total: 1_000_000 });
    expect(findings).toEqual([]);
    expect(r.basis).toBe('declared');
    expect(r.projects).toEqual([
      { projectId: 'disease-basic', amount: 1_000_000, basis: 'declared', reasons: [expect.objectContaining({ kind: 'label', field: 'projectLabel', matched: '疾患基礎研究' })] },
    ]);
    expect(r.suggestions[0].projectId).toBe('regenerative');
  });

  it('uses 要求＋要望 when 計 is missing, and null when no amount is known', () => {
    expect(one({ name: 'x', projectLabel: '①', request: 600, priorityRequest: 400 }).row.projects[0].amount).toBe(1_000);
    expect(one({ name: 'x', projectLabel: '①', request: 600 }).row.projects[0].amount).toBe(600);
    expect(one({ name: 'x', projectLabel: '①' }).row.projects[0].amount).toBeNull();
  });

  it('leaves amounts unknown when a label names several projects without split columns', () => {
    const { row: r } = one({ name: 'x', projectLabel: '④⑤', total: 1_342_202 });
    expect(r.projects.map((s) => [s.projectId, s.amount])).toEqual([
      ['genome-data', null],
      ['disease-basic', null],
    ]);
  });

  it('a project only suggested by the text is no share: it stays a suggestion until the officer accepts it', () => {
    const { row: r } = one({ name: '再生医療実用化研究事業', total: 900 });
    expect(r.basis).toBeNull();
    expect(r.projects).toEqual([]);
    expect(r.suggestions[0].projectId).toBe('regenerative');
  });

  it('gives no project when the text is not conclusive, but still lists the suggestions', () => {
    const { row: r } = one({ name: '創薬とゲノムの研究', total: 900 });
    expect(r.basis).toBeNull();
    expect(r.projects).toEqual([]);
    expect(r.suggestions.map((s) => s.projectId)).toEqual(expect.arrayContaining(['pharma', 'genome-data']));
  });

  it('offers a suggestion when the label names no project, and reports the label', () => {
    const { row: r, findings } = one({ name: '医療機器開発推進研究事業', projectLabel: 'ほげ', total: 10 });
    expect(r.basis).toBeNull();
    expect(r.suggestions[0].projectId).toBe('devices');
    expect(findings.map((f) => f.rule)).toEqual(['project-label-unknown']);
  });
});

describe('label findings', () => {
  it('reports a near miss at the label cell, resolving it', () => {
    const { row: r, findings } = one({ name: 'x', projectLabel: 'ゲノムデータ基盤', total: 10 });
    expect(r.projects).toEqual([expect.objectContaining({ projectId: 'genome-data', basis: 'declared', amount: 10 })]);
    expect(r.projects[0].reasons?.[0]).toMatchObject({ kind: 'near-miss', matched: 'ゲノムデータ基盤' });
    expect(findings).toEqual([
      {
        rule: 'project-label-near-miss',
        cell: 'I7',
        row: 7,
        column: 'I',
        value: 'ゲノムデータ基盤',
        params: { label: 'ゲノムデータ基盤', officialName: 'ゲノム・データ基盤プロジェクト', projectId: 'genome-data' },
      },
    ]);
  });

  it('reports an unknown label with the three closest projects (ids; messages show their official names)', () => {
    const { findings } = one({ name: 'x', projectLabel: '新薬開発' });
    expect(findings).toEqual([expect.objectContaining({ rule: 'project-label-unknown', cell: 'I7', params: { label: '新薬開発', candidates: expect.any(Array) } })]);
    expect(findings[0].params.candidates).toHaveLength(3);
  });

  it('reports a 疾患領域 written as a project (section 4), and takes no project from it', () => {
    const { row: r, findings } = one({ name: 'x', projectLabel: 'がんプロジェクト' });
    expect(r.projects).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'disease-area-as-project', cell: 'I7', params: { label: 'がんプロジェクト', diseaseArea: 'がん', diseaseAreaId: 'cancer' } }),
    ]);
  });

  it('reports each bad part of a multi-part label and keeps the good ones', () => {
    const { row: r, findings } = one({ name: 'x', projectLabel: '①、疾患基盤研究、がん' });
    expect(r.projects.map((s) => s.projectId)).toEqual(['pharma', 'disease-basic']);
    expect(findings.map((f) => f.rule)).toEqual(['project-label-near-miss', 'disease-area-as-project']);
  });
});

describe('tags: priority areas, 疾患領域, 開発目的', () => {
  it('reads declared values against the vocabulary, several per cell, 「・」 inside names kept', () => {
    const { row: r, findings } = one({ name: 'x', diseaseArea: 'がん、難病', purpose: '予後・QOL／診断', priorityArea: '認知症等の脳神経疾患' });
    expect(findings).toEqual([]);
    expect(r.diseaseAreas.map((t) => [t.id, t.basis])).toEqual([
      ['cancer', 'declared'],
      ['intractable', 'declared'],
    ]);
    expect(r.purposes.map((t) => t.id)).toEqual(['diagnosis', 'prognosis-qol']);
    expect(r.priorityAreas).toEqual([
      { id: 'dementia', name: '認知症等の脳神経疾患', basis: 'declared', reasons: [expect.objectContaining({ kind: 'tag', field: 'priorityArea', matched: '認知症等の脳神経疾患' })] },
    ]);
  });

  // Official names that carry brackets, 「」 and ： must be read whole, never cut at them first.
  it.each([
    ['創薬AIプラットフォームの実用化（「富岳」を用いた予測手法）'],
    ['がん：医療機器クラス分類のⅢ・Ⅳの実用化を目指す臨床研究'],
    ['「全ゲノム解析等実行計画2022」に基づく情報基盤の構築と患者還元'],
    ['産学官共同創薬研究プロジェクト（GAPFREE）'],
  ])('reads the R6 priority area 「%s」 whole, alone or in a list', (name) => {
    const r6 = getPack('R6') as PolicyPack;
    const id = allPriorityAreas(r6).find((a) => a.name === name)?.id;
    expect(id).toBeDefined();
    const alone = one({ name: 'x', priorityArea: name }, r6);
    expect(alone.findings).toEqual([]);
    expect(alone.row.priorityAreas.map((t) => [t.id, t.basis])).toEqual([[id, 'declared']]);
    const listed = one({ name: 'x', priorityArea: `${name}、認知症等の脳神経疾患` }, r6);
    expect(listed.findings).toEqual([]);
    expect(listed.row.priorityAreas.map((t) => t.id).sort()).toEqual([id, 'dementia-neuro'].sort());
  });

  it('accepts aliases and spellings without 「・」', () => {
    const { row: r, findings } = one({ name: 'x', diseaseArea: '癌', purpose: '予後QOL' });
    expect(findings).toEqual([]);
    expect(r.diseaseAreas.map((t) => t.id)).toEqual(['cancer']);
    expect(r.purposes.map((t) => t.id)).toEqual(['prognosis-qol']);
  });

  it.each([
    ['diseaseArea', 'がん・ほげ', 'disease-area-unknown', 'J7', 'ほげ'],
    ['purpose', '完治', 'purpose-unknown', 'K7', '完治'],
    ['priorityArea', 'GAPFREE', 'priority-area-unknown', 'L7', 'GAPFREE'],
  ] as const)('reports an unknown %s value at its cell with the closest entries', (column, value, rule, cell, label) => {
    const { findings } = one({ name: 'x', [column]: value });
    expect(findings).toEqual([expect.objectContaining({ rule, cell, row: 7, value, params: { label, candidates: expect.any(Array) } })]);
    expect((findings[0].params.candidates as string[]).length).toBeGreaterThan(0);
  });

  it('suggests tags from the text when none are declared, with the words that did', () => {
    const { row: r } = one({ name: '認知症の新たな治療法の開発' });
    expect(r.diseaseAreas).toEqual([
      { id: 'geriatric-dementia', name: '老年医学・認知症', basis: 'suggested', reasons: [expect.objectContaining({ kind: 'term', field: 'name', matched: '認知症' })] },
    ]);
    expect(r.priorityAreas.map((t) => [t.id, t.basis])).toEqual([['dementia', 'suggested']]);
    expect(r.purposes.map((t) => [t.id, t.basis])).toEqual([['treatment', 'suggested']]);
  });

  it('does not suggest a tag over a declared one', () => {
    const { row: r } = one({ name: '認知症の研究', diseaseArea: 'がん' });
    expect(r.diseaseAreas.map((t) => [t.id, t.basis])).toEqual([['cancer', 'declared']]);
  });
});

describe('区分', () => {
  const withInhouseTerms = PolicyPackSchema.parse({
    ...pack,
    vocabularies: {
      ...pack.vocabularies,
      categories: pack.vocabularies.categories.map((c) => (c.id === 'inhouse' ? { ...c, terms: ['国立研究開発法人', '研究所', 'ナショナルセンター'] } : c)),
    },
  });

  it.each([
    ['AMED', 'amed'],
    ['ＡＭＥＤ対象経費', 'amed'],
    ['AMED対象経費（補助金）', 'amed'],
    ['インハウス', 'inhouse'],
    ['インハウス研究機関経費', 'inhouse'],
  ])('reads %j as %s', (category, id) => {
    const { row: r, findings } = one({ name: 'x', category });
    expect(findings).toEqual([]);
    expect(r.category).toEqual({ id, basis: 'declared' });
  });

  it.each(['AMED・インハウス', '運営費交付金'])('reports %j as an unknown 区分', (category) => {
    const { row: r, findings } = one({ name: 'x', category });
    expect(r.category).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ rule: 'category-unknown', cell: 'D7', params: { label: category, candidates: ['AMED対象経費', 'インハウス研究機関経費'] } })]);
  });

  it('suggests インハウス from an institute in the text when the pack gives such terms', () => {
    expect(one({ name: '研究開発費', department: '国立研究開発法人 医薬基盤研究所' }, withInhouseTerms).row.category).toEqual({ id: 'inhouse', basis: 'suggested' });
    expect(one({ name: '研究開発費', department: '医政局研究開発政策課' }, withInhouseTerms).row.category).toBeNull();
    expect(one({ name: '研究開発費', category: '  ' }, withInhouseTerms).row.category).toBeNull();
  });
});

describe('fund-based money and 調整費', () => {
  it('flags a fund-based priority area named in the text, with its area', () => {
    const { row: r } = one({ name: 'ムーンショット型研究開発事業' });
    // The long-lived programme's name (ムーンショット型研究開発) is matched; the year's area is kept with its citation.
    expect(r.fund).toEqual({
      areaId: 'moonshot',
      kind: 'fund',
      via: 'programme',
      reasons: [expect.objectContaining({ field: 'name', matched: 'ムーンショット型研究開発', citation: expect.objectContaining({ section: '5(2)' }) })],
    });
    expect(r.account).toEqual({ id: 'fund', label: '基金', basis: 'suggested' });
  });

  it('flags fund words (基金, 補正) in the remarks, without an area', () => {
    expect(one({ name: '医療機器開発推進研究事業', remarks: '令和5年度補正予算で措置' }).row.fund).toEqual({
      areaId: null,
      kind: 'supplementary',
      via: 'marker',
      reasons: [expect.objectContaining({ field: 'remarks', matched: '補正予算' })],
    });
  });

  it('flags a declared fund-based priority area', () => {
    expect(one({ name: 'x', priorityArea: 'ムーンショット型の研究開発' }).row.fund).toMatchObject({ areaId: 'moonshot', reasons: [expect.objectContaining({ kind: 'tag', field: 'priorityArea' })] });
  });

  it('leaves ordinary rows alone', () => {
    const { row: r } = one({ name: '医療機器開発推進研究事業' });
    expect(r.fund).toBeNull();
    expect(r.adjustmentFund).toBe(false);
  });

  it('recognises a 調整費 line by its name', () => {
    expect(one({ name: '医療分野の研究開発関連の調整費' }).row.adjustmentFund).toBe(true);
  });
});

describe('declared tags shared by several entries', () => {
  it('does not read a word several focus items list (「がん」) as any one of them', () => {
    const shared = PolicyPackSchema.parse({
      ...pack,
      projects: pack.projects.map((p) => ({ ...p, focusItems: p.focusItems.map((f) => ({ ...f, terms: [...f.terms, 'がん'] })) })),
    });
    const { row: r, findings } = one({ name: 'x', priorityArea: 'がん' }, shared);
    expect(r.priorityAreas).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ rule: 'priority-area-unknown', params: expect.objectContaining({ label: 'がん' }) })]);
    expect(one({ name: 'x', priorityArea: '創薬' }, shared).row.priorityAreas.map((t) => t.id)).toEqual(['pharma-focus']);
  });
});
