import type { RowClassification } from '../model/classification';
import type { BudgetRow } from '../model/table';
import type { RuleContext } from './rule';

export interface ClassifiedRow {
  readonly row: BudgetRow;
  /** Undefined when the classifier said nothing about the row. */
  readonly cls: RowClassification | undefined;
}

/** Pairings already made, by the rows and classification they pair: every rule of a check asks for the same. */
const paired = new WeakMap<RuleContext['table']['rows'], { readonly classification: RuleContext['classification']; readonly rows: readonly ClassifiedRow[] }>();

/** Each data row with its classification, in sheet order. */
export function classifiedRows(ctx: RuleContext): readonly ClassifiedRow[] {
  const known = paired.get(ctx.table.rows);
  if (known?.classification === ctx.classification) return known.rows;
  const byRow = new Map(ctx.classification.rows.map((c) => [c.rowNumber, c]));
  const rows = ctx.table.rows.map((row) => ({ row, cls: byRow.get(row.rowNumber) }));
  paired.set(ctx.table.rows, { classification: ctx.classification, rows });
  return rows;
}

/**
 * Projects the sheet states (split amounts or labels) and, unless only the sheet's word is asked
 * for, those the officer accepted. Suggestions are never shares.
 */
export function statedProjectIds(cls: RowClassification | undefined, by: 'sheet' | 'sheet-or-officer' = 'sheet-or-officer'): string[] {
  return (cls?.projects ?? []).filter((p) => by === 'sheet-or-officer' || p.basis !== 'accepted').map((p) => p.projectId);
}

/** Distinct matched texts of a list of reasons, in order: the evidence shown to users. */
export function evidence(reasons: readonly { readonly matched: string }[]): string[] {
  return [...new Set(reasons.map((r) => r.matched))];
}
