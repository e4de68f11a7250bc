import type { RowClassification } from '../model/classification';
import type { BudgetRow } from '../model/table';
import type { RuleContext } from './rule';

export interface ClassifiedRow {
  readonly row: BudgetRow;
  /** Undefined when the classifier said nothing about the row. */
  readonly cls: RowClassification | undefined;
}

/** Each data row with its classification, in sheet order. */
export function classifiedRows(ctx: RuleContext): ClassifiedRow[] {
  const byRow = new Map(ctx.classification.rows.map((c) => [c.rowNumber, c]));
  return ctx.table.rows.map((row) => ({ row, cls: byRow.get(row.rowNumber) }));
}

/** Projects the sheet itself states (split amounts or labels), as opposed to suggested ones. */
export function statedProjectIds(cls: RowClassification | undefined): string[] {
  return (cls?.projects ?? []).filter((p) => p.basis !== 'suggested').map((p) => p.projectId);
}

/** Distinct matched texts of a list of reasons, in order: the evidence shown to users. */
export function evidence(reasons: readonly { readonly matched: string }[]): string[] {
  return [...new Set(reasons.map((r) => r.matched))];
}
