import type { FindingDraft } from '../../model/finding';
import { allPriorityAreas } from '../../policy/schema';
import { classifiedRows, evidence } from '../context';
import { fieldDraft } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

export const fundRow = defineRule({
  id: 'fund-row',
  defaultSeverity: 'info',
  docs: {
    title: { ja: '基金・補正予算等の事業（別掲）', en: 'Fund-based program (reported apart)' },
    description: {
      ja: 'ムーンショット、SCARDA、基金など、基金・補正予算等による事業の行を示します。これらは当初予算の合計に含めず別掲します。',
      en: 'Marks rows of fund-based or supplementary money (ムーンショット, SCARDA, 基金 …). They are reported apart and kept out of the initial-budget totals.',
    },
    why: {
      ja: '基金・補正予算による事業を当初予算の要求と合算すると、要求額が過大に見えます。',
      en: 'Adding fund or supplementary money to the initial-budget request overstates it.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '「{name}」は基金・補正予算等による事業（{evidence}）として扱い、当初予算の合計には含めず別掲します。',
    en: '"{name}" is treated as fund-based or supplementary money ({evidence}) and reported apart from the initial-budget totals.',
  },
  check(ctx) {
    const areas = new Map(allPriorityAreas(ctx.pack).map((a) => [a.id, a.name]));
    const drafts: FindingDraft[] = [];
    for (const { row, cls } of classifiedRows(ctx)) {
      if (!cls?.fund) continue;
      const areaName = cls.fund.areaId ? areas.get(cls.fund.areaId) : undefined;
      const shown = [...new Set([...(areaName ? [areaName] : []), ...evidence(cls.fund.reasons)])];
      drafts.push(fieldDraft('fund-row', row.rowNumber, row.name, { name: row.name.value, areaId: cls.fund.areaId, evidence: shown }));
    }
    return drafts;
  },
});
