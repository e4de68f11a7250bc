import type { CheckReport, ReportFinding } from '../../src/domain/model/report';
import { FindingsIndex } from '../../src/taskpane/engine/findings-index';

/** The findings list as the keeper lays it out for the page: lines by index, headings, and the keyboard's next stop. */
const finding = (rule: string, severity: ReportFinding['severity'], cell?: string): ReportFinding => ({
  rule,
  severity,
  message: `${rule} ${cell ?? ''}`,
  sheet: 'S',
  params: {},
  ...(cell !== undefined ? { cell } : {}),
});
const findings: ReportFinding[] = [
  finding('unit-assumed', 'warning'),
  finding('split-sum-mismatch', 'error', 'H12'),
  finding('row-note', 'info', 'A3'),
  finding('split-sum-mismatch', 'error'),
  finding('split-sum-mismatch', 'error', 'H15'),
  finding('unit-assumed', 'warning', 'B2'),
  // A rule outside the groups (none names it) is shown nowhere, as the list always did.
  finding('stray', 'error', 'Z9'),
];
// Catalogue order: not the severity order the list goes by.
const groups: CheckReport['groups'] = [
  { rule: 'unit-assumed', title: '単位', severity: 'warning', count: 2 },
  { rule: 'row-note', title: '注記', severity: 'info', count: 1 },
  { rule: 'split-sum-mismatch', title: '内訳', severity: 'error', count: 3 },
];
const all = ['error', 'warning', 'info'] as const;
const text = (index: FindingsIndex, shown: readonly ('error' | 'warning' | 'info')[]) =>
  index.lines(shown, 0, 100).map((l) => (l.kind === 'group' ? `# ${l.rule} (${l.count})` : `${l.index}`));

describe('FindingsIndex', () => {
  const index = new FindingsIndex({ findings, groups });

  it('lays out a heading per rule, errors first, then warnings, then infos, each followed by its findings in report order', () => {
    expect(text(index, all)).toEqual(['# split-sum-mismatch (3)', '1', '3', '4', '# unit-assumed (2)', '0', '5', '# row-note (1)', '2']);
    const outline = index.outline(all);
    expect(outline.count).toBe(9);
    expect(outline.headings.map((h) => [h.line, h.rule, h.severity, h.title])).toEqual([
      [0, 'split-sum-mismatch', 'error', '内訳'],
      [4, 'unit-assumed', 'warning', '単位'],
      [7, 'row-note', 'info', '注記'],
    ]);
    // The keyboard's ends: the first and the last finding with a cell.
    expect([outline.first, outline.last]).toEqual([1, 8]);
  });

  it('answers any window of lines, and nothing past the end', () => {
    expect(index.lines(all, 3, 6).map((l) => (l.kind === 'finding' ? l.finding.cell ?? '-' : l.rule))).toEqual(['H15', 'unit-assumed', '-']);
    expect(index.lines(all, 8, 50)).toHaveLength(1);
    expect(index.lines(all, 20, 30)).toEqual([]);
  });

  it('filters by severity: a rule with nothing shown has no heading', () => {
    expect(text(index, ['warning'])).toEqual(['# unit-assumed (2)', '0', '5']);
    expect(index.outline(['warning'])).toMatchObject({ count: 3, first: 2, last: 2 });
    expect(index.outline([])).toEqual({ count: 0, headings: [], first: null, last: null });
  });

  it('steps to the nearest finding with a cell, over headings and findings without one', () => {
    // From H12 (line 1) down: line 2 has no cell, line 3 is H15.
    expect(index.step(all, 1, 1)).toBe(3);
    // From H15 down: the heading and a finding without a cell, then B2.
    expect(index.step(all, 3, 1)).toBe(6);
    expect(index.step(all, 6, -1)).toBe(3);
    expect(index.step(all, 8, 1)).toBeNull();
    expect(index.step(all, 1, -1)).toBeNull();
  });
});
