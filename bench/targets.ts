/**
 * The benchmark's targets (issues 9 and 20) and how a run's figures are judged against them:
 * pure, so the judging is tested apart from the machine-dependent measuring. Times are judged as
 * ratios to a floor measured in the same run (a bare NFKC pass over the same grid, a bare
 * `node -e 0`): on a shared machine milliseconds move with the load, ratios far less.
 */
import type { Phase } from './engine-phases';
import type { SheetLayout } from './generate-sheet';
import type { BundleResult } from './measure-bundle';
import type { CliResult } from './measure-cli';
import type { OfficeChildResult } from './measure-office';
import type { StartupResult } from './measure-startup';
import { KB, round } from './stats';

export const TARGETS = {
  /** The engine's median time over the floor's (bench/floor.ts), at 10,000 and at 100,000 rows. */
  engineOverFloor: 15,
  /** The engine's time at 100,000 rows over its time at 10,000: near-linear. */
  growth10kTo100k: 11,
  /** Peak heap up to 10,000 rows (issue 9). */
  peakHeapMB: 300,
  /** Peak heap at 100,000 rows (issue 20). */
  peakHeap100kMB: 800,
  /** `budget-check --version` over a bare `node -e 0`. */
  versionOverNode: 2,
  /** Excel on the web refuses a request or response over 5 MB. */
  payloadBytes: 5 * 1_000_000,
  /**
   * "A small constant" while the data fits the per-sync budget: a read in 2 syncs, a write in 3.
   * Beyond that the 5 MB limit forces splitting; then the target is the fewest syncs the
   * budget allows (the lower bound each measurement reports), or a little more: the first read
   * sync is sized before any byte is seen, and batches are rarely exactly full.
   */
  maxSyncs: 3,
  syncsOverLowerBound: 2,
  cliMs: 5_000,
  initialGzipBytes: 250 * KB,
};

