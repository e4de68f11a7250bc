import type { Classification } from '../model/classification';
import type { BudgetRow, SheetTable } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { classifyRowWith, type RowResult } from './classify-row';
import { packIndex } from './pack-index';
import { SharedParts } from './shared-parts';
import { PROGRESS_ROWS } from '../model/progress';

/**
 * Classification of a read sheet against a year's policy pack: for each row its integrated
 * project(s) with amounts, its priority areas, 疾患領域, 開発目的, 区分 and fund status — each
 * with the reasons a budget officer can check — plus findings for labels that need fixing.
 */
export function classify(table: SheetTable, pack: PolicyPack, onRows?: (done: number, total: number) => void): Classification {
  const index = packIndex(pack);
  const total = table.rows.length;
  // One table of shared parts per check: gone with it, while the rows keep the parts they share.
  const parts = new SharedParts();
  const results = table.rows.map((row, i) => {
    if (onRows !== undefined && i % PROGRESS_ROWS === 0) onRows(i, total);
    return classifyRowWith(row, index, parts);
  });
  return { rows: results.map((r) => r.classification), findings: results.flatMap((r) => r.findings) };
}

/** One row on its own (the pane re-classifies a row after the user edits it). */
export function classifyRow(row: BudgetRow, pack: PolicyPack): RowResult {
  return classifyRowWith(row, packIndex(pack), new SharedParts());
}

export type { RowResult } from './classify-row';
export { CONFIDENCE_THRESHOLDS } from './confidence';
export { CLASSIFICATION_RULES, type ClassificationRule } from './findings';
export { NEAR_MISS_SIMILARITY, resolveProjectLabel, type LabelPart, type LabelResolution } from './project-label';
export { suggestProjects, type SuggestInput } from './suggest-projects';
