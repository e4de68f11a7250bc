/**
 * A fingerprint of every result the engine gives: the report (totals, findings, every row's
 * classification with its reasons) and the submission model of generated sheets (both
 * layouts, both years' packs, with and without last year's sheet), of the reading fixtures and
 * of every sample, hashed part by part. Run before and after a change meant to make the engine
 * faster or leaner: the output must not change by a byte.
 *
 *   npx tsx bench/fingerprint.ts > before.txt   (change)   npx tsx bench/fingerprint.ts | diff before.txt -
 *   npx tsx bench/fingerprint.ts --dump DIR     also writes each report and model as JSON, to diff what moved
 *
 * test/bench/fingerprint.test.ts holds the small cases (--small: generated sheets of 100 rows)
 * to test/bench/fingerprint.expected.txt. A change meant to change results rewrites that file:
 *
 *   npx tsx bench/fingerprint.ts --small > test/bench/fingerprint.expected.txt
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet, type CheckOptions } from '../src/domain/engine/check';
import type { SheetGrid } from '../src/domain/model/grid';
import { cellCount, listCells } from '../src/domain/model/model-cells';
import type { SheetModel } from '../src/domain/model/sheet-model';
import { loadPacks } from '../src/domain/policy/registry';
import type { PolicyPack } from '../src/domain/policy/schema';
import { readPreviousYear } from '../src/domain/previous-year/read';
import { buildSubmissionSheet } from '../src/domain/submission';
import { XlsxWorkbookSource } from '../src/xlsx/workbook-source';
import { generateSheet, type SheetLayout } from './generate-sheet';

const CREATED_AT = '2024-06-26T09:00:00+09:00';
const LAYOUTS: readonly SheetLayout[] = ['split-thousand', 'label-million'];
/** Generated sizes cheap enough for the test; the script adds a larger one. */
export const SMALL_SIZES: readonly number[] = [100];

/**
 * A model as it has always been written out: its cells as a list of objects (ModelCells keeps
 * them as typed arrays), so that a fingerprint taken before that change still compares.
 */
const asJson = (model: SheetModel) => ({ ...model, cells: listCells(model.cells) });

const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

/** One line per case: the whole report and model, then the parts that tell where a difference lies. */
export function fingerprintLine(name: string, grid: SheetGrid, packs: readonly PolicyPack[], extra: Partial<CheckOptions> = {}, dump?: string): string {
  const report = checkSheet(grid, { packs, locale: 'ja', now: new Date(CREATED_AT), ...extra });
  const pack = packs.find((p) => p.id === report.policy.id) as PolicyPack;
  const model = buildSubmissionSheet(report, pack, { createdAt: CREATED_AT, force: true });
  if (dump !== undefined) writeFileSync(join(dump, `${name.replace(/[^\w.-]+/g, '_')}.json`), JSON.stringify({ report, model: asJson(model) }, null, 1));
  const parts = [
    hash(report),
    hash(asJson(model)),
    `totals ${hash(report.totals)}`,
    `findings ${hash(report.findings)}`,
    `rows ${hash(report.rows.map((r) => ({ ...r, classification: undefined })))}`,
    `classification ${hash(report.rows.map((r) => r.classification))}`,
    `previous ${hash(report.previousYear ?? null)}`,
    String(report.findings.length),
    String(cellCount(model.cells)),
  ];
  return `${name.padEnd(48)} ${parts.join(' ')}`;
}

function newest(packs: readonly PolicyPack[]): PolicyPack {
  return packs.reduce((a, b) => (b.fiscalYear.western > a.fiscalYear.western ? b : a));
}

/** The generated cases: each layout at each size, read with each pack, and once with last year's sheet beside it. */
export function generatedLines(sizes: readonly number[], dump?: string): string[] {
  const packs = loadPacks();
  const pack = newest(packs);
  const lines: string[] = [];
  for (const layout of LAYOUTS) {
    for (const rows of sizes) {
      const { grid } = generateSheet({ rows, layout, pack });
      lines.push(fingerprintLine(`${layout}-${rows}`, grid, packs, {}, dump));
      for (const other of packs.filter((p) => p.id !== pack.id)) lines.push(fingerprintLine(`${layout}-${rows}-${other.id}`, grid, packs, { packId: other.id }, dump));
      const last = generateSheet({ rows, layout, pack, seed: 7 }).grid;
      const reading = readPreviousYear({ grid: last, kind: 'request' }, packs, pack);
      if ('previous' in reading) lines.push(fingerprintLine(`${layout}-${rows}-previous`, grid, packs, { previous: reading.previous }, dump));
    }
  }
  return lines;
}

/** Every sheet of every .xlsx in a folder (a file that cannot be read is a line saying so). */
export async function workbookLines(dir: string, dump?: string): Promise<string[]> {
  const packs = loadPacks();
  const lines: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort()) {
    try {
      const source = await XlsxWorkbookSource.fromBuffer(readFileSync(join(dir, f)));
      for (const sheet of await source.sheetNames()) lines.push(fingerprintLine(`${f}:${sheet}`, await source.readSheet(sheet), packs, {}, dump));
    } catch (error) {
      lines.push(`${f} unreadable: ${(error as Error).message}`);
    }
  }
  return lines;
}

async function main(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf('--dump');
  const dump = at >= 0 ? argv[at + 1] : undefined;
  if (dump !== undefined) mkdirSync(dump, { recursive: true });
  const lines = [...generatedLines(argv.includes('--small') ? SMALL_SIZES : [...SMALL_SIZES, 3000], dump), ...(await workbookLines('test/fixtures/sheets', dump)), ...(await workbookLines('samples', dump))];
  console.log(lines.join('\n'));
}

if (require.main === module) void main(process.argv.slice(2));
