import type { FindingDraft } from '../../model/finding';
import type { AmountField, BudgetRow, ColumnRole } from '../../model/table';
import { fieldDraft, headerOf, knownAmount, unreadableCells } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

/** The field of a data row that a subtotal's column sums. */
function fieldFor(row: BudgetRow, role: ColumnRole, projectId: string | undefined): AmountField | undefined {
  switch (role) {
    case 'previous':
    case 'request':
    case 'priorityRequest':
    case 'total':
      return row[role];
    case 'projectAmount':
      return row.projectAmounts.find((p) => p.projectId === projectId)?.amount;
    case 'projectPrevious':
      return row.projectPrevious?.find((p) => p.projectId === projectId)?.amount;
    default:
      return undefined;
  }
}

/** The sum of one column over the covered rows; undefined when a covered cell is unreadable. */
function columnSum(covered: readonly BudgetRow[], role: ColumnRole, projectId: string | undefined, unreadable: ReadonlySet<string>): number | undefined {
  let sum = 0;
  for (const row of covered) {
    const field = fieldFor(row, role, projectId);
    // A covered row without the field holds nothing in that column.
    if (!field) continue;
    const amount = knownAmount(field, unreadable);
    if (amount === undefined) return undefined;
    sum += amount;
  }
  return sum;
}

export const subtotalMismatch = defineRule({
  id: 'subtotal-mismatch',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '小計・合計行が内訳と不一致', en: 'Subtotal does not add up' },
    description: {
      ja: '小計・合計の行の各金額が、その行がまとめる事業の行の合計に等しいかを、列ごとに確かめます。',
      en: 'Checks, column by column, that each 小計/合計 row equals the sum of the rows it covers.',
    },
    why: {
      ja: '手入力や範囲のずれた数式の小計は、集計表の数字を誤らせます。',
      en: 'A typed-in subtotal or a formula over the wrong range puts wrong figures into the compiled tables.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{cell}: 「{label}」行の{header} {subtotalYen}千円が、対象の{rowCount}行の合計 {sumYen}千円と一致しません（差 {differenceYen}千円）。',
    en: '{cell}: the "{label}" row\'s {header} is {subtotalYen}, but the {rowCount} rows it covers sum to {sumYen} (thousand yen; difference {differenceYen}).',
  },
  check(ctx) {
    const unreadable = unreadableCells(ctx.table);
    const byNumber = new Map(ctx.table.rows.map((r) => [r.rowNumber, r]));
    const drafts: FindingDraft[] = [];
    for (const subtotal of ctx.table.subtotals) {
      const covered = subtotal.covers.flatMap((n) => byNumber.get(n) ?? []);
      for (const column of subtotal.amounts) {
        if (column.amount.value === null) continue;
        const sum = columnSum(covered, column.role, column.projectId, unreadable);
        if (sum !== undefined && sum !== column.amount.value) {
          drafts.push(
            fieldDraft('subtotal-mismatch', subtotal.rowNumber, column.amount, {
              label: subtotal.label.value,
              header: headerOf(ctx.table, column.amount.cell),
              subtotalYen: column.amount.value,
              sumYen: sum,
              differenceYen: column.amount.value - sum,
              rowCount: covered.length,
            }),
          );
        }
      }
    }
    return drafts;
  },
});
