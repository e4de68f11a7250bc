import { acceptanceFor } from '../../src/domain/classification/accept-record';
import { checkSheet } from '../../src/domain/engine/check';
import { writeReportJson } from '../../src/domain/engine/report-json';
import type { SheetGrid } from '../../src/domain/model/grid';
import type { PreviousYear } from '../../src/domain/model/previous-year';
import { loadPacks } from '../../src/domain/policy/registry';
import { DEFAULT_LAYOUT } from '../../src/domain/submission';
import { detailLines } from '../../src/domain/submission/detail-lines';

/**
 * A check given last year's sheet: continuing 事業 are offered last year's classification as
 * suggestions that count nowhere until accepted; the report lists continuing, new and
 * discontinued 事業; a declared project that changed is warned of.
 */

const packs = loadPacks();

const THIS_YEAR: SheetGrid = {
  sheetName: '要求表',
  originRow: 0,
  originCol: 0,
  values: [
    ['令和6年度 概算要求 医療分野研究開発関連（単位：千円）'],
    ['事業名', '区分', '前年度予算額', '要求額', '要望額', '計', '統合プロジェクト'],
    ['認知症研究開発事業', 'AMED', 1_342_202, 1_400_000, 0, 1_400_000, null],
    ['医療機器開発推進研究事業等', 'AMED', 900_000, 950_000, 0, 950_000, '再生医療'],
    ['新規の研究開発事業', 'AMED', 0, 50_000, 0, 50_000, null],
  ],
};

const LAST_YEAR: PreviousYear = {
  sheet: '令和5年度要求',
  file: 'r5.xlsx',
  kind: 'request',
  packId: 'R6',
  planPeriod: '第2期',
  projects: packs.find((p) => p.id === 'R6')!.projects.map((p) => ({ id: p.id, name: p.name })),
  fiscalYear: '令和5年度',
  rows: [
    {
      row: 4,
      number: null,
      name: '認知症研究開発事業',
      projects: [
        { projectId: 'genome-data', amount: 1_045_895_000 },
        { projectId: 'disease-basic', amount: 296_307_000 },
      ],
      priorityAreas: ['dementia-neuro'],
      diseaseAreas: ['geriatric-dementia'],
    },
    { row: 5, number: null, name: '医療機器開発推進研究事業', projects: [{ projectId: 'devices', amount: 900_000_000 }], priorityAreas: [], diseaseAreas: [] },
    { row: 6, number: null, name: '廃止した事業', projects: [{ projectId: 'seeds', amount: 1_000_000 }], priorityAreas: [], diseaseAreas: [] },
  ],
};

const check = (accepted: Parameters<typeof checkSheet>[1]['accepted'] = []) => checkSheet(THIS_YEAR, { packs, locale: 'ja', previous: LAST_YEAR, accepted, now: new Date('2024-08-30T00:00:00Z') });

