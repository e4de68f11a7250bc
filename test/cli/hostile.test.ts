import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_CASES, type HostileCase } from '../../scripts/fixtures/hostile-workbooks';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';
import { inPool, runCliProcess, type CliRun } from '../helpers/run-cli-process';

/**
 * Every hostile workbook of the corpus, through the built CLI in its own process, as a user
 * would meet it: it must end within 10 s and 300 MB, with exit 0, 1 or 2, one clear line when
 * it refuses, no stack trace, no input changed and nothing half-written.
 *
 * The 10 s are the process's own CPU time: on a shared machine (CI, or two cores running other
 * suites) wall time measures the neighbours too. A run still going after HANG_MS of wall time is
 * stopped and fails.
 */
const LIMIT_MS = 10_000;
const HANG_MS = 60_000;
const LIMIT_MB = 300;
const FIXTURES = join(__dirname, '..', 'fixtures', 'hostile');

let dir: string;
const sha = (file: string) => createHash('sha256').update(new Uint8Array(readFileSync(file))).digest('hex');

interface Outcome {
  readonly file: string;
  readonly check: CliRun;
  readonly submit: CliRun | null;
  readonly unchanged: boolean;
  readonly leftovers: string[];
}

const outcomes = new Map<string, Outcome>();

function inputOf(c: HostileCase): string {
  if (c.kept) return join(FIXTURES, `${c.name}.xlsx`);
  const file = join(dir, 'inputs', `${c.name}.xlsx`);
  writeFileSync(file, c.build());
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'budget-hostile-'));
  mkdirSync(join(dir, 'inputs'));
  const jobs = HOSTILE_CASES.map((c) => async () => {
    const file = inputOf(c);
    const before = sha(file);
    const check = await runCliProcess(['check', file], HANG_MS);
    const out = join(dir, `${c.name}.out`);
    mkdirSync(out);
    // A file the check accepts goes on to the submission sheet, forced past its errors.
    const submit = check.code === 0 || check.code === 1 ? await runCliProcess(['submit', file, '--out', join(out, 'out.xlsx'), '--report', join(out, 'r.json'), '--force'], HANG_MS) : null;
    const leftovers = readdirSync(out).filter((name) => name.startsWith('.'));
    return [c.name, { file, check, submit, unchanged: sha(file) === before, leftovers }] as const;
  });
  for (const [name, outcome] of await inPool(jobs, 2)) outcomes.set(name, outcome);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectWellBehaved(run: CliRun, allowed: readonly number[]): void {
  expect(run.timedOut).toBe(false);
  expect(run.cpuMs).not.toBeNull();
  expect(run.cpuMs ?? Infinity).toBeLessThan(LIMIT_MS);
  expect(run.peakMb).not.toBeNull();
  expect(run.peakMb ?? Infinity).toBeLessThan(LIMIT_MB);
  expect(allowed).toContain(run.code);
  for (const text of [run.stdout, run.stderr]) {
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(text).not.toContain('internal error');
  }
}

describe('hostile workbooks (test/fixtures/hostile, scripts/fixtures/hostile-workbooks.ts)', () => {
  it('the kept files are what the script builds, byte for byte, and each is small', () => {
    const kept = HOSTILE_CASES.filter((c) => c.kept);
    expect(readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort()).toEqual(kept.map((c) => `${c.name}.xlsx`).sort());
    for (const c of kept) {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, `${c.name}.xlsx`)));
      expect(bytes.length).toBeLessThan(100 * 1024);
      expect(Buffer.compare(c.build(), bytes)).toBe(0);
    }
  });

  describe.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', (name, c) => {
    it(`ends in time and memory with exit ${Array.isArray(c.exit) ? c.exit.join(' or ') : c.exit}, and says so clearly`, () => {
      const { check } = outcomes.get(name) as Outcome;
      const allowed = Array.isArray(c.exit) ? c.exit : [c.exit];
      expectWellBehaved(check, allowed);
      if (check.code === 2) {
        // One line that names the file and what to do.
        expect(check.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(check.stderr).toMatch(/^budget-check check: /);
        expect(check.stdout).toBe('');
      } else {
        expect(check.stderr).toBe('');
      }
      if (c.says) expect(check.code === 2 ? check.stderr : check.stdout).toMatch(c.says);
      if (c.never) for (const text of [check.stdout, check.stderr]) expect(text).not.toMatch(c.never);
    });

    it('leaves its input as it was, and submit writes whole files or none', async () => {
      const outcome = outcomes.get(name) as Outcome;
      expect(outcome.unchanged).toBe(true);
      expect(outcome.leftovers).toEqual([]);
      if (outcome.submit === null) return;
      expectWellBehaved(outcome.submit, [0, 1]);
      if (c.never) for (const text of [outcome.submit.stdout, outcome.submit.stderr]) expect(text).not.toMatch(c.never);
      const out = join(dir, `${name}.out`);
      JSON.parse(readFileSync(join(out, 'r.json'), 'utf8'));
      const written = await XlsxWorkbookSource.fromBuffer(readFileSync(join(out, 'out.xlsx')));
      expect(await written.sheetNames()).toEqual(['提出用シート']);
    });
  });
});

describe('inputs that are not workbook files', () => {
  let fifo: string | null = null;
  beforeAll(() => {
    try {
      fifo = join(dir, 'pipe.xlsx');
      execFileSync('mkfifo', [fifo]);
    } catch {
      fifo = null;
    }
    // Past the 50 MB limit without taking the disk space: a sparse file.
    const big = openSync(join(dir, 'big.xlsx'), 'w');
    writeFileSync(big, 'PK\u0003\u0004');
    closeSync(big);
    execFileSync('truncate', ['-s', '51M', join(dir, 'big.xlsx')]);
  });

  it.each([
    ['a device that never ends (/dev/zero)', () => '/dev/zero', /\/dev\/zero は通常のファイルではありません（デバイスやパイプは読みません）/],
    ['a pipe', () => fifo ?? '/dev/null', /は通常のファイルではありません/],
    ['a file over 50 MB', () => join(dir, 'big.xlsx'), /big\.xlsx は大きすぎます（51 MB、上限 50 MB）。要求表のシートだけを新しいブックにコピーして保存し直してください/],
    ['a folder', () => dir, /はフォルダーです/],
  ])('%s: refused at once with one line', async (_label, file, message) => {
    const run = await runCliProcess(['check', file()], HANG_MS);
    expectWellBehaved(run, [2]);
    expect(run.cpuMs ?? Infinity).toBeLessThan(2_000);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync('/dev/zero')).toBe(true);
  });
});
