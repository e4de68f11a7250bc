import { acceptanceFor } from '../../src/domain/classification/accept-record';
import { checkSheet } from '../../src/domain/engine/check';
import { writeReportJson } from '../../src/domain/engine/report-json';
import type { PreviousYear } from '../../src/domain/model/previous-year';
import { loadPacks } from '../../src/domain/policy/registry';
import { buildSubmissionSheet } from '../../src/domain/submission';
import { generateSheet } from '../../bench/generate-sheet';
import { cellCount } from '../../src/domain/model/model-cells';

/**
 * Rows share their equal reasons, tags and candidates (classification/shared-parts.ts), and
 * report rows their tag names and candidates (engine/report-row-parts.ts), so nothing may write
 * to a classification or a report once made: a write would change every row sharing the part.
 * Here classify's result is frozen, deep, and a whole check runs on it — last year's
 * suggestions, acceptances, rules, report — and the report, frozen too, is written as JSON and
 * as the submission sheet: any write throws.
 */

const deepFreeze = <T>(value: T, seen = new Set<unknown>()): T => {
  if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) deepFreeze(v, seen);
    Object.freeze(value);
  }
  return value;
};

jest.mock('../../src/domain/classification', () => {
  const actual = jest.requireActual('../../src/domain/classification');
  return { ...actual, classify: (...args: Parameters<typeof actual.classify>) => deepFreeze(actual.classify(...args)) };
});

const packs = loadPacks();
const pack = packs[packs.length - 1];

describe.each(['split-thousand', 'label-million'] as const)('a check on frozen rows (%s)', (layout) => {
  const { grid } = generateSheet({ rows: 300, layout, pack });
  const first = checkSheet(grid, { packs, locale: 'ja', now: new Date('2024-08-30T00:00:00Z') });

  it('classifies into frozen, shared parts', () => {
    const cls = first.rows.map((r) => r.classification);
    expect(cls.every((c) => Object.isFrozen(c) && Object.isFrozen(c.suggestions))).toBe(true);
    const reasons = cls.flatMap((c) => c.suggestions.flatMap((s) => s.reasons));
    expect(new Set(reasons).size).toBeLessThan(reasons.length / 4);
  });

  it('takes last year and acceptances, and writes its report and submission sheet, without writing to them', () => {
    const previous: PreviousYear = {
      sheet: '前年度',
      kind: 'request',
      packId: pack.id,
      planPeriod: '第2期',
      projects: pack.projects.map((p) => ({ id: p.id, name: p.name })),
      fiscalYear: '前年度',
      rows: first.rows.slice(0, 40).map((r, i) => ({
        row: i + 5,
        number: r.number ?? null,
        name: r.name,
        projects: [{ projectId: pack.projects[i % pack.projects.length].id, amount: 1_000_000 }],
        priorityAreas: [],
        diseaseAreas: [],
      })),
    };
    const accepted = first.rows
      .slice(40, 80)
      .map((r) => acceptanceFor(r.key, r.name, r.classification, pack.id))
      .filter((a) => a !== null);
    const report = deepFreeze(checkSheet(grid, { packs, locale: 'ja', previous, accepted, now: new Date('2024-08-30T00:00:00Z') }));
    expect(report.previousYear?.continuing.length).toBeGreaterThan(0);
    const chunks: string[] = [];
    writeReportJson(report, (c) => chunks.push(c), { detail: true });
    expect(JSON.parse(chunks.join('')).rows).toHaveLength(report.rows.length);
    expect(cellCount(buildSubmissionSheet(report, pack, { createdAt: '2024-08-30T09:00:00+09:00', force: true }).cells)).toBeGreaterThan(0);
  });
});
