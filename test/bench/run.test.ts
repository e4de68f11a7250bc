import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSheet } from '../../bench/generate-sheet';
import type { Target } from '../../bench/targets';
import { checkSheet } from '../../src/domain/engine/check';
import { loadPacks } from '../../src/domain/policy/registry';

/**
 * `npm run bench` itself, small: the engine and Office children at 100 rows, the start-up of the
 * built CLI and the built bundle, through the same script and child processes a full run uses
 * (the CLI part is left out: it times 10,000-row files and is run by `npm run bench`). Times are
 * only checked to be there: how fast is the benchmark's to say, not a test's.
 */
describe('npm run bench (100 rows)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
  const out = join(dir, 'results.json');
  let run: ReturnType<typeof spawnSync>;
  let results: {
    environment: { node: string; cores: number };
    targets: Target[];
    engine: { rows: number; layout: string; runs: number; medianMs: number; floorMs: number; floorRatio: number; peakHeapMB: number; findings: number; submissionCells: number }[];
    startup: { runs: number; nodeMs: number; versionMs: number; ratio: number } | null;
    office: { rows: number; read: { syncs: number; lowerBound: number; maxResponseBytes: number }; write: { syncs: number; lowerBound: number; maxRequestBytes: number } }[];
    bundle: { initialGzipBytes: number } | null;
  };

  beforeAll(() => {
    run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--skip-build', '--only', 'engine,office,startup,bundle', '--sizes', '100', '--out', out], { encoding: 'utf8', cwd: join(__dirname, '../..') });
    results = run.status === 0 ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finishes, prints the targets and writes where it was told', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Targets');
    expect(results.environment.node).toBe(process.version);
    expect(results.environment.cores).toBeGreaterThan(0);
  });

  it('times both layouts over several runs, with the findings a real check gives', () => {
    const packs = loadPacks();
    expect(results.engine.map((e) => [e.rows, e.layout, e.runs])).toEqual([
      [100, 'split-thousand', 5],
      [100, 'label-million', 5],
    ]);
    for (const e of results.engine) {
      const sheet = generateSheet({ rows: 100, layout: e.layout as 'split-thousand', pack: packs.reduce((a, b) => (b.fiscalYear.western > a.fiscalYear.western ? b : a)) });
      expect(e.findings).toBe(checkSheet(sheet.grid, { packs, locale: 'ja' }).findings.length);
      expect(e.medianMs).toBeGreaterThan(0);
      // The floor is timed beside the engine and the ratio is the engine's median over it.
      expect(e.floorMs).toBeGreaterThan(0);
      expect(e.floorRatio / (e.medianMs / e.floorMs)).toBeCloseTo(1, 1);
      expect(e.peakHeapMB).toBeGreaterThan(0);
      expect(e.submissionCells).toBeGreaterThan(100);
    }
  });

  it('reads in 2 syncs and writes in 3 through the Office adapters at 100 rows', () => {
    const [o] = results.office;
    expect([o.read.syncs, o.read.lowerBound, o.write.syncs, o.write.lowerBound]).toEqual([2, 2, 3, 3]);
    expect(o.read.maxResponseBytes).toBeGreaterThan(1_000);
    expect(o.write.maxRequestBytes).toBeGreaterThan(1_000);
  });

  it('times budget-check --version beside node -e 0, and prints both', () => {
    expect(results.startup?.runs).toBeGreaterThan(0);
    expect(results.startup?.nodeMs).toBeGreaterThan(0);
    expect(results.startup?.ratio).toBeCloseTo((results.startup?.versionMs ?? 0) / (results.startup?.nodeMs ?? 1), 5);
    expect(run.stdout).toContain('budget-check --version');
    expect(run.stdout).toContain('node -e 0');
  });

  it('judges what it measured: the Office and bundle targets pass, and no size without a time target is timed against one', () => {
    const verdicts = Object.fromEntries(results.targets.map((t) => [t.id, t.pass]));
    // How fast --version starts depends on the machine: judged, but not asserted here.
    expect(Object.keys(verdicts)).toContain('cli-version');
    delete verdicts['cli-version'];
    expect(verdicts).toEqual({
      'engine-peak-heap': true,
      'office-read-syncs': true,
      'office-write-syncs': true,
      'office-payload': true,
      'bundle-initial-gzip': true,
      'bundle-exceljs-lazy': true,
    });
    expect(results.bundle?.initialGzipBytes).toBeGreaterThan(50 * 1024);
  });
});
