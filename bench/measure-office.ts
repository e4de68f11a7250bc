/**
 * Child process of the benchmark: the Office.js adapters against the fake Excel of the
 * adapter tests. Reads a generated sheet with OfficeWorkbookSource, checks it, and writes the
 * submission sheet with OfficeWorkbookSink; counts context.sync round trips and measures the
 * largest request and response of any sync in UTF-8 bytes (what Excel on the web's 5 MB limit
 * counts). Writes JSON to the file named on the command line.
 */
import { writeFileSync } from 'node:fs';
import { checkSheet } from '../src/domain/engine/check';
import type { CellValue } from '../src/domain/model/grid';
import { loadPacks } from '../src/domain/policy/registry';
import { buildSubmissionSheet } from '../src/domain/submission';
import { OfficeWorkbookSink } from '../src/excel/office-workbook-sink';
import { OfficeWorkbookSource } from '../src/excel/office-workbook-source';
import { FakeExcel, type CellInput } from '../test/excel/fake-excel';
import { generateSheet, type SheetLayout } from './generate-sheet';

export interface OfficeChildArgs {
  readonly rows: number;
  readonly layout: SheetLayout;
  readonly out: string;
}

export interface RoundTrips {
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly ms: number;
}

export interface OfficeChildResult {
  readonly rows: number;
  readonly layout: SheetLayout;
  readonly cells: number;
  readonly read: RoundTrips;
  readonly write: RoundTrips & { readonly modelCells: number };
}

/** The shape of the fake's queued operations, as far as measuring them needs. */
interface Queued {
  readonly path: string;
  readonly action: string;
  readonly args?: unknown;
  apply(): { data: unknown; deliver: () => void } | void;
}

interface Meter {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

/** Wraps the fake's execute to weigh every request and response as JSON in UTF-8. */
function metered(excel: FakeExcel): Meter {
  const meter: Meter = { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
  const execute = excel.execute.bind(excel) as (queue: Queued[], suspended: { screen: boolean; calculation: boolean }) => void;
  (excel as unknown as { execute: typeof execute }).execute = (queue, suspended) => {
    meter.syncs++;
    const request = Buffer.byteLength(JSON.stringify(queue.map((op) => [op.path, op.action, op.args ?? null])));
    meter.maxRequestBytes = Math.max(meter.maxRequestBytes, request);
    let response = 0;
    const weighed = queue.map((op) => ({
      ...op,
      apply: () => {
        const result = op.apply();
        if (result) response += Buffer.byteLength(JSON.stringify(result.data ?? null));
        return result;
      },
    }));
    try {
      execute(weighed, suspended);
    } finally {
      meter.maxResponseBytes = Math.max(meter.maxResponseBytes, response);
    }
  };
  return meter;
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
  const meter = metered(excel);
  const take = () => {
    const taken = { ...meter };
    Object.assign(meter, { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0 });
    return taken;
  };

  let t = performance.now();
  const grid = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true }).readSheet(sheet.grid.sheetName);
  const read = { ...take(), ms: performance.now() - t };
  if (grid.values.length !== sheet.grid.values.length) throw new Error(`read ${grid.values.length} rows, generated ${sheet.grid.values.length}`);

  const report = checkSheet(grid, { packs, locale: 'ja' });
  const model = buildSubmissionSheet(report, pack, { createdAt: '2024-06-26T09:00:00+09:00', force: true });
  t = performance.now();
  await new OfficeWorkbookSink(excel.run).write(model);
  const write = { ...take(), ms: performance.now() - t, modelCells: model.cells.length };

  return { rows: args.rows, layout: args.layout, cells: sheet.grid.values.reduce((n, row) => n + row.length, 0), read, write };
}

const args = JSON.parse(process.argv[2] ?? '{}') as OfficeChildArgs;
main(args).then(
  (result) => writeFileSync(args.out, JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