describe('a check with last year\'s sheet', () => {
  it('lists continuing, new and discontinued 事業, the renamed one with its similarity', () => {
    const report = check();
    expect(report.previousYear).toEqual({
      source: { file: 'r5.xlsx', sheet: '令和5年度要求', kind: 'request', fiscalYear: '令和5年度', policyId: 'R6', sameProjects: true },
      continuing: [
        { row: 3, name: '認知症研究開発事業', cell: 'A3', previousRow: 4, previousName: '認知症研究開発事業', by: 'name', similarity: 1 },
        { row: 4, name: '医療機器開発推進研究事業等', cell: 'A4', previousRow: 5, previousName: '医療機器開発推進研究事業', by: 'name', similarity: 0.957 },
      ],
      added: [{ row: 5, name: '新規の研究開発事業', cell: 'A5' }],
      discontinued: [{ previousRow: 6, name: '廃止した事業', number: null }],
    });
    expect(report.previousYear!.continuing.length + report.previousYear!.added.length).toBe(report.rows.length);
  });

  it("offers last year's projects as suggestions that count nowhere: the totals are those of a check without last year", () => {
    const without = checkSheet(THIS_YEAR, { packs, locale: 'ja', now: new Date('2024-08-30T00:00:00Z') });
    const report = check();
    const dementia = report.rows[0];
    expect(dementia.projects).toEqual([]);
    expect(dementia.suggestions.slice(0, 2).map((s) => [s.id, s.confidence, s.amount])).toEqual([
      ['genome-data', 'high', 1_090_933],
      ['disease-basic', 'high', 309_067],
    ]);
    expect(dementia.candidates.priorityAreas).toContain('認知症等の脳神経疾患');
    expect(dementia.candidates.diseaseAreas).toEqual(['老年医学・認知症']);
    expect(dementia.priorityAreas).toEqual([]);
    const figures = (r: typeof report) => ({ ...r.totals, byProject: r.totals.byProject.map(({ candidate: _candidate, ...rest }) => rest) });
    expect(figures(report)).toEqual(figures(without));
    expect(report.totals.unspecified.total).toBe(1_400_000 + 50_000);
    // 候補（未確定） shows last year's split of the row, beside the figures.
    const candidate = (id: string) => report.totals.byProject.find((p) => p.projectId === id)!.candidate;
    expect([candidate('genome-data'), candidate('disease-basic')]).toEqual([1_090_933, 309_067]);
  });

  it('says where the suggestion is from, and warns of a declared project that changed', () => {
    const report = check();
    expect(report.findings.find((f) => f.rule === 'project-missing' && f.row === 3)?.message).toBe(
      '事業「認知症研究開発事業」に統合プロジェクトの記載がありません。前年度のシート「令和5年度要求」の4行目の分類による候補: ゲノム・データ基盤プロジェクト、疾患基礎研究プロジェクト（確度: 高）',
    );
    expect(report.findings.filter((f) => f.rule === 'project-changed-from-previous-year').map((f) => [f.cell, f.severity, f.message])).toEqual([
      [
        'G4',
        'warning',
        '事業「医療機器開発推進研究事業等」の統合プロジェクトが前年度から変わっています（前年度: 医療機器・ヘルスケアプロジェクト、今年度: 再生・細胞医療・遺伝子治療プロジェクト。前年度のシート「令和5年度要求」の5行目）。変更の理由を事業概要か備考に書き、ヒアリングで説明できるようにしてください。',
      ],
    ]);
  });

  it("counts last year's split once the officer accepts it, to the 千円, and the projects add up to the totals", () => {
    const first = check();
    const accepted = acceptanceFor(first.rows[0].key, first.rows[0].name, first.rows[0].classification, 'R6')!;
    const report = check([accepted]);
    expect(report.rows[0].projects.map((p) => [p.id, p.amount, p.basis])).toEqual([
      ['genome-data', 1_090_933, 'accepted'],
      ['disease-basic', 309_067, 'accepted'],
    ]);
    const line = (id: string) => report.totals.byProject.find((p) => p.projectId === id)!.total;
    expect(line('genome-data')).toBe(1_090_933);
    expect(report.totals.unspecified.total).toBe(50_000);
    const sum = report.totals.byProject.reduce((s, p) => s + p.total, 0) + report.totals.unspecified.total;
    expect(sum).toBe(report.totals.all.total);
    // Accepted, last year's priority and disease areas count too (restated, never summed).
    expect(report.rows[0].diseaseAreas).toEqual(['老年医学・認知症']);
  });

  it("the submission sheet's detail names last year's projects as the candidates of the 未特定 line, and where they come from", () => {
    const report = check();
    const [line] = detailLines(report.rows, packs.find((p) => p.id === 'R6')!, DEFAULT_LAYOUT);
    expect(line.project).toBe(DEFAULT_LAYOUT.unattributedLabel);
    expect(line.total).toBe(1_400_000);
    expect(line.candidates.slice(0, 2)).toEqual(['ゲノム・データ基盤プロジェクト', '疾患基礎研究プロジェクト']);
    expect(line.basis).toBe('統合プロジェクトの記載・確認なし（候補：ゲノム・データ基盤プロジェクト・疾患基礎研究プロジェクト、確度：高、前年度の分類（令和5年度要求・4行目））');
  });

  it('the JSON report carries the comparison, one 事業 a line', () => {
    const chunks: string[] = [];
    writeReportJson(check(), (c) => chunks.push(c));
    const text = chunks.join('');
    const json = JSON.parse(text);
    expect(json.previousYear.added).toEqual([{ row: 5, name: '新規の研究開発事業', cell: 'A5' }]);
    expect(text).toContain('\n      {"row":3,"name":"認知症研究開発事業","cell":"A3","previousRow":4');
    expect(json.rows[0].suggestions[0].reasons[0]).toMatchObject({ kind: 'previous-year', previous: { sheet: '令和5年度要求', row: 4, by: 'name', similarity: 1 } });
  });

  it('without last year\'s sheet the report has no comparison and the same JSON as before', () => {
    const report = checkSheet(THIS_YEAR, { packs, locale: 'ja', now: new Date('2024-08-30T00:00:00Z') });
    expect(report.previousYear).toBeUndefined();
    const chunks: string[] = [];
    writeReportJson(report, (c) => chunks.push(c));
    expect(chunks.join('')).not.toContain('previousYear');
  });
});
