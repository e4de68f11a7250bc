import type { Reason, RowClassification } from '../model/classification';
import type { Continuation } from '../model/previous-year';
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

/**
 * Distinct matched texts of a list of reasons, in order: the evidence shown to users. Last year's
 * classification is not a text of this row: a message names it by its sheet and row (previousFrom).
 */
export function evidence(reasons: readonly Pick<Reason, 'kind' | 'matched'>[]): string[] {
  // A finding's few reasons: one array, searched as it grows, instead of a filter, a map and a Set per finding.
  const texts: string[] = [];
  for (const r of reasons) if (r.kind !== 'previous-year' && !texts.includes(r.matched)) texts.push(r.matched);
  return texts;
}

/** Where a suggestion from last year's sheet came from, as message params; null when none of the reasons is one. */
export function previousFrom(reasons: readonly Reason[]): { previousSheet: string; previousRow: number } | null {
  const from = reasons.find((r) => r.kind === 'previous-year')?.previous;
  return from ? { previousSheet: from.sheet, previousRow: from.row } : null;
}

/** The rows last year's sheet also has (none when it was not given), each with its match there. */
export function continuingRows(ctx: RuleContext): readonly (ClassifiedRow & { readonly match: Continuation })[] {
  if (!ctx.previous) return [];
  const matches = new Map(ctx.previous.continuing.map((c) => [c.row, c]));
  return classifiedRows(ctx).flatMap((r) => {
    const match = matches.get(r.row.rowNumber);
    return match ? [{ ...r, match }] : [];
  });
}
