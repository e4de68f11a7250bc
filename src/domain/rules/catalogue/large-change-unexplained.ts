import type { FindingDraft } from '../../model/finding';
import { fieldDraft, isBlank, knownAmount, requestedTotal, unreadableCells } from '../draft';
import { numberOptions } from '../options';
import { defineRule } from '../rule';

export const largeChangeUnexplained = defineRule({
  id: 'large-change-unexplained',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '説明のない大幅な増減', en: 'Large change unexplained' },
    description: {
      ja: '前年度予算額からの増減が、率（ratio、既定 0.5 = 50%）と額（minAmount 千円、既定 100,000千円）の両方で基準以上なのに、事業概要・備考が空の行を示します。新規事業（前年度なし）は対象外です。',
      en: 'Flags rows whose change from last year reaches both the ratio (ratio, default 0.5 = 50%) and the amount (minAmount in 千円, default 100,000) with an empty summary and remarks. New programs (no previous amount) are exempt.',
    },
    why: {
      ja: '大幅な増減はヒアリングで必ず理由を問われます。',
      en: 'A large change is always questioned at the hearing.',
    },
  },
  params: numberOptions({
    /** |増減| / 前年度 at or above which a change is large. */
    ratio: { default: 0.5, min: 0, exclusive: true },
    /** |増減| in 千円 at or above which a change is large. */
    minAmount: { default: 100_000, min: 0 },
  }),
  messages: {
    ja: '事業「{name}」の前年度からの増減 {changeYen}千円（{changePercent}%）は大幅（基準: {thresholdPercent}%以上かつ{minAmount}千円以上）ですが、事業概要・備考に説明がありません。',
    en: 'The program "{name}" changes by {changeYen} thousand yen ({changePercent}%) from last year, beyond the threshold ({thresholdPercent}% and {minAmount} thousand yen), with no explanation in its summary or remarks.',
  },
  check(ctx, params) {
    const unreadable = unreadableCells(ctx.table);
    const drafts: FindingDraft[] = [];
    for (const row of ctx.table.rows) {
      if (!isBlank(row.summary) || !isBlank(row.remarks)) continue;
      const requested = requestedTotal(row, unreadable);
      const previous = knownAmount(row.previous, unreadable);
      // No previous amount: a new program, for which a change ratio means nothing.
      if (!requested || previous === undefined || previous <= 0) continue;
      const change = requested.amount - previous;
      const ratio = Math.abs(change) / previous;
      if (ratio < params.ratio || Math.abs(change) < params.minAmount * 1000) continue;
      drafts.push(
        fieldDraft('large-change-unexplained', row.rowNumber, requested.field, {
          name: row.name.value,
          previousYen: previous,
          totalYen: requested.amount,
          changeYen: change,
          changePercent: Math.round((change / previous) * 1000) / 10,
          thresholdPercent: Math.round(params.ratio * 1000) / 10,
          minAmount: params.minAmount,
        }),
      );
    }
    return drafts;
  },
});
