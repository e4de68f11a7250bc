import { checkSheet } from '../../src/domain/engine/check';
import type { SheetGrid } from '../../src/domain/model/grid';
import { loadPacks } from '../../src/domain/policy/registry';
import { acceptHighConfidence, acceptRow, hasCandidates, highConfidenceRows, isAccepted, withdrawRow } from '../../src/taskpane/acceptance';
import { projectsToAccept } from '../../src/domain/classification/accept-record';
import { withAccepted } from '../../src/domain/classification/accepted-list';
import type { AcceptedSuggestion } from '../../src/domain/model/acceptance';
import type { CheckReport, ReportRow } from '../../src/domain/model/report';

const grid: SheetGrid = {
  sheetName: '要求',
  originRow: 0,
  originCol: 0,
  values: [
    ['令和6年度 概算要求（単位：千円）'],
    ['事業名', '区分', '前年度予算額', '要求額', '計', '統合プロジェクト'],
    ['医療機器開発推進研究事業', 'AMED', 900_000, 950_000, 950_000, null],
    ['再生医療実用化研究事業', 'AMED', 100, 200, 200, '③'],
    ['事業X', 'AMED', 0, 10, 10, null],
  ],
};
const options = { packs: loadPacks(), packId: 'R6', locale: 'ja' as const, now: new Date('2026-12-02T00:00:00Z') };

describe('accepting suggestions in the pane', () => {
  const report = checkSheet(grid, options);

  it('offers only rows whose figures a suggestion would change: a project for an unlabelled row, an area for a labelled one', () => {
    expect(report.rows.map(hasCandidates)).toEqual([true, true, false]);
    expect(report.rows[1].projects.map((p) => p.basis)).toEqual(['declared']);
    expect(report.rows[1].candidates.priorityAreas).toContain('再生・細胞医療・遺伝子治療');
    expect(report.rows[2].suggestions).toEqual([]);
  });

  it('accepting a row, then the check with the list, counts it; withdrawing undoes it', () => {
    const accepted = acceptRow([], report.rows[0], 'R6');
    expect(isAccepted(report.rows[0], accepted, 'R6')).toBe(true);
    const after = checkSheet(grid, { ...options, accepted });
    expect(after.rows[0].projects.map((p) => [p.name, p.basis])).toEqual([['医療機器・ヘルスケアプロジェクト', 'accepted']]);
    expect(after.rows[0].projects.length).toBeGreaterThan(0);
    expect(withdrawRow(accepted, report.rows[0], 'R6')).toEqual([]);
  });

  it('「確度「高」をすべて採用」 takes exactly the rows with a high-confidence leading suggestion and nothing declared', () => {
    const high = highConfidenceRows(report).map((r) => r.name);
    expect(high).toEqual(report.rows.filter((r) => r.projects.length === 0 && r.suggestions[0]?.confidence === 'high').map((r) => r.name));
    expect(high).toContain('医療機器開発推進研究事業');
    expect(high).not.toContain('再生医療実用化研究事業');
    const all = acceptHighConfidence([], report);
    expect(all.map((a) => a.name)).toEqual(high);
    // only the project: the confidence is the project suggestion's, not the areas'
    expect(all.every((a) => a.projects?.length === 1 && a.priorityAreas === undefined && a.category === undefined)).toBe(true);
  });

  it("「確度「高」をすべて採用」 takes last year's projects with their split where they lead, replacing an earlier split", () => {
    const previous = {
      sheet: '前年度',
      kind: 'request' as const,
      packId: 'R6',
      planPeriod: '第2期',
      projects: loadPacks()
        .find((p) => p.id === 'R6')!
        .projects.map((p) => ({ id: p.id, name: p.name })),
      fiscalYear: '令和5年度',
      rows: [
        {
          row: 3,
          number: null,
          name: '医療機器開発推進研究事業',
          projects: [
            { projectId: 'devices', amount: 600_000_000 },
            { projectId: 'seeds', amount: 300_000_000 },
          ],
          priorityAreas: [],
          diseaseAreas: [],
        },
      ],
    };
    const withLastYear = checkSheet(grid, { ...options, previous });
    const earlier = [{ key: 'name:医療機器開発推進研究事業', name: '医療機器開発推進研究事業', packId: 'R6', projects: ['pharma'], split: { weights: [1], of: 2 }, diseaseAreas: ['other'] }];
    const all = acceptHighConfidence(earlier, withLastYear);
    expect(all).toEqual([{ key: 'name:医療機器開発推進研究事業', name: '医療機器開発推進研究事業', packId: 'R6', diseaseAreas: ['other'], projects: ['devices', 'seeds'], split: { weights: [600_000_000, 300_000_000], of: 900_000_000 } }]);
    const after = checkSheet(grid, { ...options, previous, accepted: all });
    expect(after.rows[0].projects.map((p) => [p.id, p.amount])).toEqual([
      ['devices', 633_333],
      ['seeds', 316_667],
    ]);
  });

  it('「すべて採用」 in one pass gives the list that accepting the rows one by one gives: earlier entries replaced and moved last, other years kept', () => {
    const row = (key: string, id: string): ReportRow => ({
      ...report.rows[0],
      key,
      name: key,
      projects: [],
      suggestions: [{ id, name: id, score: 1, confidence: 'high', reasons: [] }],
      classification: { ...report.rows[0].classification, projects: [], suggestions: [{ projectId: id, score: 1, confidence: 'high', reasons: [] }] },
    });
    // Two rows share a key (same 事業名, no 事業番号): the later one wins, as row by row.
    const rows = [row('a', 'devices'), row('b', 'drugs'), row('c', 'genome'), row('b', 'regenerative')];
    const many: Pick<CheckReport, 'rows' | 'policy'> = { rows, policy: report.policy };
    const earlier: AcceptedSuggestion[] = [
      { key: 'b', name: 'b', packId: 'R6', priorityAreas: ['x'] },
      { key: 'z', name: 'z', packId: 'R6', projects: ['drugs'] },
      { key: 'a', name: 'a', packId: 'R4', projects: ['drugs'] },
    ];
    const oneByOne = rows.reduce<AcceptedSuggestion[]>((list, r) => {
      const before = list.find((a) => a.key === r.key && a.packId === 'R6');
      const { split: _split, ...kept } = before ?? { key: r.key, name: r.name, packId: 'R6' };
      return withAccepted(list, { ...kept, ...(projectsToAccept(r.classification) ?? { projects: [r.suggestions[0].id] }) });
    }, earlier);
    expect(acceptHighConfidence(earlier, many)).toEqual(oneByOne);
    expect(acceptHighConfidence(earlier, many).map((a) => `${a.key}:${a.packId}:${a.projects}`)).toEqual(['z:R6:drugs', 'a:R4:drugs', 'a:R6:devices', 'c:R6:genome', 'b:R6:regenerative']);
    // What the officer accepted before for a row (an area) stays with it.
    expect(acceptHighConfidence(earlier, many).find((a) => a.key === 'b')?.priorityAreas).toEqual(['x']);
  });
});
