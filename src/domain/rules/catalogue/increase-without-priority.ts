import type { TagMatch } from '../../model/classification';
import type { FindingDraft, ParamValue } from '../../model/finding';
import { classifiedRows, evidence, previousFrom } from '../context';
import { fieldDraft, knownAmount, requestedTotal, unreadableCells } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

/** A priority area the sheet states or the officer accepted; a suggestion from the text is not one. */
function isStated(tag: TagMatch): boolean {
  return tag.basis === 'declared' || tag.basis === 'accepted';
}

export const increaseWithoutPriority = defineRule({
  id: 'increase-without-priority',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '重点領域との関連のない増額', en: 'Increase with no priority area' },
    description: {
      ja: '前年度予算額より増額を要求する事業に、その年度の「重点化すべき研究領域」が記載されているか（または推定の候補を確認済みか）を確かめます。推定の候補だけの場合は、その候補と根拠を示します。',
      en: "Checks that each program asking for more than last year states one of the year's priority areas (or that the officer accepted a suggested one). A suggestion alone does not count: the finding shows it, with its evidence, to be accepted.",
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
  variants: {
    suggested: {
      ja: '事業「{name}」は前年度から{increaseYen}千円の増額（{previousYen}千円→{totalYen}千円）ですが、{fiscalYear}の重点化すべき研究領域が記載されていません。事業名・概要からの候補（未確定）: {suggestedAreas}（根拠: {evidence}）。正しければ候補を確認済みにするか、重点領域の欄に記載してください。',
      en: 'The program "{name}" rises by {increaseYen} ({previousYen} → {totalYen}, thousand yen) but states none of the priority areas of {fiscalYear}. Suggested from its name and summary (not confirmed): {suggestedAreas} (evidence: {evidence}). If right, accept the suggestion or write the priority area in its column.',
    },
    suggestedPreviousYear: {
      ja: '事業「{name}」は前年度から{increaseYen}千円の増額（{previousYen}千円→{totalYen}千円）ですが、{fiscalYear}の重点化すべき研究領域が記載されていません。前年度のシート「{previousSheet}」の{previousRow}行目の分類（と事業名・概要）からの候補（未確定）: {suggestedAreas}。正しければ候補を採用するか、重点領域の欄に記載してください。',
      en: 'The program "{name}" rises by {increaseYen} ({previousYen} → {totalYen}, thousand yen) but states none of the priority areas of {fiscalYear}. Suggested from last year\'s classification (row {previousRow} of "{previousSheet}") and its name and summary (not confirmed): {suggestedAreas}. If right, accept the suggestion or write the priority area in its column.',
    },
  },
  check(ctx) {
    const unreadable = unreadableCells(ctx.table);
    const drafts: FindingDraft[] = [];
    for (const { row, cls } of classifiedRows(ctx)) {
      if (cls?.fund || cls?.adjustmentFund) continue; // reported by their own rules
      const areas = cls?.priorityAreas ?? [];
      if (areas.some(isStated)) continue;
      const requested = requestedTotal(row, unreadable);
      const previous = knownAmount(row.previous, unreadable);
      if (!requested || previous === undefined || requested.amount <= previous) continue;
      const params: Record<string, ParamValue> = { name: row.name.value, totalYen: requested.amount, previousYen: previous, increaseYen: requested.amount - previous };
      const suggested = areas.filter((t) => t.basis === 'suggested');
      if (suggested.length > 0) {
        // Added key by key rather than spread in: the same keys in the same order, without a copy per finding.
        const reasons = suggested.flatMap((t) => t.reasons);
        const from = previousFrom(reasons);
        params.messageId = from ? 'suggestedPreviousYear' : 'suggested';
        params.suggestedAreaIds = suggested.map((t) => t.id);
        params.suggestedAreas = suggested.map((t) => t.name);
        params.evidence = evidence(reasons);
        if (from) {
          params.previousSheet = from.previousSheet;
          params.previousRow = from.previousRow;
        }
      }
      drafts.push(fieldDraft('increase-without-priority', row.rowNumber, requested.field, params));
    }
    return drafts;
  },
});
