import { applyAccepted, rowKey } from '../../src/domain/classification/accept';
import { acceptanceFor } from '../../src/domain/classification/accept-record';
import { parseAccepted, serializeAccepted } from '../../src/domain/classification/acceptance-json';
import { withAccepted, withoutAccepted } from '../../src/domain/classification/accepted-list';
import { checkSheet } from '../../src/domain/engine/check';
import type { AcceptedSuggestion } from '../../src/domain/model/acceptance';
import type { SheetGrid } from '../../src/domain/model/grid';
import { getPack, loadPacks } from '../../src/domain/policy/registry';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { makeClassification, makeTable, share, suggestion, tag } from '../rules/builders';
import { syntheticPack } from '../helpers/synthetic-pack';

const pack = syntheticPack();

describe('rowKey', () => {
  it.each([
    ['事業番号 wins, normalised', { number: { value: ' Ａ-12 ', cell: 'A5', raw: 'Ａ-12' }, name: { value: '認知症研究開発事業', cell: 'B5', raw: '' } }, 'no:a-12'],
    ['else the normalised 事業名', { name: { value: '認知症 研究開発事業', cell: 'B5', raw: '' } }, 'name:認知症研究開発事業'],
  ])('%s', (_title, row, key) => {
    expect(rowKey(row)).toBe(key);
  });
});

describe('applyAccepted', () => {
  const spec = {
    rows: [
      { row: 5, name: '創薬支援推進事業', total: 100, cls: { category: { id: 'amed', basis: 'suggested' as const }, suggestions: [suggestion('pharma')], priorityAreas: [tag('dementia', '認知症等の脳神経疾患', 'suggested')] } },
      { row: 6, name: '医療機器開発推進研究事業', total: 50, projectLabel: '②', cls: { basis: 'declared' as const, projects: [share('devices', null)], suggestions: [suggestion('pharma')] } },
    ],
  };
  const table = makeTable(spec, pack);
  const classification = makeClassification(spec, pack);
  const accepted = (over: Partial<AcceptedSuggestion>): AcceptedSuggestion => ({ key: 'name:創薬支援推進事業', name: '創薬支援推進事業', packId: pack.id, ...over });

  it('an accepted project becomes a share of the whole row, basis accepted, with the suggestion as its reasons', () => {
    const [row] = applyAccepted(table.rows, classification, [accepted({ projects: ['pharma'], category: 'amed', priorityAreas: ['dementia'] })], pack).rows;
    expect(row.basis).toBe('accepted');
    expect(row.projects).toEqual([{ projectId: 'pharma', amount: 100_000, basis: 'accepted', reasons: suggestion('pharma').reasons }]);
    expect(row.category).toEqual({ id: 'amed', basis: 'accepted' });
    expect(row.priorityAreas.map((t) => [t.id, t.basis])).toEqual([['dementia', 'accepted']]);
  });

  it('what the sheet declares wins over an earlier acceptance', () => {
    const rows = applyAccepted(table.rows, classification, [accepted({ key: 'name:医療機器開発推進研究事業', projects: ['pharma'] })], pack).rows;
    expect(rows[1].projects.map((p) => [p.projectId, p.basis])).toEqual([['devices', 'declared']]);
  });

  it.each([
    ['another year', accepted({ packId: 'R4', projects: ['pharma'] })],
    ['a project the pack does not have', accepted({ projects: ['no-such-project'] })],
    ['another row', accepted({ key: 'name:別の事業', projects: ['pharma'] })],
  ])('ignores an acceptance for %s', (_title, entry) => {
    expect(applyAccepted(table.rows, classification, [entry], pack).rows[0].projects).toEqual([]);
  });

  it('acceptanceFor records the leading suggestion, the suggested 区分 and tags; nothing for a fully declared row', () => {
    expect(acceptanceFor('k', '創薬支援推進事業', classification.rows[0], pack.id)).toEqual({
      key: 'k',
      name: '創薬支援推進事業',
      packId: pack.id,
      projects: ['pharma'],
      category: 'amed',
      priorityAreas: ['dementia'],
    });
    expect(acceptanceFor('k', 'x', { ...classification.rows[1], category: { id: 'amed', basis: 'declared' } }, pack.id)).toBeNull();
  });
});

describe('stored acceptances', () => {
  const entry: AcceptedSuggestion = { key: 'no:1', name: '事業', packId: 'R6', projects: ['pharma'] };

  it('round-trip through the settings JSON', () => {
    expect(parseAccepted(serializeAccepted([entry]))).toEqual([entry]);
  });

  it.each([['not JSON', '{'], ['another version', JSON.stringify({ version: 2, accepted: [entry] })], ['a bad entry', JSON.stringify({ version: 1, accepted: [{ key: '' }] })]])(
    '%s reads as nothing accepted',
    (_title, json) => {
      expect(parseAccepted(json)).toEqual([]);
    },
  );

  it('accepting again replaces; withdrawing removes only that row and year', () => {
    const again = withAccepted([entry], { ...entry, projects: ['devices'] });
    expect(again).toEqual([{ ...entry, projects: ['devices'] }]);
    expect(withoutAccepted([entry, { ...entry, packId: 'R4' }], 'no:1', 'R6')).toEqual([{ ...entry, packId: 'R4' }]);
  });
});

describe('checkSheet with acceptances', () => {
  const r6 = getPack('R6') as PolicyPack;
  const grid: SheetGrid = {
    sheetName: '要求',
    originRow: 0,
    originCol: 0,
    values: [
      ['令和6年度 概算要求（単位：千円）'],
      ['事業名', '区分', '前年度予算額', '要求額', '計'],
      ['医療機器開発推進研究事業', 'AMED', 900_000, 950_000, 950_000],
      ['再生医療実用化研究事業', 'AMED', 100, 200, 200],
    ],
  };
  const options = { packs: loadPacks(), packId: 'R6', locale: 'ja' as const, now: new Date('2026-12-02T00:00:00Z') };

  it('moves a row from 未特定 to its project only once accepted, and project-missing goes', () => {
    const before = checkSheet(grid, options);
    const devices = (r: typeof before) => r.totals.byProject.find((p) => p.name === '医療機器・ヘルスケアプロジェクト');
    expect(devices(before)).toMatchObject({ total: 0, candidate: 950_000 });
    expect(before.totals.unspecified.total).toBe(950_200);
    const row = before.rows[0];
    const entry = acceptanceFor(row.key, row.name, row.classification, r6.id) as AcceptedSuggestion;
    const after = checkSheet(grid, { ...options, accepted: [entry] });
    expect(devices(after)).toMatchObject({ total: 950_000, amed: 950_000, candidate: 0 });
    expect(after.totals.unspecified.total).toBe(200);
    expect(after.rows[0].projects.map((p) => p.basis)).toEqual(['accepted']);
    expect(before.findings.filter((f) => f.rule === 'project-missing').map((f) => f.row)).toEqual([3, 4]);
    expect(after.findings.filter((f) => f.rule === 'project-missing').map((f) => f.row)).toEqual([4]);
  });
});
