/**
 * Child process of the benchmark: the Office.js adapters against the fake Excel of the
 * adapter tests. Reads a generated sheet with OfficeWorkbookSource, checks it, and writes the
 * submission sheet with OfficeWorkbookSink; counts context.sync round trips, sets them beside
 * the fewest the payload budget allows, and measures the largest request and response of any
 * sync in UTF-8 bytes (what Excel on the web's 5 MB limit counts), as the fake records them.
 * Writes JSON to the file named on the command line.
 */
import { writeFileSync } from 'node:fs';
import { checkSheet } from '../src/domain/engine/check';
import type { CellValue } from '../src/domain/model/grid';
import { cellCount } from '../src/domain/model/model-cells';
import { loadPacks } from '../src/domain/policy/registry';
import { buildSubmissionSheet } from '../src/domain/submission';
import { OfficeWorkbookSink } from '../src/excel/office-workbook-sink';
import { OfficeWorkbookSource } from '../src/excel/office-workbook-source';
import type { SheetModel } from '../src/domain/model/sheet-model';
import { DEFAULT_SYNC_BUDGET_BYTES } from '../src/excel/payload';
import { BATCH_OVERHEAD_BYTES, estimateOpBytes, maxOpBytesFor, planSheetOps } from '../src/excel/write-plan';
import { FakeExcel, type CellInput, type SyncRecord } from '../test/excel/fake-excel';
import { generateSheet, type SheetLayout } from './generate-sheet';

export interface OfficeChildArgs {
  readonly rows: number;
  readonly layout: SheetLayout;
  readonly out: string;
}

export interface RoundTrips {
  readonly syncs: number;
  /**
   * The fewest syncs the payload budget allows: the bytes that must cross (responses for a
   * read, requests for a write) over the adapters' per-sync budget, plus the syncs that must
   * come first whatever the size (a read needs the used range's size; a write lists the
   * sheets, and its commit needs the new sheet's metrics, so never fewer than 3).
   */
  readonly lowerBound: number;
  readonly totalRequestBytes: number;
  readonly totalResponseBytes: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly ms: number;
}

export interface OfficeChildResult {
  readonly rows: number;
  readonly layout: SheetLayout;
  readonly cells: number;
  /** What the adapters aim one sync under (80% of the 5 MB limit). */
  readonly budgetBytes: number;
  readonly read: RoundTrips;
  readonly write: RoundTrips & { readonly modelCells: number };
}

/** The fake's records of the syncs since `from`: each one's request and response, in UTF-8 bytes of JSON. */
function roundTrips(records: readonly SyncRecord[], ms: number, lowerBound: (r: { request: number; response: number }) => number): RoundTrips {
  const request = records.reduce((sum, r) => sum + r.requestBytes, 0);
  const response = records.reduce((sum, r) => sum + r.responseBytes, 0);
  return {
    syncs: records.length,
    lowerBound: lowerBound({ request, response }),
    totalRequestBytes: request,
    totalResponseBytes: response,
    maxRequestBytes: Math.max(0, ...records.map((r) => r.requestBytes)),
    maxResponseBytes: Math.max(0, ...records.map((r) => r.responseBytes)),
    ms,
  };
}

/** What the sink estimates its operations send, in UTF-8 bytes. */
function estimatedRequestBytes(model: SheetModel, budget: number): number {
  return planSheetOps(model, maxOpBytesFor(budget)).reduce((sum, op) => sum + estimateOpBytes(op), 0);
}

function cellInput(value: CellValue, formula: string | null | undefined): CellInput {
  if (formula) return { formula, value: typeof value === 'object' ? null : value };
  return value;
}

async function main(args: OfficeChildArgs): Promise<OfficeChildResult> {
  const packs = loadPacks();
  const pack = packs[packs.length - 1];
  const sheet = generateSheet({ rows: args.rows, layout: args.layout, pack });
  const excel = new FakeExcel();
  excel.addSheet({
    name: sheet.grid.sheetName,
    rows: sheet.grid.values.map((row, r) => row.map((value, c) => cellInput(value, sheet.grid.formulas?.[r]?.[c]))),
    merges: sheet.grid.merges,
  });
  const budget = DEFAULT_SYNC_BUDGET_BYTES;

  let t = performance.now();
  const grid = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true }).readSheet(sheet.grid.sheetName);
  const read = roundTrips(excel.syncs, performance.now() - t, ({ response }) => 1 + Math.ceil(response / budget));
  if (grid.values.length !== sheet.grid.values.length) throw new Error(`read ${grid.values.length} rows, generated ${sheet.grid.values.length}`);

  const report = checkSheet(grid, { packs, locale: 'ja' });
  const model = buildSubmissionSheet(report, pack, { createdAt: '2024-06-26T09:00:00+09:00', force: true });
  const before = excel.syncs.length;
  t = performance.now();
  await new OfficeWorkbookSink(excel.run).writeOutputSheet(model);
  const write = {
    // Requests are bounded by the sink's own estimate (Office.js's envelope per action is
    // larger than the fake's record of it), so the bound counts the estimated bytes.
    ...roundTrips(excel.syncs.slice(before), performance.now() - t, () => Math.max(3, 1 + Math.ceil(estimatedRequestBytes(model, budget) / (budget - BATCH_OVERHEAD_BYTES)))),
    modelCells: cellCount(model.cells),
  };

  return { rows: args.rows, layout: args.layout, cells: sheet.grid.values.reduce((n, row) => n + row.length, 0), budgetBytes: budget, read, write };
}

const args = JSON.parse(process.argv[2] ?? '{}') as OfficeChildArgs;
main(args).then(
  (result) => writeFileSync(args.out, JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
