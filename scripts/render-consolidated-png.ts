/**
 * Renders the consolidated sheet of the three sample ministries (文・厚・経) the way LibreOffice
 * prints it, for the README: each request sheet checked, its ministry detected, consolidated.
 *
 *   npx tsx scripts/render-consolidated-png.ts [out.png]   (default: docs/consolidated-sheet.png)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { consolidate } from '../src/domain/consolidation';
import { loadPacks } from '../src/domain/policy/registry';
import { ministryPartFromXlsx } from '../src/xlsx/ministry-part';
import { renderSheetPng } from './sheet-png';

const INPUTS = ['r6-mext.xlsx', 'r6-mhlw.xlsx', 'r6-meti.xlsx'];

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? 'docs/consolidated-sheet.png');
  const packs = loadPacks();
  const parts = [];
  for (const file of INPUTS) parts.push(await ministryPartFromXlsx(new Uint8Array(readFileSync(resolve('samples', file))), file, { packs, locale: 'ja' }));
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
