import pkg from '../../package.json';
import { buildReport, type ReportInput } from '../../src/domain/engine/report';
import type { Locale } from '../../src/domain/model/finding';
import { RULES } from '../../src/domain/rules/catalogue';
import { runRules } from '../../src/domain/rules/engine';
import { syntheticPack } from '../helpers/synthetic-pack';
import { makeContext, reason, share, suggestion, tag, type TableSpec } from '../rules/builders';

const pack = syntheticPack();
const now = new Date('2026-11-22T03:00:00Z');

const spec: TableSpec = {
  unit: '百万円',
  rows: [
    {
      row: 5,
      name: '認知症研究開発事業',
      previous: 1_200_000,
      request: 1_045_895,
      priorityRequest: 296_307,
      total: 1_342_202,
      split: { 'genome-data': 1_045_895, 'disease-basic': 296_307 },
      summary: '認知症の病態解明',
      cls: {
        basis: 'split',
        projects: [share('genome-data', 1_045_895, 'split'), share('disease-basic', 296_307, 'split')],
        suggestions: [suggestion('disease-basic', 'high', ['病態解明'])],
        priorityAreas: [tag('dementia', '認知症等の脳神経疾患', 'suggested')],
        diseaseAreas: [tag('geriatric-dementia', '老年医学・認知症')],
        purposes: [tag('treatment', '治療')],
      },
    },
    // warnings only: a total that differs (error) is on row 7
    { row: 6, name: 'ムーンショット型研究開発事業', request: 1000, total: 1000, cls: { fund: { areaId: 'moonshot', reasons: [reason('ムーンショット')], kind: 'fund', via: 'programme' } } },
    { row: 7, name: '創薬支援推進事業', request: 100, priorityRequest: 0, total: 150, cls: { suggestions: [suggestion('pharma')] } },
  ],
  tableFindings: [{ rule: 'unit-assumed', params: {} }],
};

function report(locale: Locale, overrides: Partial<ReportInput> = {}) {
  const ctx = makeContext(spec, pack);
  return buildReport({ ...ctx, chosenBy: 'sheet', findings: runRules(ctx), locale, file: 'kousei.xlsx', sha256: 'ab'.repeat(32), now, ...overrides });
}

describe('buildReport', () => {
  const ja = report('ja');

  it('the envelope: tool, time, input, policy, units', () => {
    expect(ja.tool).toEqual({ name: 'budget-check', version: pkg.version });
    expect(ja.generatedAt).toBe('2026-11-22T03:00:00.000Z');
    expect(ja.input).toEqual({ file: 'kousei.xlsx', sheet: '要求一覧', sha256: 'ab'.repeat(32), range: 'A4:T7' });
    expect(ja.policy).toEqual({ id: 'R6', title: pack.title, fiscalYear: '令和6年度', decidedOn: pack.decidedOn, chosenBy: 'sheet' });
    expect([ja.unit, ja.sourceUnit]).toEqual(['千円', '百万円']);
  });

  it('counts by severity and by rule, and the status', () => {
    const bySeverity = (s: string) => ja.findings.filter((f) => f.severity === s).length;
    expect(ja.summary).toEqual({
      errors: bySeverity('error'),
      warnings: bySeverity('warning'),
      infos: bySeverity('info'),
      rows: 3,
      // row 5 rises with only a suggested priority area: a suggestion does not satisfy the rule
      byRule: { 'unit-assumed': 1, 'fund-row': 1, 'total-mismatch': 1, 'project-missing': 1, 'increase-without-priority': 1 },
    });
    expect(ja.summary.errors).toBe(2);
    expect(ja.status).toBe('errors');
  });

  it('groups follow the catalogue order, with titles in the locale and the group severity', () => {
    const order = RULES.map((r) => r.id);
    expect(ja.groups.map((g) => g.rule)).toEqual([...Object.keys(ja.summary.byRule)].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(ja.groups[0]).toEqual({ rule: 'unit-assumed', title: '金額の単位を仮定した', severity: 'warning', count: 1 });
    expect(report('en').groups[0].title).toBe('Unit assumed');
  });

  it('every finding carries its message in the locale', () => {
    expect(ja.findings.find((f) => f.rule === 'total-mismatch')?.message).toContain('要求・要望額 150千円');
    expect(report('en').findings.find((f) => f.rule === 'total-mismatch')?.message).toContain('the total 150');
    expect(ja.findings.map((f) => f.row)).toEqual([undefined, 5, 6, 7, 7]);
  });

  it('rows: amounts in 千円, official project names, counted tags apart from candidates, basis, fund, cell', () => {
    expect(ja.rows[0]).toMatchObject({
      row: 5,
      name: '認知症研究開発事業',
      category: 'amed',
      previous: 1_200_000,
      request: 1_045_895,
      priorityRequest: 296_307,
      total: 1_342_202,
      projects: [
        { id: 'genome-data', name: 'ゲノム・データ基盤プロジェクト', amount: 1_045_895, previous: 935_086, previousEstimated: true, basis: 'split' },
        { id: 'disease-basic', name: '疾患基礎研究プロジェクト', amount: 296_307, previous: 264_914, previousEstimated: true, basis: 'split' },
      ],
      suggestions: [{ id: 'disease-basic', name: '疾患基礎研究プロジェクト', score: 0.9, confidence: 'high' }],
      // a suggested priority area is a candidate, not a counted tag
      priorityAreas: [],
      candidates: { category: null, priorityAreas: ['認知症等の脳神経疾患'], diseaseAreas: [], purposes: [] },
      diseaseAreas: ['老年医学・認知症'],
      purposes: ['治療'],
      basis: 'split',
      fund: false,
      cell: 'B5',
    });
    expect(ja.rows[1]).toMatchObject({ fund: true, previous: null, priorityRequest: null });
    // only suggested: no share, the amount stays 統合プロジェクト未特定 and shows as the project's candidate
    expect(ja.rows[2].projects).toEqual([]);
    expect(ja.totals.byProject.find((p) => p.projectId === 'pharma')).toMatchObject({ total: 0, candidate: 150 });
    expect(ja.rows[2].classification.rowNumber).toBe(7);
  });

  it('totals keep the fund row apart', () => {
    expect(ja.totals.fund.total).toBe(1000);
    expect(ja.totals.all.total).toBe(1_342_202 + 150);
  });

  it('status warnings and ok', () => {
    const ctx = makeContext(spec, pack);
    const only = (rule: string) => runRules(ctx).filter((f) => f.rule === rule);
    expect(report('ja', { findings: only('unit-assumed') }).status).toBe('warnings');
    expect(report('ja', { findings: only('fund-row') }).status).toBe('ok');
    expect(report('ja', { findings: [] }).groups).toEqual([]);
  });

  it('a row the classifier did not see is reported unclassified', () => {
    const ctx = makeContext(spec, pack);
    const r = buildReport({ ...ctx, classification: { rows: [], findings: [] }, chosenBy: 'default', findings: [], locale: 'ja', sha256: '0', now });
    expect(r.rows[0]).toMatchObject({ category: null, basis: null, projects: [], fund: false });
    expect(r.input).not.toHaveProperty('file');
  });
});
