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
  projectsByPack?: Record<string, string[]>;
  shares?: { label: string; unit: string; amounts: Record<string, number>; source: string };
  summary?: string;
  note?: string;
}

const cases: EvalCase[] = JSON.parse(readFileSync(join(__dirname, '../fixtures/eval/classification-eval.json'), 'utf8')).cases;
const packs = loadPacks();
const FIELDS = new Set(['name', 'ministry', 'projects', 'packs', 'source', 'uncertain', 'projectsByPack', 'shares', 'summary', 'note']);
/** A source a reader can open: a URL, or a document named in 「」/『』. */
const NAMED_SOURCE = /https?:\/\/[^\s）)]+|「[^」]+」|『[^』]+』/;

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
  it('has at least 40 single-project 事業 and some multi-project ones', () => {
    expect(cases.filter((c) => c.projects.length === 1).length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.projects.length > 1).length).toBeGreaterThanOrEqual(3);
  });

  it('gives every case a name, a ministry, a source and the uncertain flag, and nothing else unknown', () => {
    for (const c of cases) {
      expect(Object.keys(c).filter((k) => !FIELDS.has(k))).toEqual([]);
      expect(c.name.trim().length).toBeGreaterThan(0);
      expect(c.ministry).toMatch(/^(内閣府|総務省|文部科学省|厚生労働省|経済産業省|デジタル庁|こども家庭庁)$/);
      expect(c.source.trim().length).toBeGreaterThan(0);
      expect(typeof c.uncertain).toBe('boolean');
      if (c.summary !== undefined) expect(c.summary.trim().length).toBeGreaterThan(0);
    }
  });

  it('names, for every case not marked uncertain, a source a reader can open (a URL or a named document)', () => {
    expect(cases.filter((c) => !c.uncertain && !NAMED_SOURCE.test(c.source)).map((c) => c.name)).toEqual([]);
    for (const c of cases) if (c.shares) expect(c.shares.source).toMatch(NAMED_SOURCE);
  });

  it('has no two cases with the same name (as the matcher sees names)', () => {
    const keys = cases.map((c) => matchKey(c.name));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('evaluates every case with R6 and names only packs that exist', () => {
    const ids = packs.map((p) => p.id);
    for (const c of cases) {
      expect(c.packs).toContain('R6');
      expect(new Set(c.packs).size).toBe(c.packs.length);
      for (const id of c.packs) expect(ids).toContain(id);
      for (const id of Object.keys(c.projectsByPack ?? {})) expect(c.packs).toContain(id);
    }
  });

  it('names only projects of the packs it is evaluated with, each once', () => {
    for (const c of cases) {
      for (const id of c.packs) {
        const pack = packs.find((p) => p.id === id);
        const truth = c.projectsByPack?.[id] ?? c.projects;
        expect(truth.length).toBeGreaterThan(0);
        expect(new Set(truth).size).toBe(truth.length);
        for (const project of truth) expect(pack?.projects.map((p) => p.id)).toContain(project);
      }
    }
  });

  it('gives share amounts only for a multi-project 事業, each a positive amount of one of its projects', () => {
    for (const c of cases.filter((x) => x.shares)) {
      const all = new Set([c.projects, ...Object.values(c.projectsByPack ?? {})].flat());
      expect(all.size).toBeGreaterThan(1);
      for (const [project, amount] of Object.entries(c.shares?.amounts ?? {})) {
        expect(all).toContain(project);
        expect(Number.isInteger(amount) && amount > 0).toBe(true);
      }
    }
  });

  // The eval must measure the vocabulary and the scoring, not a pack that lists the answers.
  it.each(packs.map((p) => [p.id, p] as const))('has no 事業名 that pack %s lists verbatim as a term or alias', (_id, pack) => {
    const names = new Set(cases.map((c) => matchKey(c.name)));
    expect(words(pack).filter(({ word }) => names.has(matchKey(word)))).toEqual([]);
  });
});
