import fc from 'fast-check';
import { computeTotals } from '../../src/domain/engine/totals';
import { syntheticPack } from '../helpers/synthetic-pack';
import { makeClassification, makeTable, share, type TableSpec } from '../rules/builders';

const pack = syntheticPack();
const AMED = { id: 'amed', basis: 'declared' } as const;
const INHOUSE = { id: 'inhouse', basis: 'declared' } as const;

/** Every kind of row the totals treat differently; amounts in 千円. */
const spec: TableSpec = {
  rows: [
    // split across two projects; previous year split pro rata in whole 千円
    { row: 5, previous: 1_200_000, request: 1_045_895, priorityRequest: 296_307, total: 1_342_202, split: { 'genome-data': 1_045_895, 'disease-basic': 296_307 }, cls: { category: AMED, basis: 'split', projects: [share('genome-data', 1_045_895, 'split'), share('disease-basic', 296_307, 'split')] } },
    // one declared project without an amount takes the whole row
    { row: 6, previous: 400, request: 500, total: 500, cls: { category: AMED, basis: 'declared', projects: [share('pharma', null)] } },
    { row: 7, previous: 300, request: 250, priorityRequest: 50, cls: { category: INHOUSE, basis: 'declared', projects: [share('seeds', null)] } },
    // fund-based: only in `fund`
    { row: 8, name: 'ムーンショット型研究開発事業', previous: 800, request: 1000, total: 1000, cls: { category: AMED, fund: { areaId: 'moonshot', reasons: [], kind: 'fund', via: 'programme' }, projects: [share('seeds', null)] } },
    // unknown 区分: in `all` and in its project, in neither amed nor inhouse
    { row: 9, previous: 0, request: 50, total: 50, cls: { category: null, projects: [share('pharma', null)] } },
    // several projects without amounts: unattributed
    { row: 10, previous: 100, request: 200, total: 200, cls: { category: AMED, projects: [share('pharma', null), share('devices', null)] } },
    // no project at all: unattributed
    { row: 11, previous: 20, request: 70, total: 70, cls: { category: AMED } },
  ],
};

