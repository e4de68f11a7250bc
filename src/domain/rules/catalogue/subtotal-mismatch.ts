import type { FindingDraft } from '../../model/finding';
import type { AmountField, BudgetRow, ColumnRole, SubtotalRow } from '../../model/table';
import { fieldDraft, headerOf, knownAmount, unreadableCells } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

/** A project's amount in a row's list: where it stood in the previous row first (every row lists the same projects), else searched. */
function projectField(list: readonly { readonly projectId: string; readonly amount: AmountField }[] | undefined, projectId: string | undefined, hint: { index: number }): AmountField | undefined {
  if (!list) return undefined;
  const guess = list[hint.index];
  if (guess?.projectId === projectId) return guess.amount;
  hint.index = list.findIndex((p) => p.projectId === projectId);
  return hint.index < 0 ? undefined : list[hint.index].amount;
}

/** The field of a data row that a subtotal's column sums. */
function fieldFor(row: BudgetRow, role: ColumnRole, projectId: string | undefined, hint: { index: number }): AmountField | undefined {
  switch (role) {
    case 'previous':
    case 'request':
    case 'priorityRequest':
    case 'total':
      return row[role];
    case 'projectAmount':
      return projectField(row.projectAmounts, projectId, hint);
    case 'projectPrevious':
      return projectField(row.projectPrevious, projectId, hint);
    default:
      return undefined;
  }
}

/**
 * The sums of several columns over the covered rows, each undefined when one of its covered
 * cells is unreadable. Row by row, every column at once: each row is visited once, not once per
 * column (a grand total covers every row of the table).
 */
function columnSums(covered: readonly BudgetRow[], columns: readonly SubtotalRow['amounts'][number][], unreadable: ReadonlySet<string>): (number | undefined)[] {
  const sums: (number | undefined)[] = columns.map(() => 0);
  const hints = columns.map(() => ({ index: 0 }));
  for (const row of covered) {
    for (let i = 0; i < columns.length; i++) {
      const sum = sums[i];
      if (sum === undefined) continue;
      const field = fieldFor(row, columns[i].role, columns[i].projectId, hints[i]);
      // A covered row without the field holds nothing in that column.
      if (!field) continue;
      const amount = knownAmount(field, unreadable);
      sums[i] = amount === undefined ? undefined : sum + amount;
    }
  }
  return sums;
}

/**
 * The data row with a row number. The reader lists rows in sheet order and a subtotal covers a
 * run of them: then the row after the last one found is tried first, else a binary search, and
 * no map of every row is built. Rows out of order (a table built by hand) go through a Map.
 */
function rowLookup(rows: readonly BudgetRow[]): (rowNumber: number) => BudgetRow | undefined {
  let ordered = true;
  for (let i = 1; i < rows.length && ordered; i++) ordered = rows[i - 1].rowNumber < rows[i].rowNumber;
  if (!ordered) {
    const byNumber = new Map(rows.map((r) => [r.rowNumber, r]));
    return (n) => byNumber.get(n);
  }
  let next = 0;
  return (n) => {
    if (rows[next]?.rowNumber !== n) {
      let lo = 0;
      let hi = rows.length - 1;
      next = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = rows[mid].rowNumber;
        if (at === n) {
          next = mid;
          break;
        }
        if (at < n) lo = mid + 1;
        else hi = mid - 1;
      }
      if (next < 0) {
        next = 0;
        return undefined;
      }
    }
    return rows[next++];
  };
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
    const rowAt = rowLookup(ctx.table.rows);
    const drafts: FindingDraft[] = [];
    for (const subtotal of ctx.table.subtotals) {
      const covered: BudgetRow[] = [];
      for (const n of subtotal.covers) {
        const row = rowAt(n);
        if (row) covered.push(row);
      }
      const columns = subtotal.amounts.filter((column) => column.amount.value !== null);
      const sums = columnSums(covered, columns, unreadable);
      columns.forEach((column, i) => {
        const sum = sums[i];
        if (sum !== undefined && column.amount.value !== null && sum !== column.amount.value) {
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
      });
    }
    return drafts;
  },
});
