import type { FindingDraft } from '../../model/finding';
import type { AmountField, BudgetRow } from '../../model/table';
import { fieldDraft, headerOf, knownAmount, unreadableCells } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

/** The amount a split must add up to: 計, or 要求 when the sheet has no 計. */
function splitTarget(row: BudgetRow): AmountField | undefined {
  if (row.total && row.total.value !== null) return row.total;
  if (row.request && row.request.value !== null) return row.request;
  return undefined;
}

export const splitSumMismatch = defineRule({
  id: 'split-sum-mismatch',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '統合プロジェクト別内訳の合計が不一致', en: 'Split by project does not add up' },
    description: {
      ja: '統合プロジェクト別の金額の列がある行で、その合計が要求・要望額（なければ要求額）に等しいかを確かめます。',
      en: 'Where a row splits its amount across integrated projects, checks that the split adds up to its total (or request when there is no total).',
    },
    why: {
      ja: '一つの事業を複数の統合プロジェクトに計上するとき、内訳の合計は事業の額に一致しなければ、プロジェクト別の集計が事業の合計と食い違います。',
      en: 'When a program is split across projects, the parts must add up, or the totals by project disagree with the programs’ totals.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{cell}: 統合プロジェクト別内訳の合計 {sumYen}千円が{header} {targetYen}千円と一致しません（差 {differenceYen}千円）。',
    en: '{cell}: the split by integrated project sums to {sumYen}, but {header} is {targetYen} (thousand yen; difference {differenceYen}).',
  },
  check(ctx) {
    const unreadable = unreadableCells(ctx.table);
    const drafts: FindingDraft[] = [];
    for (const row of ctx.table.rows) {
      const written = row.projectAmounts.filter((p) => p.amount.value !== null);
      if (written.length === 0) continue;
      const target = splitTarget(row);
      if (!target || target.value === null) continue;
      const parts = row.projectAmounts.map((p) => knownAmount(p.amount, unreadable));
      if (parts.some((a) => a === undefined)) continue;
      const sum = parts.reduce<number>((s, a) => s + (a ?? 0), 0);
      if (sum !== target.value) {
        drafts.push(
          fieldDraft('split-sum-mismatch', row.rowNumber, target, {
            header: headerOf(ctx.table, target.cell),
            sumYen: sum,
            targetYen: target.value,
            differenceYen: target.value - sum,
            projectIds: written.map((p) => p.projectId),
          }),
        );
      }
    }
    return drafts;
  },
});
