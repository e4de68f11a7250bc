import { listCells } from '../../src/domain/model/model-cells';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../src/domain/model/grid';
import { checkSheet } from '../../src/domain/engine/check';
import { loadPacks } from '../../src/domain/policy/registry';
import { PolicyPackSchema } from '../../src/domain/policy/schema';
import { buildSubmissionSheet } from '../../src/domain/submission';
import { grid } from '../reading/grid';

/**
 * A new plan period changes the number of integrated projects (8 from 令和7年度). Only data
 * may change for it: reading the split columns, classifying, totalling and the submission
 * sheet must all follow the pack.
 */
const eight = PolicyPackSchema.parse(JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'policy', 'eight-projects.json'), 'utf8')));
const names = eight.projects.map((p) => p.name);

const header: CellValue[] = ['事業名', '区分', '前年度予算額', '要求額', '要望額', '要求・要望額', '統合プロジェクト', ...names, '事業概要'];
const row = (name: string, previous: number, request: number, label: string | null, split: Record<number, number> = {}): CellValue[] => [
  name,
  'AMED',
  previous,
  request,
  0,
  request,
  label,
  ...names.map((_, i) => split[i] ?? null),
  '研究開発',
];

const sheet = grid([
  ['令和7年度 概算要求 医療分野研究開発関連（単位：千円）'],
  [],
  header,
  row('感染症研究開発事業', 1_000, 1_200, '④感染症プロジェクト'),
  row('橋渡し研究事業', 2_000, 2_000, '⑦'),
  row('横断研究事業', 3_000, 3_500, null, { 4: 1_500, 7: 2_000 }),
]);

describe('the engine with an eight-project pack', () => {
  const packs = [...loadPacks(), eight];
  const report = checkSheet(sheet, { packs, locale: 'ja' });

  it('chooses the pack from the title and reads labels and all eight split columns', () => {
    expect(report.policy.id).toBe(eight.id);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.rows.map((r) => r.projects.map((p) => [p.name, p.amount]))).toEqual([
      [['感染症プロジェクト', 1_200]],
      [['橋渡し・臨床加速化プロジェクト', 2_000]],
      [
        ['データ利活用・ライフコースプロジェクト', 1_500],
        ['イノベーション・エコシステムプロジェクト', 2_000],
      ],
    ]);
  });

  it('totals one line per project, in the pack order, that add up to the whole', () => {
    expect(report.totals.byProject.map((p) => [p.name, p.total])).toEqual([
      ['医薬品プロジェクト', 0],
      ['医療機器・ヘルスケアプロジェクト', 0],
      ['再生・細胞医療・遺伝子治療プロジェクト', 0],
      ['感染症プロジェクト', 1_200],
      ['データ利活用・ライフコースプロジェクト', 1_500],
      ['シーズ開発・基礎研究プロジェクト', 0],
      ['橋渡し・臨床加速化プロジェクト', 2_000],
      ['イノベーション・エコシステムプロジェクト', 2_000],
    ]);
    expect(report.totals.byProject.reduce((s, p) => s + p.total, 0) + report.totals.unspecified.total).toBe(report.totals.all.total);
  });

  it('gives a submission sheet that lists the eight projects with their markers', () => {
    const model = buildSubmissionSheet(report, eight, { createdAt: '2025-08-29T00:00:00Z' });
    const texts = new Set(listCells(model.cells).map((c) => c.value));
    for (const p of eight.projects) {
      expect(texts).toContain(p.name);
      expect(texts).toContain(p.marker);
    }
  });
});
