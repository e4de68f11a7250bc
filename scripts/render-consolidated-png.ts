/**
 * Renders the consolidated sheet of the three sample ministries (文・厚・経) the way LibreOffice
 * prints it, for the README: each request sheet checked, its ministry detected, consolidated.
 *
 *   npx tsx scripts/render-consolidated-png.ts [out.png]   (default: docs/consolidated-sheet.png)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { consolidate, partFromReport } from '../src/domain/consolidation';
import { checkSheet } from '../src/domain/engine/check';
import { getPack, loadPacks } from '../src/domain/policy/registry';
import { detectMinistry } from '../src/domain/reading/ministry';
import { DEFAULT_LAYOUT } from '../src/domain/submission';
import { XlsxWorkbookSource } from '../src/xlsx/workbook-source';
import { renderSheetPng } from './sheet-png';

const INPUTS = ['r6-mext.xlsx', 'r6-mhlw.xlsx', 'r6-meti.xlsx'];

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? 'docs/consolidated-sheet.png');
  const packs = loadPacks();
  const parts = [];
  for (const file of INPUTS) {
    const source = await XlsxWorkbookSource.fromBuffer(readFileSync(resolve('samples', file)));
    const grid = await source.readSheet((await source.sheetNames())[0]);
    const report = checkSheet(grid, { packs, locale: 'ja', file });
    const pack = getPack(report.policy.id);
    if (!pack) throw new Error(`no pack ${report.policy.id}`);
    const found = detectMinistry({ grid, fileName: file }, pack);
    parts.push(partFromReport(report, pack, DEFAULT_LAYOUT, { name: found?.ministry.name ?? null, from: found?.from ?? null }));
  }
  // A fixed time, so the picture changes only when the sheet does.
  const result = consolidate(parts, packs, { locale: 'ja', force: false, createdAt: '2024-09-10T10:00:00+09:00' });
  if (!result.model) throw new Error(`not consolidated: ${result.findings.map((f) => f.message).join(' / ')}`);
  const pages = await renderSheetPng(result.model, out);
  process.stdout.write(`${out} (${pages} page(s))\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
