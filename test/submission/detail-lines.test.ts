import type { Reason } from '../../src/domain/model/classification';
import { detailLines, rowTotal, type DetailLine, type LineMark } from '../../src/domain/submission/detail-lines';
import { DEFAULT_LAYOUT } from '../../src/domain/submission/layout';
import { syntheticPack } from '../helpers/synthetic-pack';
import { buildReport, realisticRows, type FixtureRow } from './report-fixture';

const pack = syntheticPack();
const layout = DEFAULT_LAYOUT;

function linesOf(rows: readonly FixtureRow[]): DetailLine[] {
  return detailLines(buildReport(pack, rows).rows, pack, layout);
}

const base = { category: 'amed', priorityRequest: 0 } as const;

describe('detailLines', () => {
  it('gives each project share of a split 事業 its own line, and 前年度/要求/要望 follow the shares exactly', () => {
    const [cancer] = realisticRows(pack).filter((r) => r.name === '革新的がん医療実用化研究事業');
    const lines = linesOf([cancer]);
    expect(lines.map((l) => [l.project, l.total, l.previous])).toEqual([
      ['医薬品プロジェクト', 2_276_602, 2_162_765],
      ['医療機器・ヘルスケアプロジェクト', 196_102, 186_296],
      ['再生・細胞医療・遺伝子治療プロジェクト', 1_374_529, 1_305_798],
      ['ゲノム・データ基盤プロジェクト', 3_845_685, 3_653_388],
      ['疾患基礎研究プロジェクト', 1_079_042, 1_025_086],
    ]);
    // 要求 is allocated; 要望 is each share minus its 要求, so every line adds up.
    lines.forEach((l) => expect((l.request as number) + (l.priorityRequest as number)).toBe(l.total));
    expect(lines.every((l) => l.marks.includes('prorated'))).toBe(true);
  });

  it('a 事業\'s lines add up exactly to the 事業\'s amounts, for every realistic row', () => {
    const report = buildReport(pack, realisticRows(pack));
    const lines = detailLines(report.rows, pack, layout);
    report.rows.forEach((row, index) => {
      const own = lines.filter((l) => l.no === index + 1);
      const sum = (pick: (l: DetailLine) => number | null) => own.reduce((s, l) => s + (pick(l) ?? 0), 0);
      expect(sum((l) => l.total)).toBe(rowTotal(row));
      expect(sum((l) => l.request)).toBe(row.request ?? 0);
      expect(sum((l) => l.priorityRequest)).toBe(row.priorityRequest ?? 0);
      expect(sum((l) => l.previous)).toBe(row.previous ?? 0);
    });
  });

  it.each<{ title: string; row: FixtureRow; expected: [string, number, number | null, LineMark[]][] }>([
    {
      title: 'a single project label takes the whole 事業, nothing is prorated',
      row: { ...base, name: 'a', request: 300, previous: 200, projects: [{ order: 3, amount: null }] },
      expected: [['再生・細胞医療・遺伝子治療プロジェクト', 300, 200, []]],
    },
    {
      title: 'no project at all: one 「統合プロジェクト未特定」 line',
      row: { ...base, name: 'b', request: 300, previous: 200 },
      expected: [['統合プロジェクト未特定', 300, 200, []]],
    },
    {
      title: 'several labels without amounts: one 「統合プロジェクト未特定」 line',
      row: {
        ...base,
        name: 'c',
        request: 300,
        previous: 200,
        projects: [
          { order: 1, amount: null },
          { order: 2, amount: null },
        ],
      },
      expected: [['統合プロジェクト未特定', 300, 200, []]],
    },
    {
      title: 'split amounts that fall short of the 事業: the difference is a 「統合プロジェクト未特定」 line',
      row: {
        ...base,
        name: 'd',
        request: 500,
        previous: 480,
        projects: [
          { order: 1, amount: 300 },
          { order: 6, amount: 150 },
        ],
      },
      expected: [
        ['医薬品プロジェクト', 300, 288, ['prorated']],
        ['シーズ開発・研究基盤プロジェクト', 150, 144, ['prorated']],
        ['統合プロジェクト未特定', 50, 48, ['prorated', 'remainder']],
      ],
    },
    {
      title: 'a zero split amount gets no line',
      row: {
        ...base,
        name: 'e',
        request: 300,
        previous: 90,
        projects: [
          { order: 1, amount: 0 },
          { order: 2, amount: 300 },
        ],
      },
      expected: [['医療機器・ヘルスケアプロジェクト', 300, 90, []]],
    },
    {
      title: 'shares that exceed the 事業: the negative difference weighs nothing (as in the engine)',
      row: {
        ...base,
        name: 'f',
        request: 100,
        previous: 80,
        projects: [
          { order: 1, amount: 70 },
          { order: 2, amount: 50 },
        ],
      },
      expected: [
        ['医薬品プロジェクト', 70, 47, ['prorated']],
        ['医療機器・ヘルスケアプロジェクト', 50, 33, ['prorated']],
        ['統合プロジェクト未特定', -20, 0, ['prorated', 'remainder']],
      ],
    },
    {
      title: 'a 皆減 事業 (request 0) split by project keeps its 前年度 unattributed',
      row: {
        ...base,
        name: 'g',
        request: 0,
        previous: 80,
        projects: [
          { order: 1, amount: 0 },
          { order: 2, amount: 0 },
        ],
      },
      expected: [['統合プロジェクト未特定', 0, 80, []]],
    },
  ])('$title', ({ row, expected }) => {
    const lines = linesOf([row]);
    expect(lines.map((l) => [l.project, l.total, l.previous, l.marks])).toEqual(expected);
  });

  it('takes the engine\'s split of 前年度 verbatim when the report gives one; the rest is unattributed', () => {
    const report = buildReport(pack, [
      {
        ...base,
        name: 'a',
        request: 500,
        previous: 480,
        projects: [
          { order: 1, amount: 300 },
          { order: 6, amount: 150 },
        ],
      },
    ]);
    const row = { ...report.rows[0], projects: report.rows[0].projects.map((p, i) => ({ ...p, previous: [400, 70][i] })) };
    expect(detailLines([row], pack, layout).map((l) => [l.project, l.previous])).toEqual([
      ['医薬品プロジェクト', 400],
      ['シーズ開発・研究基盤プロジェクト', 70],
      ['統合プロジェクト未特定', 10],
    ]);
  });

  it('without the engine\'s split, allocates 前年度 the same way the engine does', () => {
    const report = buildReport(pack, realisticRows(pack));
    const withoutSplit = report.rows.map((r) => ({ ...r, projects: r.projects.map(({ previous: _previous, ...p }) => p) }));
    expect(detailLines(withoutSplit, pack, layout)).toEqual(detailLines(report.rows, pack, layout));
  });

  it('a project id the pack does not have is never counted as a project', () => {
    const report = buildReport(pack, [{ ...base, name: 'x', request: 100, previous: 100, projects: [{ order: 1, amount: null }] }]);
    const row = { ...report.rows[0], projects: [{ id: 'infection', name: '感染症プロジェクト', amount: null, basis: 'declared' as const }] };
    const [line] = detailLines([row], pack, layout);
    expect(line.projectId).toBeNull();
    expect(line.basis).toBe('この年度の方針にない統合プロジェクト（感染症プロジェクト）');
  });

  it('fund-based rows are listed but not counted', () => {
    const lines = linesOf([{ ...base, name: 'ムーンショット', request: 1000, previous: 0, fund: true }]);
    expect(lines.map((l) => [l.counted, l.marks])).toEqual([[false, ['fund']]]);
  });

  it('an unknown 区分 gets the layout\'s 区分不明; known ones their official names', () => {
    const lines = linesOf([
      { ...base, name: 'a', request: 1, previous: 1 },
      { ...base, name: 'b', category: 'inhouse', request: 1, previous: 1 },
      { ...base, name: 'c', category: null, request: 1, previous: 1 },
    ]);
    expect(lines.map((l) => l.category)).toEqual(['AMED対象経費', 'インハウス研究機関経費', '区分不明']);
  });

  it('a 要求 + 要望 that differs from 計 is split on its own and still adds up', () => {
    const lines = linesOf([
      {
        ...base,
        name: 'a',
        request: 101,
        priorityRequest: 50,
        total: 200,
        previous: null,
        projects: [
          { order: 1, amount: 100 },
          { order: 2, amount: 100 },
        ],
      },
    ]);
    expect(lines.map((l) => [l.request, l.priorityRequest, l.previous])).toEqual([
      [51, 25, null],
      [50, 25, null],
    ]);
  });

  it('tags are resolved by id or by name to the pack\'s official names', () => {
    const [line] = linesOf([
      { ...base, name: 'a', request: 1, previous: 1, priorityAreas: ['dementia', 'ムーンショット型の研究開発', 'no-such-area'], diseaseAreas: ['がん', 'intractable'], purposes: ['prevention', '治療'] },
    ]);
    expect([line.priorityAreas, line.diseaseAreas, line.purposes]).toEqual([
      ['認知症等の脳神経疾患', 'ムーンショット型の研究開発'],
      ['がん', '難病'],
      ['予防', '治療'],
    ]);
  });

  const reason = (kind: Reason['kind'], field: string, matched: string, weight: number): Reason => ({ kind, field, matched, weight });

  it.each<{ row: Partial<FixtureRow>; basis: string }>([
    { row: { projects: [{ order: 1, amount: 5 }], basis: 'split' }, basis: '分割列（プロジェクト別金額列）' },
    { row: { projects: [{ order: 1, amount: 5 }], basis: 'split', reasons: [reason('split-column', 'projectAmount', 'PJ①', 9)] }, basis: '分割列（プロジェクト別金額列「PJ①」）' },
    { row: { projects: [{ order: 1, amount: null }], basis: 'declared', reasons: [reason('alias', 'projectLabel', '医薬品PJ', 8), reason('term', 'name', '創薬', 2)] }, basis: '申告（統合プロジェクト欄「医薬品PJ」）' },
    {
      row: { projects: [{ order: 1, amount: null }], basis: 'accepted', confidence: 'medium', reasons: [reason('term', 'name', '創薬', 2), reason('term', 'summary', 'モダリティ', 3)] },
      basis: '確認済みの候補（事業概要「モダリティ」・事業名「創薬」、確度：中）',
    },
    { row: {}, basis: '統合プロジェクトの記載・確認なし' },
    {
      row: { noSuggestion: { code: 'only-generic-words', words: ['研究開発', '推進'] } },
      basis: '統合プロジェクトの記載・確認なし（候補なし：どの事業名にも使われる一般的な語（研究開発、推進）だけで、統合プロジェクトを示す語がありません）',
    },
    {
      row: { noSuggestion: { code: 'tie', projectIds: ['pharma', 'disease-basic'], score: 0.5 } },
      basis: '統合プロジェクトの記載・確認なし（候補なし：医薬品プロジェクト、疾患基礎研究プロジェクトが同点（0.5）で、どれとも決められません（複数のプロジェクトにまたがる事業かもしれません））',
    },
  ])('分類の根拠: $basis', ({ row, basis }) => {
    const [line] = linesOf([{ ...base, name: 'a', request: 5, previous: 5, ...row }]);
    expect(line.basis).toBe(basis);
  });
});
