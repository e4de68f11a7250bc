/**
 * Start-up (issue 20): `budget-check --version` against a bare `node -e 0`, wall time of the
 * whole process, taken in turns so that both see the same machine; the target is a ratio.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI } from './measure-cli';
import { median } from './stats';

export interface StartupResult {
  readonly runs: number;
  readonly nodeMs: number;
  readonly versionMs: number;
  readonly helpMs: number;
  /** versionMs / nodeMs. */
  readonly ratio: number;
}

function wall(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return ms;
}

export function measureStartup(runs: number): StartupResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it with npm run build:cli`);
  const node: number[] = [];
  const version: number[] = [];
  const help: number[] = [];
  // One of each first, unmeasured: the files come into the page cache.
  wall(['-e', '0']);
  wall([CLI, '--version']);
  for (let i = 0; i < runs; i++) {
    node.push(wall(['-e', '0']));
    version.push(wall([CLI, '--version']));
    help.push(wall([CLI, '--help']));
  }
  const nodeMs = median(node);
  const versionMs = median(version);
  return { runs, nodeMs, versionMs, helpMs: median(help), ratio: versionMs / nodeMs };
}
