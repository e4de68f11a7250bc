import { spawnSync } from 'node:child_process';
import { peakFromGcTrace, targets, TARGETS, type EngineFigures, type OfficeFigures } from '../../bench/targets';
import type { BundleResult } from '../../bench/measure-bundle';
import type { CliResult } from '../../bench/measure-cli';
import type { OfficeChildResult, RoundTrips } from '../../bench/measure-office';
import type { StartupResult } from '../../bench/measure-startup';

function engine(rows: number, medianMs: number, peakHeapMB = 100, floorMs = 10, layout: EngineFigures['layout'] = 'split-thousand'): EngineFigures {
  return {
    rows,
    layout,
    sheetRows: rows + 10,
    sheetColumns: 21,
    runs: 5,
    medianMs,
    firstRunMs: medianMs,
    floorMs,
    floorRatio: medianMs / floorMs,
    phasesMedianMs: { read: 0, classify: 0, rules: 0, hash: 0, report: 0, submission: 0 },
    peakHeapMB,
    liveHeapMB: 0,
    baselineHeapMB: 0,
    maxRssMB: 0,
    findings: 0,
    status: 'ok',
    submissionCells: 0,
  };
}

function trips(syncs: number, lowerBound: number, maxBytes = 1_000): RoundTrips {
  return { syncs, lowerBound, totalRequestBytes: maxBytes, totalResponseBytes: maxBytes, maxRequestBytes: maxBytes, maxResponseBytes: maxBytes, ms: 1 };
}

function office(rows: number, read: RoundTrips, write: RoundTrips): OfficeChildResult {
  return { rows, layout: 'split-thousand', cells: rows * 21, budgetBytes: 4_000_000, read, write: { ...write, modelCells: 0 } };
}

function cli(submitMs: number): CliResult {
  const timing = (medianMs: number) => ({ command: 'budget-check', runsMs: [medianMs], medianMs, exitCodes: [1] });
  return { rows: 10_000, layout: 'split-thousand', fileBytes: 1, check: timing(1_000), submit: timing(submitMs) };
}

function bundle(initialGzipBytes: number, excelJsInInitial: boolean): BundleResult {
  const file = (name: string, containsExcelJs: boolean) => ({ file: name, bytes: 1, gzipBytes: 1, containsExcelJs });
  return {
    source: 'dist-scan',
    buildMs: null,
    initial: [file('taskpane.js', excelJsInInitial)],
    initialBytes: initialGzipBytes * 3,
    initialGzipBytes,
    lazy: [{ ...file('exceljs.js', !excelJsInInitial), chunkNames: ['exceljs'] }],
    totalBytes: 0,
    totalGzipBytes: 0,
  };
}

const verdict = (list: ReturnType<typeof targets>, id: string) => list.find((t) => t.id === id)?.pass;