/** The largest heap in use before any collection, from --trace-gc lines ("Scavenge 12.3 (14.5) -> …"). */
export function peakFromGcTrace(trace: string): number {
  let peak = 0;
  for (const m of trace.matchAll(/: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Sweep)[^\d]*([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g)) {
    peak = Math.max(peak, Number(m[1]), Number(m[2]));
  }
  return peak;
}

export interface EngineFigures {
  readonly rows: number;
  readonly layout: SheetLayout;
  readonly sheetRows: number;
  readonly sheetColumns: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly firstRunMs: number;
  /** Median of the bare NFKC passes over the same grid, and medianMs over it. */
  readonly floorMs: number;
  readonly floorRatio: number;
  readonly phasesMedianMs: Record<Phase, number>;
  readonly peakHeapMB: number;
  readonly liveHeapMB: number;
  readonly baselineHeapMB: number;
  readonly maxRssMB: number;
  readonly findings: number;
  readonly status: string;
  readonly submissionCells: number;
}

/** A failed write or read is a finding to report, not a reason to stop the benchmark. */
export type OfficeFigures = OfficeChildResult | { readonly rows: number; readonly layout: SheetLayout; readonly error: string };

export function succeeded(office: readonly OfficeFigures[]): OfficeChildResult[] {
  return office.filter((o): o is OfficeChildResult => !('error' in o));
}

export interface Target {
  readonly id: string;
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean;
}

export function targets(
  engine: readonly EngineFigures[],
  officeRuns: readonly OfficeFigures[],
  cli: CliResult | null,
  bundle: BundleResult | null,
  startup: StartupResult | null = null,
): Target[] {
  const office = succeeded(officeRuns);
  const list: Target[] = [];
  const ms = (n: number) => `${round(n)} ms`;
  const times = (n: number) => `${round(n, 2)}×`;
  const at = (rows: number) => engine.filter((f) => f.rows === rows);
  for (const rows of [10_000, 100_000]) {
    for (const e of at(rows)) {
      list.push({
        id: `engine-${rows}-${e.layout}`,
        target: `≤ ${TARGETS.engineOverFloor}× the NFKC floor`,
        measured: `${times(e.floorRatio)} (${ms(e.medianMs)}; floor ${ms(e.floorMs)})`,
        pass: e.floorRatio <= TARGETS.engineOverFloor,
      });
    }
  }
  for (const big of at(100_000)) {
    const small = at(10_000).find((e) => e.layout === big.layout);
    if (!small) continue;
    const growth = big.medianMs / small.medianMs;
    list.push({ id: `engine-growth-${big.layout}`, target: `10,000 → 100,000 rows ≤ ${TARGETS.growth10kTo100k}×`, measured: `${times(growth)} (${ms(small.medianMs)} → ${ms(big.medianMs)})`, pass: growth <= TARGETS.growth10kTo100k });
  }
  const worstHeap = (figures: readonly EngineFigures[]) => figures.reduce((a, b) => (b.peakHeapMB > a.peakHeapMB ? b : a));
  const upTo10k = engine.filter((e) => e.rows <= 10_000);
  if (upTo10k.length > 0) {
    const worst = worstHeap(upTo10k);
    list.push({ id: 'engine-peak-heap', target: `≤ ${TARGETS.peakHeapMB} MB up to 10,000 rows`, measured: `${worst.peakHeapMB} MB (${worst.rows} rows, ${worst.layout})`, pass: worst.peakHeapMB <= TARGETS.peakHeapMB });
  }
  if (at(100_000).length > 0) {
    const worst = worstHeap(at(100_000));
    list.push({ id: 'engine-peak-heap-100000', target: `≤ ${TARGETS.peakHeap100kMB} MB at 100,000 rows`, measured: `${worst.peakHeapMB} MB (${worst.layout})`, pass: worst.peakHeapMB <= TARGETS.peakHeap100kMB });
  }
  for (const failed of officeRuns.filter((o): o is Exclude<OfficeFigures, OfficeChildResult> => 'error' in o)) {
    list.push({ id: `office-${failed.rows}`, target: 'reads and writes', measured: failed.error, pass: false });
  }
  if (office.length > 0) {
    for (const kind of ['read', 'write'] as const) {
      const fits = (o: OfficeChildResult) => o[kind].lowerBound <= TARGETS.maxSyncs;
      const pass = office.every((o) => (fits(o) ? o[kind].syncs <= TARGETS.maxSyncs : o[kind].syncs <= o[kind].lowerBound + TARGETS.syncsOverLowerBound));
      list.push({
        id: `office-${kind}-syncs`,
        target: `≤ ${TARGETS.maxSyncs} while it fits one request; else ≤ lower bound + ${TARGETS.syncsOverLowerBound}`,
        measured: office.map((o) => `${o.rows}: ${o[kind].syncs} (≥ ${o[kind].lowerBound})`).join(', '),
        pass,
      });
    }
    const largest = Math.max(...office.flatMap((o) => [o.read.maxRequestBytes, o.read.maxResponseBytes, o.write.maxRequestBytes, o.write.maxResponseBytes]));
    list.push({ id: 'office-payload', target: `every request and response ≤ ${TARGETS.payloadBytes / 1_000_000} MB`, measured: `${round(largest / 1_000_000, 2)} MB largest`, pass: largest <= TARGETS.payloadBytes });
  }
  if (cli) {
    // `submit` checks the sheet and writes the workbook: the whole job in one command.
    list.push({
      id: `cli-${cli.rows}`,
      target: `submit (check + submission workbook) ≤ ${TARGETS.cliMs} ms`,
      measured: `${ms(cli.submit.medianMs)} (check --format json alone: ${ms(cli.check.medianMs)})`,
      pass: cli.submit.medianMs <= TARGETS.cliMs,
    });
  }
  if (startup) {
    list.push({
      id: 'cli-version',
      target: `budget-check --version ≤ ${TARGETS.versionOverNode}× node -e 0`,
      measured: `${times(startup.ratio)} (${ms(startup.versionMs)} against ${ms(startup.nodeMs)}; --help ${ms(startup.helpMs)})`,
      pass: startup.ratio <= TARGETS.versionOverNode,
    });
  }
  if (bundle) {
    list.push({ id: 'bundle-initial-gzip', target: `≤ ${TARGETS.initialGzipBytes / KB} KB gzip`, measured: `${round(bundle.initialGzipBytes / KB)} KB`, pass: bundle.initialGzipBytes <= TARGETS.initialGzipBytes });
    const inInitial = bundle.initial.some((f) => f.containsExcelJs);
    list.push({ id: 'bundle-exceljs-lazy', target: 'ExcelJS not in the initial chunk', measured: inInitial ? 'in the initial chunk' : `lazy (${bundle.lazy.filter((f) => f.containsExcelJs).map((f) => f.file).join(', ')})`, pass: !inInitial });
  }
  return list;
}
