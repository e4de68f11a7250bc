import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partFromReport, type MinistryPart } from '../../src/domain/consolidation';
import { checkSheet } from '../../src/domain/engine/check';
import type { SheetGrid } from '../../src/domain/model/grid';
import type { CheckReport } from '../../src/domain/model/report';
import { getPack, loadPacks } from '../../src/domain/policy/registry';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { detectMinistry } from '../../src/domain/reading/ministry';
import { DEFAULT_LAYOUT } from '../../src/domain/submission';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';

/** The three ministries' sample request sheets, checked as the CLI checks them. */
export const MINISTRY_SAMPLES = ['r6-mext.xlsx', 'r6-mhlw.xlsx', 'r6-meti.xlsx'] as const;

export interface CheckedSample {
  readonly file: string;
  readonly grid: SheetGrid;
  readonly report: CheckReport;
  readonly pack: PolicyPack;
  readonly part: MinistryPart;
}

export async function firstSheet(bytes: Uint8Array): Promise<SheetGrid> {
  const source = await XlsxWorkbookSource.fromBuffer(bytes);
  const [name] = await source.sheetNames();
  return source.readSheet(name);
}

export async function checkedSample(file: string): Promise<CheckedSample> {
  const grid = await firstSheet(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'samples', file))));
  const report = checkSheet(grid, { packs: loadPacks(), locale: 'ja', file, now: new Date('2024-08-30T05:00:00Z') });
  const pack = getPack(report.policy.id) as PolicyPack;
  const found = detectMinistry({ grid, fileName: file }, pack);
  const part = partFromReport(report, pack, DEFAULT_LAYOUT, { name: found?.ministry.name ?? null, from: found?.from ?? null });
  return { file, grid, report, pack, part };
}
