/**
 * The benchmark's targets (issue 9) and how a run's figures are judged against them: pure, so
 * the judging is tested apart from the machine-dependent measuring.
 */
import type { Phase } from './engine-phases';
import type { SheetLayout } from './generate-sheet';
import type { BundleResult } from './measure-bundle';
import type { CliResult } from './measure-cli';
import type { OfficeChildResult } from './measure-office';
import { KB, round } from './stats';

export const TARGETS = {
  engine10kMs: 200,
  engine100kMs: 2_000,
  peakHeapMB: 300,
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

export function targets(engine: readonly EngineFigures[], officeRuns: readonly OfficeFigures[], cli: CliResult | null, bundle: BundleResult | null): Target[] {
  const office = succeeded(officeRuns);
  const list: Target[] = [];
  const ms = (n: number) => `${round(n)} ms`;
  for (const [rows, limit] of [
    [10_000, TARGETS.engine10kMs],
    [100_000, TARGETS.engine100kMs],
  ] as const) {
    for (const e of engine.filter((f) => f.rows === rows)) {
      list.push({ id: `engine-${rows}-${e.layout}`, target: `≤ ${limit} ms`, measured: ms(e.medianMs), pass: e.medianMs <= limit });
    }
  }
  if (engine.length > 0) {
    const worst = engine.reduce((a, b) => (b.peakHeapMB > a.peakHeapMB ? b : a));
    list.push({ id: 'engine-peak-heap', target: `≤ ${TARGETS.peakHeapMB} MB`, measured: `${worst.peakHeapMB} MB (${worst.rows} rows, ${worst.layout})`, pass: worst.peakHeapMB <= TARGETS.peakHeapMB });
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
  if (bundle) {
    list.push({ id: 'bundle-initial-gzip', target: `≤ ${TARGETS.initialGzipBytes / KB} KB gzip`, measured: `${round(bundle.initialGzipBytes / KB)} KB`, pass: bundle.initialGzipBytes <= TARGETS.initialGzipBytes });
    const inInitial = bundle.initial.some((f) => f.containsExcelJs);
    list.push({ id: 'bundle-exceljs-lazy', target: 'ExcelJS not in the initial chunk', measured: inInitial ? 'in the initial chunk' : `lazy (${bundle.lazy.filter((f) => f.containsExcelJs).map((f) => f.file).join(', ')})`, pass: !inInitial });
  }
  return list;
}
