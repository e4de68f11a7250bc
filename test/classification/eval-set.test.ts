import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPacks } from '../../src/domain/policy/registry';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { matchKey } from '../../src/domain/text/normalize';

interface EvalCase {
  name: string;
  ministry: string;
  projects: string[];
  packs: string[];
  source: string;
  uncertain: boolean;
}

const cases: EvalCase[] = JSON.parse(readFileSync(join(__dirname, '../fixtures/eval/classification-eval.json'), 'utf8')).cases;
const packs = loadPacks();

/** Every word a pack lets the classifier match on, labelled by where it sits. */
function words(pack: PolicyPack): { where: string; word: string }[] {
  const out: { where: string; word: string }[] = [];
  for (const p of pack.projects) {
    for (const word of [...p.aliases, ...p.terms]) out.push({ where: `projects.${p.id}`, word });
    for (const item of p.focusItems) for (const word of item.terms) out.push({ where: `projects.${p.id}.focusItems.${item.id}`, word });
  }
  for (const area of pack.priorityAreas) for (const word of area.terms) out.push({ where: `priorityAreas.${area.id}`, word });
  return out;
}

describe('the classification eval set', () => {
  it('has at least 40 single-project 事業 and some multi-project ones, each sourced', () => {
    expect(cases.filter((c) => c.projects.length === 1).length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.projects.length > 1).length).toBeGreaterThanOrEqual(3);
    for (const c of cases) {
      expect(c.source.length).toBeGreaterThan(0);
      expect(typeof c.uncertain).toBe('boolean');
      expect(c.packs).toContain('R6');
    }
    expect(new Set(cases.map((c) => matchKey(c.name))).size).toBe(cases.length);
  });

  it('names only projects of the packs it is evaluated with', () => {
    for (const c of cases) {
      for (const id of c.packs) {
        const pack = packs.find((p) => p.id === id);
        expect(pack).toBeDefined();
        for (const project of c.projects) expect(pack?.projects.map((p) => p.id)).toContain(project);
      }
    }
  });

  // The eval must measure the vocabulary and the scoring, not a pack that lists the answers.
  it.each(packs.map((p) => [p.id, p] as const))('has no 事業名 that pack %s lists verbatim as a term or alias', (_id, pack) => {
    const names = new Set(cases.map((c) => matchKey(c.name)));
    expect(words(pack).filter(({ word }) => names.has(matchKey(word)))).toEqual([]);
  });
});