describe('computeTotals', () => {
  const totals = computeTotals(makeTable(spec, pack), makeClassification(spec, pack), pack);

  it('AMED, インハウス and 区分不明 apart, all = the three, fund kept out', () => {
    expect(totals.amed).toEqual({ total: 1_342_202 + 500 + 200 + 70, request: 1_045_895 + 500 + 200 + 70, priorityRequest: 296_307, previous: 1_200_000 + 400 + 100 + 20, change: 142_202 + 100 + 100 + 50 });
    expect(totals.inhouse).toEqual({ total: 300, request: 250, priorityRequest: 50, previous: 300, change: 0 });
    expect(totals.unknownCategory).toEqual({ total: 50, request: 50, priorityRequest: 0, previous: 0, change: 50 });
    expect(totals.all).toEqual({ total: 1_343_322, request: 1_046_965, priorityRequest: 296_357, previous: 1_200_820, change: 142_502 });
    expect(totals.fund).toEqual({ total: 1000, request: 1000, priorityRequest: 0, previous: 800, change: 200 });
    expect(totals.accounts).toEqual([]);
  });

  it('per project, in the pack order, with official names and previous years split pro rata', () => {
    expect(totals.byProject.map((p) => p.name)).toEqual(pack.projects.map((p) => p.name));
    const byId = Object.fromEntries(totals.byProject.map((p) => [p.projectId, p]));
    expect(byId['genome-data']).toEqual({
      projectId: 'genome-data',
      name: 'ゲノム・データ基盤プロジェクト',
      amed: 1_045_895,
      inhouse: 0,
      unknownCategory: 0,
      total: 1_045_895,
      previous: 935_086,
      change: 110_809,
      previousEstimated: true,
      candidate: 0,
    });
    expect(byId['disease-basic']).toMatchObject({ amed: 296_307, total: 296_307, previous: 264_914, previousEstimated: true });
    // row 9's 区分 is unknown: its 50 is in the project's 区分不明, so AMED + インハウス + 区分不明 = 計
    expect(byId.pharma).toMatchObject({ amed: 500, inhouse: 0, unknownCategory: 50, total: 550, previous: 400, previousEstimated: false });
    expect(byId.seeds).toMatchObject({ amed: 0, inhouse: 300, total: 300, previous: 300 }); // not the fund row's 1000
    expect(byId.devices).toMatchObject({ total: 0, previous: 0 });
    expect(totals.unspecified).toMatchObject({ projectId: null, amed: 270, total: 270, previous: 120 });
  });

  it('projects plus 未特定 add up to all, column by column', () => {
    const lines = [...totals.byProject, totals.unspecified];
    const sum = (key: 'amed' | 'inhouse' | 'unknownCategory' | 'total' | 'previous') => lines.reduce((s, p) => s + (p[key] ?? 0), 0);
    expect(sum('total')).toBe(totals.all.total);
    expect(sum('previous')).toBe(totals.all.previous);
    expect(sum('amed')).toBe(totals.amed.total);
    expect(sum('inhouse')).toBe(totals.inhouse.total);
    expect(sum('unknownCategory')).toBe(totals.unknownCategory.total);
  });

  it('a suggested 区分 or project counts nowhere: the row stays 区分不明 and 未特定, the project shows it as 候補', () => {
    const guessed: TableSpec = {
      rows: [
        { row: 5, previous: 10, total: 100, cls: { category: { id: 'amed', basis: 'suggested' }, suggestions: [{ projectId: 'pharma', score: 9, confidence: 'high', reasons: [] }] } },
        { row: 6, previous: 0, total: 40, cls: { category: { id: 'amed', basis: 'accepted' }, basis: 'accepted', projects: [share('devices', null, 'accepted')] } },
      ],
    };
    const t = computeTotals(makeTable(guessed, pack), makeClassification(guessed, pack), pack);
    expect(t.amed.total).toBe(40);
    expect(t.unknownCategory.total).toBe(100);
    expect(t.byProject.find((p) => p.projectId === 'pharma')).toMatchObject({ total: 0, candidate: 100 });
    expect(t.byProject.find((p) => p.projectId === 'devices')).toMatchObject({ amed: 40, total: 40, candidate: 0 });
    expect(t.unspecified).toMatchObject({ unknownCategory: 100, total: 100, previous: 10 });
  });

  it('a 特別会計 row is shown apart, by the account the sheet names, and in no other total', () => {
    const accounts: TableSpec = {
      rows: [
        { row: 5, previous: 0, total: 100, cls: { category: AMED, projects: [share('genome-data', null)] } },
        { row: 6, previous: 50, total: 70, cls: { category: AMED, account: { id: 'reconstruction', label: '復興特別会計', basis: 'declared' }, projects: [share('genome-data', null)] } },
        { row: 7, previous: 0, total: 5, cls: { category: AMED, account: { id: 'general', label: '一般会計', basis: 'declared' } } },
      ],
    };
    const t = computeTotals(makeTable(accounts, pack), makeClassification(accounts, pack), pack);
    expect(t.all.total).toBe(105);
    expect(t.accounts).toEqual([{ id: 'reconstruction', label: '復興特別会計', totals: { total: 70, request: 70, priorityRequest: 0, previous: 50, change: 20 } }]);
    expect(t.byProject.find((p) => p.projectId === 'genome-data')?.total).toBe(100);
  });

  it('without a 前年度 column, 前年度 and 増減 are unknown (null), never 0 and 皆増', () => {
    const noPrevious: TableSpec = { rows: [{ row: 5, total: 100, cls: { category: AMED, projects: [share('pharma', null)] } }] };
    const table = makeTable(noPrevious, pack);
    const withoutColumn = { ...table, mapping: table.mapping && { ...table.mapping, columns: table.mapping.columns.filter((c) => c.role !== 'previous') } };
    const t = computeTotals(withoutColumn, makeClassification(noPrevious, pack), pack);
    expect(t.all).toMatchObject({ total: 100, previous: null, change: null });
    expect(t.byProject[0]).toMatchObject({ total: 100, previous: null, change: null });
  });

  it.each([
    ['a whole number of 千円 is split in whole 千円', { raw: 1, yen: 1000 }, [0, 1]],
    ['otherwise in yen', { raw: 1.5, yen: 1500 }, [0.5, 1]],
    ['yen thirds', { raw: 0.001, yen: 1 }, [0, 0.001]],
  ])('%s', (_name, previous, expected) => {
    const oneRow: TableSpec = { rows: [{ previous, total: 3, split: { pharma: 1, devices: 2 }, cls: { projects: [share('pharma', 1, 'split'), share('devices', 2, 'split')] } }] };
    const t = computeTotals(makeTable(oneRow, pack), makeClassification(oneRow, pack), pack);
    expect([t.byProject[0].previous, t.byProject[1].previous]).toEqual(expected);
  });

  it("a program ending this year (total 0) keeps last year's money in its project", () => {
    const ending: TableSpec = { rows: [{ previous: 900, total: 0, cls: { projects: [share('regenerative', null)] } }] };
    const t = computeTotals(makeTable(ending, pack), makeClassification(ending, pack), pack);
    expect(t.byProject.find((p) => p.projectId === 'regenerative')).toMatchObject({ total: 0, previous: 900, change: -900 });
    expect(t.unspecified.previous).toBe(0);
  });

  it('a split that misses part of the total leaves the rest unattributed, previous year included', () => {
    const short: TableSpec = { rows: [{ previous: 100, total: 100, split: { pharma: 60 }, cls: { projects: [share('pharma', 60, 'split')] } }] };
    const t = computeTotals(makeTable(short, pack), makeClassification(short, pack), pack);
    expect(t.byProject[0]).toMatchObject({ total: 60, previous: 60 });
    expect([t.unspecified.total, t.unspecified.previous]).toEqual([40, 40]);
    expect(t.byProject[0].previousEstimated).toBe(true);
  });

  it('amounts beyond exact integers are kept whole rather than split (and never throw)', () => {
    const huge: TableSpec = { rows: [{ previous: { raw: 1e20, yen: 1e23 }, total: 3, split: { pharma: 1, devices: 2 }, cls: { projects: [share('pharma', 1, 'split'), share('devices', 2, 'split')] } }] };
    const t = computeTotals(makeTable(huge, pack), makeClassification(huge, pack), pack);
    expect(t.unspecified.previous).toBe(1e23 / 1000);
    expect(t.byProject[0].previous).toBe(0);
  });

  it('no rows: all zero, one line per project of an eight-project pack', () => {
    const eight = syntheticPack({ projects: 8 });
    const t = computeTotals(makeTable({}, eight), makeClassification({}, eight), eight);
    expect(t.byProject).toHaveLength(8);
    expect(t.all).toEqual({ total: 0, request: 0, priorityRequest: 0, previous: 0, change: 0 });
  });

  it('always reconciles: projects + unattributed = all, fund never included (property)', () => {
    const ids = pack.projects.map((p) => p.id);
    const rowArb = fc.record({
      previous: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
      total: fc.integer({ min: 0, max: 10_000_000 }),
      fund: fc.boolean(),
      category: fc.constantFrom('amed', 'inhouse', null),
      categoryBasis: fc.constantFrom('declared' as const, 'accepted' as const, 'suggested' as const),
      shares: fc.uniqueArray(fc.record({ id: fc.constantFrom(...ids), amount: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }) }), { selector: (s) => s.id, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), (rows) => {
        const s: TableSpec = {
          rows: rows.map((r) => ({
            previous: r.previous,
            total: r.total,
            cls: {
              category: r.category ? { id: r.category, basis: r.categoryBasis } : null,
              fund: r.fund ? { areaId: null, reasons: [], kind: 'fund', via: 'programme' } : null,
              projects: r.shares.map((x) => share(x.id, x.amount)),
            },
          })),
        };
        const t = computeTotals(makeTable(s, pack), makeClassification(s, pack), pack);
        const round = (n: number) => Math.round(n * 1000);
        const lines = [...t.byProject, t.unspecified];
        for (const key of ['total', 'previous', 'amed', 'inhouse', 'unknownCategory'] as const) {
          const whole = key === 'total' || key === 'previous' ? t.all[key] : t[key].total;
          expect(round(lines.reduce((a, p) => a + (p[key] ?? NaN), 0))).toBe(round(whole ?? NaN));
        }
        for (const key of ['total', 'request', 'priorityRequest', 'previous'] as const) {
          expect(round((t.amed[key] ?? NaN) + (t.inhouse[key] ?? NaN) + (t.unknownCategory[key] ?? NaN))).toBe(round(t.all[key] ?? NaN));
        }
        expect(round(t.all.total + t.fund.total)).toBe(round(rows.reduce((a, r) => a + r.total, 0)));
        expect(round(t.fund.total)).toBe(round(rows.filter((r) => r.fund).reduce((a, r) => a + r.total, 0)));
      }),
      { numRuns: 200 },
    );
  });
});
