import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledPackFiles } from '../../src/domain/policy/bundled-files';
import { BundledPackError, readyPacks, readyPacksJson, type PackSource } from '../../src/domain/policy/ready-packs';
import { loadPacks } from '../../src/domain/policy/registry';
import { PACKS_DIR } from './pack-texts';

/**
 * The bundled packs are validated and assembled at build time (packs/ready.json) and loaded as
 * they are. These prove the ready-made file is exactly what validating the pack files gives, so
 * it cannot drift from them, and that a bad pack file stops the build's step.
 */
const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edited at any depth, to break it
type PackJson = Record<string, any>;
const SOURCES: PackSource[] = readdirSync(PACKS_DIR)
  .filter((name) => /^R\d+\.json$/.test(name))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(PACKS_DIR, name), 'utf8') }));

function buildPacks(args: readonly string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-packs.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('the ready-made packs', () => {
  it('are, byte for byte, what validating and assembling the pack files gives', () => {
    expect(readFileSync(join(PACKS_DIR, 'ready.json'), 'utf8')).toBe(readyPacksJson(readyPacks(SOURCES)));
  });

  it('are what the registry loads, every bundled year in fiscal order', () => {
    expect(loadPacks()).toStrictEqual(JSON.parse(JSON.stringify(readyPacks(SOURCES))));
    expect(loadPacks().map((p) => p.id)).toEqual(SOURCES.map((s) => s.name.replace('.json', '')));
    expect(bundledPackFiles().map((f) => f.id)).toEqual(loadPacks().map((p) => p.id));
  });
});

describe('a bad bundled pack file', () => {
  const r6 = SOURCES.find((s) => s.name === 'R6.json')!;
  const broken = (edit: (file: PackJson) => void): PackSource => {
    const file = JSON.parse(r6.text);
    edit(file);
    return { name: 'R6.json', text: JSON.stringify(file) };
  };

  it.each<[string, (file: PackJson) => void, RegExp]>([
    ['a missing title', (f) => delete f.policy.title, /R6\.json:\n\s+policy\.title: /],
    ['a citation not in its section', (f) => (f.policy.projects[0].citation.text = 'どこにもない文'), /policy\.projects\[0\]\.citation/],
    ['a TODO left', (f) => (f.curated.projects[0].shortName = 'TODO'), /curated\.projects\[0\]\.shortName/],
  ])('is refused, naming the file and the place: %s', (_, edit, where) => {
    const run = () => readyPacks([SOURCES[0], broken(edit)]);
    expect(run).toThrow(BundledPackError);
    expect(run).toThrow(where);
  });

  it('fails the build step (exit 1, nothing written), as does a ready-made file the pack files do not give', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ready-packs-'));
    try {
      for (const s of SOURCES) copyFileSync(join(PACKS_DIR, s.name), join(dir, s.name));
      copyFileSync(join(PACKS_DIR, 'ready.json'), join(dir, 'ready.json'));
      expect(buildPacks(['--check', '--dir', dir]).status).toBe(0);

      writeFileSync(join(dir, 'R6.json'), broken((f) => delete f.policy.title).text);
      for (const args of [['--check'], []]) {
        const run = buildPacks([...args, '--dir', dir]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/R6\.json:\n\s+policy\.title: /);
      }
      expect(readFileSync(join(dir, 'ready.json'), 'utf8')).toBe(readFileSync(join(PACKS_DIR, 'ready.json'), 'utf8'));

      // A pack file edited (still valid) without `npm run packs`: the build says so.
      writeFileSync(join(dir, 'R6.json'), broken((f) => (f.curated.projects[0].shortName = '医薬品等')).text);
      const stale = buildPacks(['--check', '--dir', dir]);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('run npm run packs');
      expect(buildPacks(['--dir', dir]).status).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'ready.json'), 'utf8')).packs[1].projects[0].shortName).toBe('医薬品等');
      expect(buildPacks(['--check', '--dir', dir]).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
