import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(__dirname, '..', '..', 'dist', 'cli', 'budget-check.js');
const PRELOAD = join(__dirname, 'rusage-preload.cjs');

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** CPU time (user + system) the process used, in ms, and its peak resident memory in MB (null when it died before saying). */
  readonly cpuMs: number | null;
  readonly peakMb: number | null;
  readonly timedOut: boolean;
}

/**
 * The built CLI as a user runs it, in its own process, stopped (SIGKILL) past `timeoutMs`: its
 * exit, output, wall time and peak memory. `npm test` builds dist/ before jest runs.
 */
export function runCliProcess(args: readonly string[], timeoutMs: number, cwd?: string): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli`);
  const dir = mkdtempSync(join(tmpdir(), 'budget-check-run-'));
  const usage = join(dir, 'rusage.json');
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--require', PRELOAD, CLI, ...args], { cwd, env: { ...process.env, BUDGET_CHECK_RUSAGE: usage } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      let peakMb: number | null = null;
      let cpuMs: number | null = null;
      if (existsSync(usage)) {
        const used = JSON.parse(readFileSync(usage, 'utf8')) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
        peakMb = used.maxRSS / 1024;
        cpuMs = (used.userCPUTime + used.systemCPUTime) / 1000;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, signal, cpuMs, stdout: Buffer.concat(out as unknown as Uint8Array[]).toString('utf8'), stderr: Buffer.concat(err as unknown as Uint8Array[]).toString('utf8'), ms, peakMb, timedOut });
    });
  });
}

/** Runs `jobs` at most `width` at a time, results in order. */
export async function inPool<T>(jobs: readonly (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]();
      }
    }),
  );
  return results;
}
