import type { FindingDraft } from '../../model/finding';
import { classifiedRows } from '../context';
import { fieldDraft } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

export const adjustmentFundRequested = defineRule({
  id: 'adjustment-fund-requested',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '調整費の要求', en: 'Adjustment fund requested' },
    description: {
      ja: '府省の要求に調整費（科学技術イノベーション創造推進費）の行が含まれていないかを確かめます。',
      en: "Checks that a ministry's request contains no line for the adjustment fund (調整費, from the 科学技術イノベーション創造推進費).",
    },
    why: {
      ja: '方針の3により、調整費は推進本部の決定により追加的に配分されるもので、各府省が要求するものではありません。',
      en: "Under section 3 of the policy, the adjustment fund is allocated afterwards by the Headquarters' decision; ministries never request it.",
    },
  },
  citation: (pack) => pack.adjustmentFund.citation,
  params: NO_PARAMS,
  messages: {
    ja: '「{name}」は{fundName}の計上とみられます。{fundName}は推進本部の決定により配分されるもので、府省が要求するものではありません。この行を要求から除いてください。',
    en: '"{name}" looks like a line of the adjustment fund ({fundName}). It is allocated by the Headquarters\' decision and never requested by a ministry: remove it from the request.',
  },
  check(ctx) {
    const drafts: FindingDraft[] = [];
    for (const { row, cls } of classifiedRows(ctx)) {
      if (cls?.adjustmentFund) {
        drafts.push(fieldDraft('adjustment-fund-requested', row.rowNumber, row.name, { name: row.name.value, fundName: ctx.pack.adjustmentFund.name }));
      }
    }
    return drafts;
  },
});
