import type { FindingDraft } from '../../model/finding';
import { classifiedRows } from '../context';
import { fieldDraft, knownAmount, requestedTotal, unreadableCells } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

export const increaseWithoutPriority = defineRule({
  id: 'increase-without-priority',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '重点領域との関連のない増額', en: 'Increase with no priority area' },
    description: {
      ja: '前年度予算額より増額を要求する事業に、その年度の「重点化すべき研究領域」（記載または推定）があるかを確かめます。',
      en: "Checks that each program asking for more than last year is linked (declared or suggested) to one of the year's priority areas.",
    },
    why: {
      ja: '方針の5は重点化すべき研究領域を示しており、増額の要求はそれとの関連を説明できることが求められます。',
      en: 'Section 5 of the policy names the areas to prioritise; an increase is expected to be explained by them.',
    },
  },
  citation: (pack) => pack.priorityIntro,
  params: NO_PARAMS,
  messages: {
    ja: '事業「{name}」は前年度から{increaseYen}千円の増額（{previousYen}千円→{totalYen}千円）ですが、{fiscalYear}の重点化すべき研究領域との関連が示されていません。関連する重点領域を記載してください。',
    en: 'The program "{name}" rises by {increaseYen} ({previousYen} → {totalYen}, thousand yen) but is linked to none of the priority areas of {fiscalYear}. State the priority area it serves.',
  },
  check(ctx) {
    const unreadable = unreadableCells(ctx.table);
    const drafts: FindingDraft[] = [];
    for (const { row, cls } of classifiedRows(ctx)) {
      if (cls?.fund || cls?.adjustmentFund) continue; // reported by their own rules
      if ((cls?.priorityAreas.length ?? 0) > 0) continue;
      const requested = requestedTotal(row, unreadable);
      const previous = knownAmount(row.previous, unreadable);
      if (!requested || previous === undefined || requested.amount <= previous) continue;
      drafts.push(
        fieldDraft('increase-without-priority', row.rowNumber, requested.field, {
          name: row.name.value,
          totalYen: requested.amount,
          previousYen: previous,
          increaseYen: requested.amount - previous,
        }),
      );
    }
    return drafts;
  },
});