describe('targets', () => {
  it.each([
    [10_000, 150, 10, true],
    [10_000, 150.1, 10, false],
    [100_000, 1_500, 100, true],
    [100_000, 1_400, 80, false],
  ])('engine at %i rows in %d ms, floor %d ms: pass %s (≤ 15× the floor, whatever the milliseconds)', (rows, ms, floor, pass) => {
    const list = targets([engine(rows, ms, 100, floor)], [], null, null);
    expect(verdict(list, `engine-${rows}-split-thousand`)).toBe(pass);
    expect(list.find((t) => t.id === `engine-${rows}-split-thousand`)?.measured).toContain(`floor ${floor} ms`);
  });

  it('judges no engine time for sizes without a target, but weighs their heap: 300 MB up to 10,000 rows, 800 MB at 100,000', () => {
    const list = targets([engine(1_000, 9_999, 120), engine(100_000, 1_000, 801)], [], null, null);
    expect(list.map((t) => t.id)).toEqual(['engine-100000-split-thousand', 'engine-peak-heap', 'engine-peak-heap-100000']);
    expect([verdict(list, 'engine-peak-heap'), verdict(list, 'engine-peak-heap-100000')]).toEqual([true, false]);
    expect(list[2].measured).toContain('801 MB');
    expect(verdict(targets([engine(10_000, 1, TARGETS.peakHeapMB + 1)], [], null, null), 'engine-peak-heap')).toBe(false);
    expect(verdict(targets([engine(100_000, 1, TARGETS.peakHeap100kMB)], [], null, null), 'engine-peak-heap-100000')).toBe(true);
  });

  it('judges the growth from 10,000 to 100,000 rows per layout, only where both were measured', () => {
    const list = targets(
      [engine(10_000, 100), engine(100_000, 1_100), engine(10_000, 100, 100, 10, 'label-million'), engine(100_000, 1_101, 100, 100, 'label-million')],
      [],
      null,
      null,
    );
    expect([verdict(list, 'engine-growth-split-thousand'), verdict(list, 'engine-growth-label-million')]).toEqual([true, false]);
    expect(targets([engine(100_000, 1_000)], [], null, null).some((t) => t.id.startsWith('engine-growth'))).toBe(false);
  });

  it('judges --version against node -e 0 measured beside it', () => {
    const startup = (versionMs: number, nodeMs: number): StartupResult => ({ runs: 15, nodeMs, versionMs, helpMs: versionMs, ratio: versionMs / nodeMs });
    expect(verdict(targets([], [], null, null, startup(80, 40)), 'cli-version')).toBe(true);
    expect(verdict(targets([], [], null, null, startup(81, 40)), 'cli-version')).toBe(false);
    expect(targets([], [], null, null).some((t) => t.id === 'cli-version')).toBe(false);
  });

  it.each<[string, RoundTrips, boolean]>([
    ['the small constant while the data fits one request', trips(3, 2), true],
    ['more than the constant while the data fits', trips(4, 3), false],
    ['within two of the lower bound when the data needs splitting', trips(37, 35), true],
    ['three over the lower bound', trips(38, 35), false],
  ])('read syncs: %s', (_, read, pass) => {
    expect(verdict(targets([], [office(100, read, trips(3, 3))], null, null), 'office-read-syncs')).toBe(pass);
  });

  it('fails the write syncs when any size misses, and names every size', () => {
    const list = targets([], [office(100, trips(2, 2), trips(3, 3)), office(100_000, trips(37, 35), trips(40, 34))], null, null);
    expect(verdict(list, 'office-write-syncs')).toBe(false);
    expect(list.find((t) => t.id === 'office-write-syncs')?.measured).toBe('100: 3 (≥ 3), 100000: 40 (≥ 34)');
  });

  it('holds every request and response to 5 MB, and turns a failed Office run into a missed target', () => {
    const over: OfficeFigures = office(100, trips(2, 2, 5_000_001), trips(3, 3));
    expect(verdict(targets([], [over], null, null), 'office-payload')).toBe(false);
    expect(verdict(targets([], [office(100, trips(2, 2, 5_000_000), trips(3, 3))], null, null), 'office-payload')).toBe(true);
    const failed = targets([], [{ rows: 10, layout: 'split-thousand', error: 'Error: refused' }], null, null);
    expect(failed).toEqual([{ id: 'office-10', target: 'reads and writes', measured: 'Error: refused', pass: false }]);
  });

  it('times the CLI by its submit command', () => {
    expect(verdict(targets([], [], cli(TARGETS.cliMs), null), 'cli-10000')).toBe(true);
    expect(verdict(targets([], [], cli(TARGETS.cliMs + 1), null), 'cli-10000')).toBe(false);
  });

  it('wants the initial JS small and ExcelJS out of it', () => {
    const ok = targets([], [], null, bundle(TARGETS.initialGzipBytes, false));
    expect([verdict(ok, 'bundle-initial-gzip'), verdict(ok, 'bundle-exceljs-lazy')]).toEqual([true, true]);
    const bad = targets([], [], null, bundle(TARGETS.initialGzipBytes + 1, true));
    expect([verdict(bad, 'bundle-initial-gzip'), verdict(bad, 'bundle-exceljs-lazy')]).toEqual([false, false]);
  });
});

describe('peakFromGcTrace', () => {
  it('takes the largest heap before or after any collection', () => {
    const trace = [
      '[1:0x1]       12 ms: Scavenge 4.1 (5.2) -> 3.9 (6.2) MB, 0.5 / 0.0 ms  (average mu = 1.000, current mu = 1.000) allocation failure;',
      '[1:0x1]      250 ms: Mark-Compact 140.5 (160.0) -> 90.2 (150.0) MB, 20.1 / 0.0 ms  (average mu = 0.9) finalize incremental marking',
      '[1:0x1]      300 ms: Scavenge 95.0 (150.0) -> 91.0 (150.0) MB, 1.0 / 0.0 ms  allocation failure;',
    ].join('\n');
    expect(peakFromGcTrace(trace)).toBe(140.5);
    expect(peakFromGcTrace('no collections here')).toBe(0);
  });

  it('reads what this Node prints with --trace-gc', () => {
    // About 40 MB of arrays kept alive forces collections whose trace lines must parse.
    const script = 'const keep = []; for (let i = 0; i < 400; i++) keep.push(new Array(12500).fill(i)); console.log(keep.length);';
    const run = spawnSync(process.execPath, ['--trace-gc', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const peak = peakFromGcTrace(run.stdout);
    expect(peak).toBeGreaterThan(10);
    expect(peak).toBeLessThan(1_000);
  });
});
