/**
 * npm run bench — the engine (beside a bare NFKC pass over the same grid, its floor), the
 * Office.js round trips, the CLI (end to end, and `--version` beside `node -e 0`) and the pane's
 * bundle, measured against the targets, printed as tables and written to bench/results.json.
 *
 *   npm run bench                       everything (builds the CLI and the pane first)
 *   npm run bench -- --skip-build       use dist/ as it is
 *   npm run bench -- --only engine,office --sizes 100,1000   (parts: engine, office, cli, startup, bundle)
 *   npm run bench -- … --out FILE.json  write the results there instead
 *
 * A run of only some parts or sizes writes bench/results.partial.json instead, so the
 * committed figures always come from a full run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { SheetLayout } from './generate-sheet';
import { PHASES, type Phase } from './engine-phases';
import type { EngineChildArgs, EngineChildResult } from './measure-engine';
import { measureBundle, type BundleResult } from './measure-bundle';
import { measureCli, type CliResult } from './measure-cli';
import type { OfficeChildArgs, OfficeChildResult } from './measure-office';
import { measureStartup, type StartupResult } from './measure-startup';
import { KB, MB, median, round } from './stats';
import { peakFromGcTrace, succeeded, targets, type EngineFigures, type OfficeFigures } from './targets';

const PARTS = ['engine', 'office', 'cli', 'startup', 'bundle'] as const;
type Part = (typeof PARTS)[number];
const ALL_SIZES = [100, 1_000, 10_000, 100_000];
const LAYOUTS: readonly SheetLayout[] = ['split-thousand', 'label-million'];
const CLI_ROWS = 10_000;
const CLI_RUNS = 3;
const STARTUP_RUNS = 15;

interface Options {
  readonly parts: readonly Part[];
  readonly sizes: readonly number[];
  readonly build: boolean;
  readonly out?: string;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const parts = (value('--only')?.split(',') ?? [...PARTS]) as Part[];
  for (const part of parts) if (!PARTS.includes(part)) throw new Error(`unknown part '${part}' (${PARTS.join(', ')})`);
  const sizes = value('--sizes')?.split(',').map(Number) ?? ALL_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--sizes takes row counts: --sizes 100,1000');
  const out = value('--out');
  return { parts, sizes, build: !argv.includes('--skip-build'), ...(out !== undefined ? { out } : {}) };
}

function runsFor(rows: number): number {
  return rows >= 100_000 ? 3 : 5;
}

/** Runs a bench child under tsx with extra Node flags; returns its stdout and the JSON it wrote. */
function child<T>(script: string, args: object, nodeFlags: readonly string[]): { result: T; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'budget-check-bench-'));
  const out = join(dir, 'result.json');
  try {
    const run = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', script, JSON.stringify({ ...args, out })], {
      encoding: 'utf8',
      maxBuffer: 1024 * MB,
    });
    if (run.status !== 0) throw new Error(`${script} ${JSON.stringify(args)} failed (${run.status}): ${run.stderr.slice(-3000)}`);
    return { result: JSON.parse(readFileSync(out, 'utf8')) as T, stdout: run.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measureEngine(rows: number, layout: SheetLayout): EngineFigures {
  const args: Omit<EngineChildArgs, 'out'> = { rows, layout, runs: runsFor(rows) };
  const { result, stdout } = child<EngineChildResult>('bench/measure-engine.ts', args, ['--expose-gc', '--trace-gc', '--max-old-space-size=8192']);
  const totals = result.runs.map((run) => PHASES.reduce((sum, phase) => sum + run[phase], 0));
  const floorMs = median(result.floorRuns);
  const phasesMedianMs = Object.fromEntries(PHASES.map((phase) => [phase, round(median(result.runs.map((run) => run[phase])))])) as Record<Phase, number>;
  return {
    rows,
    layout,
    sheetRows: result.sheetRows,
    sheetColumns: result.sheetColumns,
    runs: result.runs.length,
    medianMs: round(median(totals)),
    firstRunMs: round(totals[0]),
    floorMs: round(floorMs, 3),
    floorRatio: round(median(totals) / floorMs, 2),
    phasesMedianMs,
    peakHeapMB: round(Math.max(peakFromGcTrace(stdout), result.sampledPeakHeapMB)),
    liveHeapMB: round(result.liveHeapMB),
    baselineHeapMB: round(result.baselineHeapMB),
    maxRssMB: round(result.maxRssMB),
    findings: result.findings,
    status: result.status,
    submissionCells: result.modelCells,
  };
}

function measureOffice(rows: number, layout: SheetLayout): OfficeFigures {
  const args: Omit<OfficeChildArgs, 'out'> = { rows, layout };
  try {
    return child<OfficeChildResult>('bench/measure-office.ts', args, ['--max-old-space-size=8192']).result;
  } catch (error) {
    return { rows, layout, error: (error as Error).message.split('\n').find((line) => line.startsWith('Error:')) ?? String(error) };
  }
}

function buildCli(): void {
  const run = spawnSync('npx', ['webpack', '--mode', 'production', '--config-name', 'cli'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`CLI build failed: ${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`);
}

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => [...r[c]].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const pad = (text: string, c: number) => text + ' '.repeat(widths[c] - [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0));
  return cells.map((r, i) => `${r.map(pad).join('  ')}${i === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''}`).join('\n');
}

function log(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // Timings depend on what else the machine runs: the load before and after says how quiet it was.
  const loadBefore = loadavg()[0];
  const has = (part: Part) => options.parts.includes(part);
  const engine: EngineFigures[] = [];
  const office: OfficeFigures[] = [];
  let cli: CliResult | null = null;
  let startup: StartupResult | null = null;
  let bundle: BundleResult | null = null;

  if (has('engine')) {
    for (const rows of options.sizes) {
      for (const layout of LAYOUTS) {
        log(`engine: ${rows} rows, ${layout} …`);
        engine.push(measureEngine(rows, layout));
      }
    }
    log(`\nEngine (median of the runs; phases: readTable / classify / rules / grid hash / report / submission model)`);
    log('floor: a bare pass over the same grid, every text cell NFKC-normalised once and every number read (median of 3 passes before each run); × floor: the engine over it');
    log('peak heap: largest heap in use before any GC (garbage included); live: after a full GC with grid, table, classification, report and model alive; input: the code and the grid alone\n');
    log(
      table(
        ['rows', 'layout', 'runs', 'median ms', 'floor ms', '× floor', '1st run ms', 'read', 'classify', 'rules', 'hash', 'report', 'submission', 'peak heap MB', 'live MB', 'input MB', 'max RSS MB', 'findings'],
        engine.map((e) => [e.rows, e.layout, e.runs, e.medianMs, e.floorMs, e.floorRatio, e.firstRunMs, ...PHASES.map((p) => e.phasesMedianMs[p]), e.peakHeapMB, e.liveHeapMB, e.baselineHeapMB, e.maxRssMB, e.findings]),
      ),
    );
  }
  if (has('office')) {
    for (const rows of options.sizes) {
      log(`office: ${rows} rows …`);
      office.push(measureOffice(rows, 'split-thousand'));
    }
    const budget = succeeded(office)[0]?.budgetBytes ?? 0;
    log(`\nOffice.js round trips (fake Excel; split-thousand sheets; bytes of JSON in UTF-8; per-sync budget ${budget} B, limit 5,000,000 B)`);
    log('lower bound: read 1 + ⌈response bytes / budget⌉ (the size comes first); write max(3, 1 + ⌈bytes the sink estimates it sends / budget⌉)\n');
    log(
      table(
        ['rows', 'cells', 'read syncs', 'read lower bound', 'read total response B', 'read max response B', 'write syncs', 'write lower bound', 'write total request B', 'write max request B', 'submission cells'],
        succeeded(office).map((o) => [
          o.rows,
          o.cells,
          o.read.syncs,
          o.read.lowerBound,
          o.read.totalResponseBytes,
          o.read.maxResponseBytes,
          o.write.syncs,
          o.write.lowerBound,
          o.write.totalRequestBytes,
          o.write.maxRequestBytes,
          o.write.modelCells,
        ]),
      ),
    );
  }
  if ((has('cli') || has('startup')) && options.build) {
    log('building the CLI …');
    buildCli();
  }
  if (has('startup')) {
    log('startup: budget-check --version and node -e 0 …');
    startup = measureStartup(STARTUP_RUNS);
    log(`\nStart-up (wall time of the process, median of ${startup.runs}, in turns)\n`);
    log(
      table(
        ['command', 'median ms', 'over node -e 0'],
        [
          ['node -e 0', round(startup.nodeMs), 1],
          ['budget-check --version', round(startup.versionMs), round(startup.ratio, 2)],
          ['budget-check --help', round(startup.helpMs), round(startup.helpMs / startup.nodeMs, 2)],
        ],
      ),
    );
  }
  if (has('cli')) {
    log(`cli: ${CLI_ROWS} rows …`);
    cli = await measureCli(CLI_ROWS, 'split-thousand', CLI_RUNS);
    log(`\nCLI end to end (${cli.rows} rows, ${round(cli.fileBytes / KB)} KB .xlsx; median of ${CLI_RUNS})\n`);
    log(
      table(
        ['command', 'median ms', 'runs ms'],
        [cli.check, cli.submit].map((c) => [c.command.replace(/\S*budget-check-bench\//g, ''), round(c.medianMs), c.runsMs.map((n) => round(n, 0)).join(' / ')]),
      ),
    );
  }
  if (has('bundle')) {
    log(options.build ? 'building the pane …' : 'reading dist/ …');
    bundle = measureBundle(options.build);
    log(`\nTask pane bundle (${bundle.source})\n`);
    log(
      table(
        ['file', 'loaded', 'KB', 'KB gzip', 'ExcelJS'],
        [...bundle.initial.map((f) => ({ ...f, when: 'initial' })), ...bundle.lazy.map((f) => ({ ...f, when: `lazy ${f.chunkNames.join(',')}` }))].map((f) => [
          f.file,
          f.when,
          round(f.bytes / KB),
          round(f.gzipBytes / KB),
          f.containsExcelJs ? 'yes' : 'no',
        ]),
      ),
    );
    log(`initial JS: ${round(bundle.initialBytes / KB)} KB, ${round(bundle.initialGzipBytes / KB)} KB gzip; all JS: ${round(bundle.totalBytes / KB)} KB, ${round(bundle.totalGzipBytes / KB)} KB gzip`);
  }

  const checked = targets(engine, office, cli, bundle, startup);
  log(`\nTargets\n`);
  log(table(['target', 'wanted', 'measured', 'result'], checked.map((t) => [t.id, t.target, t.measured, t.pass ? 'pass' : 'MISS'])));

  const full = PARTS.every(has) && ALL_SIZES.every((n) => options.sizes.includes(n));
  const file = options.out ?? (full ? 'bench/results.json' : 'bench/results.partial.json');
  const cpu = cpus();
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        environment: {
          node: process.version,
          platform: `${process.platform} ${process.arch}`,
          cpuModel: cpu[0]?.model ?? 'unknown',
          cores: cpu.length,
          memoryGB: round(totalmem() / 1024 ** 3),
          loadAverage1m: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) },
        },
        targets: checked,
        engine,
        office,
        cli,
        startup,
        bundle,
      },
      null,
      2,
    )}\n`,
  );
  log(`\nNode ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, load average ${round(loadBefore, 2)} before, ${round(loadavg()[0], 2)} after`);
  log(`written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
