import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pkg from '../../package.json';
import { COMMANDS } from '../../src/cli/commands';
import { COMMAND_NAMES } from '../../src/cli/commands/summaries';
import { CLI } from '../helpers/run-cli-process';

/**
 * What each command line of the built CLI loads (issue 20: start-up). `--version` and `--help`
 * answer from the entry file alone; a check loads the commands but not zod (the bundled packs
 * are ready-made, rule options are plain code); zod loads only for a pack file given by the user.
 */
const ROOT = join(__dirname, '..', '..');
const PRELOAD = join(__dirname, '..', 'helpers', 'loaded-modules-preload.cjs');
const SAMPLE = join(ROOT, 'samples', 'sample-r6-with-mistakes.xlsx');
const R6_FILE = join(ROOT, 'src', 'domain', 'policy', 'packs', 'R6.json');

function loadedBy(args: readonly string[]): { code: number | null; stdout: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'budget-check-loaded-'));
  const list = join(dir, 'loaded.json');
  try {
    const run = spawnSync(process.execPath, ['--require', PRELOAD, CLI, ...args], { encoding: 'utf8', env: { ...process.env, BUDGET_CHECK_LOADED: list } });
    return { code: run.status, stdout: run.stdout, files: JSON.parse(readFileSync(list, 'utf8')) as string[] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const own = (files: readonly string[]) => files.filter((f) => f.includes(join('dist', 'cli'))).map((f) => basename(f));
const packages = (files: readonly string[]) => [...new Set(files.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1] ?? []))].sort();

describe('what the built CLI loads', () => {
  it.each([[['--version']], [['-v']], [['--help']], [['--lang', 'en', '--help']], [[]]])('%j: the entry file alone, no package', (args) => {
    const run = loadedBy(args);
    expect(run.code).toBe(args.length === 0 ? 2 : 0);
    expect(run.stdout).toContain(args[0] === '--version' || args[0] === '-v' ? `${pkg.version}\n` : 'budget-check');
    expect(own(run.files)).toEqual(['budget-check.js']);
    expect(packages(run.files)).toEqual([]);
  });

  it('a check: the commands, without zod or ExcelJS', () => {
    const run = loadedBy(['check', SAMPLE, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary).toBeDefined();
    expect(own(run.files).sort()).toEqual(['budget-check.js', 'commands.js']);
    expect(packages(run.files)).toEqual([]);
  });

  it('zod only for a pack file the user gives: check --pack, pack validate', () => {
    const check = loadedBy(['check', SAMPLE, '--pack', R6_FILE, '--replace-bundled', '--format', 'json']);
    expect(check.code).toBe(1);
    expect(own(check.files).sort()).toEqual(['budget-check.js', 'commands.js', 'pack-validator.js']);
    expect(packages(check.files)).toEqual(['zod']);
    const validate = loadedBy(['pack', 'validate', R6_FILE]);
    expect(validate.code).toBe(0);
    expect(own(validate.files).sort()).toEqual(['budget-check.js', 'commands.js', 'pack.js']);
    expect(packages(validate.files)).toEqual(['zod']);
  });
});

describe('the help lists every command, without loading them', () => {
  it('in the order of the command registry', () => {
    expect(COMMAND_NAMES).toEqual(COMMANDS.map((c) => c.name));
  });
});
