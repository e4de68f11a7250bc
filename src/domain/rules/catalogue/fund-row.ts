import type { FindingDraft } from '../../model/finding';
import { allPriorityAreas } from '../../policy/priority-areas';
import { classifiedRows, evidence } from '../context';
import { fieldDraft } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

/**
 * Marks every row whose money is kept out of 当初 totals, saying which kind (基金 / 補正予算 /
 * 政府出資) and why: the declared 会計区分, a marker word, or a named programme. The kind and the
 * reason are keys (fundKind, fundVia) that messages.ts renders in the locale.
 */
export const fundRow = defineRule({
  id: 'fund-row',
  defaultSeverity: 'info',
  docs: {
    title: { ja: '基金・補正予算等の事業（別掲）', en: 'Fund-based program (reported apart)' },
    description: {
      ja: '基金・補正予算・政府出資による事業の行を、その種類と根拠（会計区分の記載、「補正」などの語、ムーンショット・CiCLE・SCARDA などの事業名）とともに示します。これらは当初予算の合計に含めず別掲します。',
      en: 'Marks rows of fund, supplementary or government-investment money, with the kind and the reason (the declared account, a word such as 補正, or a named programme such as ムーンショット, CiCLE, SCARDA). They are reported apart and kept out of the initial-budget totals.',
    },
    why: {
      ja: '基金・補正予算・政府出資による事業を当初予算の要求と合算すると、要求額が過大に見えます。',
      en: 'Adding fund, supplementary or investment money to the initial-budget request overstates it.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '「{name}」は{fundKind}による事業として扱い、当初予算の合計には含めず別掲します。根拠: {fundVia}（{evidence}）。',
    en: '"{name}" is treated as {fundKind} and reported apart from the initial-budget totals, because of {fundVia} ({evidence}).',
  },
  check(ctx) {
    const areas = new Map(allPriorityAreas(ctx.pack).map((a) => [a.id, a.name]));
    const drafts: FindingDraft[] = [];
    for (const { row, cls } of classifiedRows(ctx)) {
      if (!cls?.fund) continue;
      const areaName = cls.fund.areaId ? areas.get(cls.fund.areaId) : undefined;
      const shown = [...new Set([...(areaName ? [areaName] : []), ...evidence(cls.fund.reasons)])];
      drafts.push(
        fieldDraft('fund-row', row.rowNumber, row.name, {
          name: row.name.value,
          areaId: cls.fund.areaId,
          fundKind: cls.fund.kind,
          fundVia: cls.fund.via,
          evidence: shown,
        }),
      );
    }
    return drafts;
  },
});
