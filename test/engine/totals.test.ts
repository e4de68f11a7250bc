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

  it('AMED and インハウス apart, all = both + unknown 区分, fund kept out', () => {
    expect(totals.amed).toEqual({ total: 1_342_202 + 500 + 200 + 70, request: 1_045_895 + 500 + 200 + 70, priorityRequest: 296_307, previous: 1_200_000 + 400 + 100 + 20, change: 142_202 + 100 + 100 + 50 });
    expect(totals.inhouse).toEqual({ total: 300, request: 250, priorityRequest: 50, previous: 300, change: 0 });
    expect(totals.all).toEqual({ total: 1_343_322, request: 1_046_965, priorityRequest: 296_357, previous: 1_200_820, change: 142_502 });
    expect(totals.fund).toEqual({ total: 1000, request: 1000, priorityRequest: 0, previous: 800, change: 200 });
  });

  it('per project, in the pack order, with official names and previous years split pro rata', () => {
    expect(totals.byProject.map((p) => p.name)).toEqual(pack.projects.map((p) => p.name));
    const byId = Object.fromEntries(totals.byProject.map((p) => [p.projectId, p]));
    expect(byId['genome-data']).toEqual({ projectId: 'genome-data', name: 'ゲノム・データ基盤プロジェクト', amed: 1_045_895, inhouse: 0, total: 1_045_895, previous: 935_086, change: 110_809 });
    expect(byId['disease-basic']).toMatchObject({ amed: 296_307, total: 296_307, previous: 264_914 });
    expect(byId.pharma).toMatchObject({ amed: 500, inhouse: 0, total: 550, previous: 400 });
    expect(byId.seeds).toMatchObject({ amed: 0, inhouse: 300, total: 300, previous: 300 }); // not the fund row's 1000
    expect(byId.devices).toMatchObject({ total: 0, previous: 0 });
    expect(totals.unattributed).toBe(270);
    expect(totals.unattributedPrevious).toBe(120);
  });

  it('projects plus unattributed add up to all, for amounts and previous years', () => {
    const sum = (key: 'total' | 'previous') => totals.byProject.reduce((s, p) => s + p[key], 0);
    expect(sum('total') + totals.unattributed).toBe(totals.all.total);
    expect(sum('previous') + (totals.unattributedPrevious ?? NaN)).toBe(totals.all.previous);
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
    expect(t.unattributedPrevious).toBe(0);
  });

  it('a split that misses part of the total leaves the rest unattributed, previous year included', () => {
    const short: TableSpec = { rows: [{ previous: 100, total: 100, split: { pharma: 60 }, cls: { projects: [share('pharma', 60, 'split')] } }] };
    const t = computeTotals(makeTable(short, pack), makeClassification(short, pack), pack);
    expect(t.byProject[0]).toMatchObject({ total: 60, previous: 60 });
    expect([t.unattributed, t.unattributedPrevious]).toEqual([40, 40]);
  });

  it('amounts beyond exact integers are kept whole rather than split (and never throw)', () => {
    const huge: TableSpec = { rows: [{ previous: { raw: 1e20, yen: 1e23 }, total: 3, split: { pharma: 1, devices: 2 }, cls: { projects: [share('pharma', 1, 'split'), share('devices', 2, 'split')] } }] };
    const t = computeTotals(makeTable(huge, pack), makeClassification(huge, pack), pack);
    expect(t.unattributedPrevious).toBe(1e23 / 1000);
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
      shares: fc.uniqueArray(fc.record({ id: fc.constantFrom(...ids), amount: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }) }), { selector: (s) => s.id, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), (rows) => {
        const s: TableSpec = {
          rows: rows.map((r) => ({
            previous: r.previous,
            total: r.total,
            cls: { category: r.category ? { id: r.category, basis: 'declared' as const } : null, fund: r.fund ? { areaId: null, reasons: [], kind: 'fund', via: 'programme' } : null, projects: r.shares.map((x) => share(x.id, x.amount)) },
          })),
        };
        const t = computeTotals(makeTable(s, pack), makeClassification(s, pack), pack);
        const round = (n: number) => Math.round(n * 1000);
        expect(round(t.byProject.reduce((a, p) => a + p.total, 0) + t.unattributed)).toBe(round(t.all.total));
        expect(round(t.byProject.reduce((a, p) => a + p.previous, 0) + (t.unattributedPrevious ?? NaN))).toBe(round(t.all.previous));
        expect(round(t.all.total + t.fund.total)).toBe(round(rows.reduce((a, r) => a + r.total, 0)));
        expect(round(t.fund.total)).toBe(round(rows.filter((r) => r.fund).reduce((a, r) => a + r.total, 0)));
      }),
      { numRuns: 200 },
    );
  });
});
