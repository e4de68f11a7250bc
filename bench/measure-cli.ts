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
  readonly check: CliCommandTiming;
  /** null when this build of the CLI has no submit command. */
  readonly submit: CliCommandTiming | null;
  readonly note?: string;
}

/** Whether the built CLI lists a subcommand in its help. */
export function cliHasCommand(name: string): boolean {
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  return new RegExp(`^\\s+${name}\\b`, 'm').test(`${help.stdout}${help.stderr}`);
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
  const hasSubmit = cliHasCommand('submit');
  const submit = hasSubmit ? time(['submit', file, '--out', join(dir, `${layout}-${rows}.submission.xlsx`), '--force'], runs, [0, 1]) : null;
  return {
    rows,
    layout,
    fileBytes: statSync(file).size,
    check,
    submit,
    ...(hasSubmit ? {} : { note: 'this build of the CLI has no submit command; check alone was measured' }),
  };
}
