/**
 * Renders the submission sheet the way a reader sees it on paper: check a ministry's
 * workbook with the engine, build the sheet, and print it through LibreOffice (sheet-png.ts).
 *
 *   npx tsx scripts/render-submission-png.ts [input.xlsx] [out.png]
 *   (defaults: samples/sample-r6-clean.xlsx, docs/submission-sheet.png)
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { checkSheet } from '../src/domain/engine/check';
import { loadPacks } from '../src/domain/policy/registry';
import { buildSubmissionSheet } from '../src/domain/submission';
import { XlsxWorkbookSource } from '../src/xlsx/workbook-source';
import { renderSheetPng } from './sheet-png';

async function main(): Promise<void> {
  const input = process.argv[2] ?? 'samples/sample-r6-clean.xlsx';
  const out = resolve(process.argv[3] ?? 'docs/submission-sheet.png');
  const source = await XlsxWorkbookSource.fromBuffer(readFileSync(input));
  const [sheet] = await source.sheetNames();
  const packs = loadPacks();
  const report = checkSheet(await source.readSheet(sheet), { packs, locale: 'ja', file: basename(input) });
  const pack = packs.find((p) => p.id === report.policy.id);
  if (!pack) throw new Error(`no pack ${report.policy.id}`);
  // A fixed time, so the picture changes only when the sheet does.
  const model = buildSubmissionSheet(report, pack, { ministry: '厚生労働省', createdAt: '2024-08-30T14:05:00+09:00', force: true });
  const pages = await renderSheetPng(model, out);
  process.stdout.write(`${out} (${pages} page(s))\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
