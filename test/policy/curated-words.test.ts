import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPacks } from '../../src/domain/policy/registry';
import type { PackFile } from '../../src/domain/policy/pack-file';
import { matchKey } from '../../src/domain/text/normalize';
import { PACKS_DIR } from './pack-texts';

/**
 * A pack's curated vocabulary helps classify 事業; it must not be a list of them, and a year's
 * pack must not use a name its policy could not have known.
 */

interface NameGroup { readonly source: string; readonly ministries: readonly string[]; readonly names: readonly string[] }
const FIXTURES = join(__dirname, '..', 'fixtures', 'policy');
const jigyo = JSON.parse(readFileSync(join(FIXTURES, 'real-jigyo-names.json'), 'utf8')) as { groups: NameGroup[] };
const dated = JSON.parse(readFileSync(join(FIXTURES, 'dated-names.json'), 'utf8')) as { names: { name: string; also: string[]; decided: string; source: string }[] };

const files = loadPacks().map((p) => [p.id, JSON.parse(readFileSync(join(PACKS_DIR, `${p.id}.json`), 'utf8')) as PackFile] as const);

/** Every word of the curated part a classifier or a table uses (not its notes and sources). */
function curatedWords(value: unknown, path: string, out: { path: string; word: string }[] = []): { path: string; word: string }[] {
  if (typeof value === 'string') out.push({ path, word: value });
  else if (Array.isArray(value)) value.forEach((v, i) => curatedWords(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!['note', 'source', 'review', 'id'].includes(k)) curatedWords(v, `${path}.${k}`, out);
  }
  return out;
}

describe('the 事業名 fixture', () => {
  it('holds at least 150 real names from several ministries, each group with its source', () => {
    const names = jigyo.groups.flatMap((g) => g.names);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(150);
    expect(new Set(jigyo.groups.flatMap((g) => g.ministries)).size).toBeGreaterThanOrEqual(4);
    for (const g of jigyo.groups) expect(g.source.length).toBeGreaterThan(20);
  });
});

describe.each(files)('the curated vocabulary of pack %s', (_id, file) => {
  const words = curatedWords(file.curated, 'curated');

  it('holds no real 事業名, and nothing named like one (…事業)', () => {
    const names = jigyo.groups.flatMap((g) => g.names).map(matchKey);
    const hits = words.filter(({ word }) => names.some((n) => matchKey(word).includes(n)) || /事業$/.test(word.normalize('NFKC')));
    expect(hits).toEqual([]);
  });

  it("names nothing decided after the year's policy", () => {
    const later = dated.names.filter((d) => d.decided > file.policy.decidedOn);
    const hits = words.filter(({ word }) => later.some((d) => [d.name, ...d.also].some((n) => matchKey(word).includes(matchKey(n)))));
    expect(hits).toEqual([]);
  });

  it("uses no programme another year's policy names unless this year's text names it too", () => {
    const own = file.policy.sections.map((s) => s.text).join('').replace(/\s+/g, '');
    const foreign = files
      .filter(([id]) => id !== file.id)
      .flatMap(([, other]) => other.policy.programmes.map((p) => /（([A-Za-z]+)）$/.exec(p.name)?.[1] ?? p.name))
      .filter((name) => !matchKey(own).includes(matchKey(name)));
    const hits = words.filter(({ word }) => foreign.some((n) => matchKey(word).includes(matchKey(n))));
    expect(hits).toEqual([]);
  });

  it('says it is curated, and names the source of every fact taken from elsewhere', () => {
    expect(file.curated.note).toMatch(/curated/);
    expect(file.curated.diseaseAreas.source).toContain('推進計画');
    for (const part of [file.curated.planPeriod, file.curated.diseaseAreas, file.curated.categories, file.curated.ministries, file.curated.adjustmentFund]) {
      expect(part.source.length).toBeGreaterThan(5);
    }
    expect(JSON.stringify(file.curated)).not.toContain('"citation"');
  });
});
