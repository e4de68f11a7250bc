import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateWithPrevious, type PreviousEvalCase } from '../../scripts/eval-previous';
import { getPack, loadPacks } from '../../src/domain/policy/registry';

/** `npm run eval:classify -- --previous`: with last year's sheet built from the eval set, every continuing 事業 is right. */
const cases: PreviousEvalCase[] = JSON.parse(readFileSync(join(__dirname, '../fixtures/eval/classification-eval.json'), 'utf8')).cases;

describe('the eval set with last year\'s sheet', () => {
  it('R6: every 事業 the set also lists in R4 continues, and accepting its suggestion gives its truth', () => {
    const { lines, allContinuingRight } = evaluateWithPrevious(getPack('R6')!, loadPacks(), cases);
    const continuing = cases.filter((c) => c.packs.includes('R6') && c.packs.includes('R4')).length;
    expect(continuing).toBeGreaterThan(30);
    expect(lines.join('\n')).toContain(`continuing 事業 right (what ［候補を採用する］ would accept is the truth, every project of a multi-project 事業): 100.0% (${continuing}/${continuing})`);
    expect(lines.join('\n')).toContain(`their confidence: high ${continuing}`);
    expect(allContinuingRight).toBe(true);
  });

  it('R4: the set lists no earlier year, and says so rather than inventing one', () => {
    const { lines, allContinuingRight } = evaluateWithPrevious(getPack('R4')!, loadPacks(), cases);
    expect(lines).toEqual([expect.stringContaining('the set lists no 事業 in a year before R4')]);
    expect(allContinuingRight).toBe(true);
  });
});
