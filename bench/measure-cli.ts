/**
 * The CLI end to end: the built dist/cli/budget-check.js on a generated .xlsx, wall time of
 * the whole process (Node start-up, reading the file, checking, writing) as a user sees it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPacks } from '../src/domain/policy/registry';
import { generateSheet, sheetToXlsx, type SheetLayout } from './generate-sheet';
import { median } from './stats';

export const CLI = 'dist/cli/budget-check.js';

export interface CliCommandTiming {
  readonly command: string;
  readonly runsMs: number[];
  readonly medianMs: number;
  readonly exitCodes: number[];
}

export interface CliResult {
  readonly rows: number;
  readonly layout: SheetLayout;
  readonly fileBytes: number;
  /** `check --format json`: reading, checking and printing the whole JSON report. */
  readonly check: CliCommandTiming;
  /** `submit`: the same check, then the submission workbook written — the job as a user runs it. */
  readonly submit: CliCommandTiming;
}

function time(args: readonly string[], runs: number, okCodes: readonly number[]): CliCommandTiming {
  const runsMs: number[] = [];
  const exitCodes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    runsMs.push(performance.now() - start);
    const code = result.status ?? -1;
    exitCodes.push(code);
    if (!okCodes.includes(code)) throw new Error(`budget-check ${args.join(' ')} exited ${code}: ${result.stderr.slice(0, 2000)}`);
  }
  return { command: `budget-check ${args.join(' ')}`, runsMs, medianMs: median(runsMs), exitCodes };
}

export async function measureCli(rows: number, layout: SheetLayout, runs: number): Promise<CliResult> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it with npx webpack --mode production --config-name cli`);
  const dir = join(tmpdir(), 'budget-check-bench');
  mkdirSync(dir, { recursive: true });
  const packs = loadPacks();
  const file = join(dir, `${layout}-${rows}.xlsx`);
  writeFileSync(file, await sheetToXlsx(generateSheet({ rows, layout, pack: packs[packs.length - 1] })));
  // Exit 1 means "the sheet has errors": a finished check all the same.
  const check = time(['check', file, '--format', 'json'], runs, [0, 1]);
  const submit = time(['submit', file, '--out', join(dir, `${layout}-${rows}.submission.xlsx`), '--force', '--overwrite'], runs, [0, 1]);
  return { rows, layout, fileBytes: statSync(file).size, check, submit };
}
