import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateWithPrevious, type PreviousEvalCase } from '../../scripts/eval-previous';
import { getPack, loadPacks } from '../../src/domain/policy/registry';

/** `npm run eval:classify -- --previous`: with last year's sheet built from the eval set, every continuing 事業 is right. */
const cases: PreviousEvalCase[] = JSON.parse(readFileSync(join(__dirname, '../fixtures/eval/classification-eval.json'), 'utf8')).cases;
const truth = (c: PreviousEvalCase, pack: string) => [...(c.projectsByPack?.[pack] ?? c.projects)].sort().join(' ');

describe("the eval set with last year's sheet", () => {
  it('R6: every 事業 the set also lists in R4 with the same projects continues, and accepting its suggestion gives its truth', () => {
    const { lines, allContinuingRight } = evaluateWithPrevious(getPack('R6')!, loadPacks(), cases);
    const both = cases.filter((c) => c.packs.includes('R6') && c.packs.includes('R4'));
    const unchanged = both.filter((c) => truth(c, 'R4') === truth(c, 'R6')).length;
    expect(unchanged).toBeGreaterThan(30);
    const text = lines.join('\n');
    expect(text).toContain(`the same projects in both years — right (what ［候補を採用する］ would accept is the truth, every project of a multi-project 事業): 100.0% (${unchanged}/${unchanged})`);
    expect(text).toContain(`their confidence: high ${unchanged}`);
    // Shares recorded for exactly last year's projects go into last year's sheet as split columns.
    expect(text).toMatch(/, [1-9]\d* with split amounts;/);
    expect(text).toContain(`whose projects the set records as changed between the years: ${both.length - unchanged} `);
    expect(allContinuingRight).toBe(true);
  });

  it('R4: the set lists no earlier year, and says so rather than inventing one', () => {
    const { lines, allContinuingRight } = evaluateWithPrevious(getPack('R4')!, loadPacks(), cases);
    expect(lines).toEqual([expect.stringContaining('the set lists no 事業 in a year before R4')]);
    expect(allContinuingRight).toBe(true);
  });
});
