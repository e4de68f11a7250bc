/**
 * A fingerprint of every result the engine gives: the report and the submission model of
 * generated sheets (both layouts) and of every sample, hashed. Run before and after a change
 * meant to make the engine faster or leaner: the output must not change by a byte.
 *
 *   npx tsx bench/fingerprint.ts > before.txt   (change)   npx tsx bench/fingerprint.ts | diff before.txt -
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../src/domain/engine/check';
import type { SheetGrid } from '../src/domain/model/grid';
import { buildSubmissionSheet } from '../src/domain/submission';
import { loadPacks } from '../src/domain/policy/registry';
import { XlsxWorkbookSource } from '../src/xlsx/workbook-source';
import { generateSheet } from './generate-sheet';
const packs = loadPacks();
const now = new Date('2024-06-26T09:00:00+09:00');
const h = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
function one(name: string, grid: SheetGrid) {
  const report = checkSheet(grid, { packs, locale: 'ja', now });
  const pack = packs.find((p) => p.id === report.policy.id)!;
  const model = buildSubmissionSheet(report, pack, { createdAt: '2024-06-26T09:00:00+09:00', force: true });
  console.log(name.padEnd(40), h(report), h(model), report.findings.length, model.cells.length);
}
(async () => {
  for (const layout of ['split-thousand', 'label-million'] as const) for (const rows of [100, 3000]) one(`${layout}-${rows}`, generateSheet({ rows, layout, pack: packs[packs.length - 1] }).grid);
  for (const f of readdirSync('samples').filter((f) => f.endsWith('.xlsx'))) {
    const source = await XlsxWorkbookSource.fromBuffer(readFileSync(join('samples', f)));
    for (const sheet of await source.sheetNames()) one(`${f}:${sheet}`, await source.readSheet(sheet));
  }
})();
