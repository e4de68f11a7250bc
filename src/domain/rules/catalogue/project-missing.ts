import type { NoSuggestion } from '../../model/classification';
import type { FindingDraft, FindingParams, Locale } from '../../model/finding';
import { NO_SUGGESTION_TEMPLATES, noSuggestionParams } from '../no-suggestion-messages';
import { classifiedRows, evidence, previousFrom, statedProjectIds } from '../context';
import { fieldDraft, isBlank } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

/** messageId of the 「候補なし」 message for a reason code: noSuggestion-tie … */
function variantId(code: NoSuggestion['code']): string {
  return `noSuggestion-${code}`;
}

/** One message per reason code: 「候補なし」 and why, from the reason's own templates. */
function noSuggestionVariants(): Record<string, Record<Locale, string>> {
  const variants: Record<string, Record<Locale, string>> = {};
  for (const [code, why] of Object.entries(NO_SUGGESTION_TEMPLATES) as [NoSuggestion['code'], Record<Locale, string>][]) {
    // A row with nothing to read has no name to quote either (name-missing reports that).
    const subject = code === 'no-text' ? { ja: 'この行', en: 'This row' } : { ja: '事業「{name}」', en: 'The program "{name}"' };
    variants[variantId(code)] = {
      ja: `${subject.ja}に統合プロジェクトの記載がありません。候補なし: ${why.ja}。統合プロジェクトを記載してください。`,
      en: `${subject.en} names no integrated project. No suggestion: ${why.en}. Name its integrated project.`,
    };
  }
  return variants;
}

export const projectMissing = defineRule({
  id: 'project-missing',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '統合プロジェクトの記載がない', en: 'No integrated project' },
    description: {
      ja: '各事業に統合プロジェクト（名称または統合プロジェクト別の金額）が記載されているかを確かめ、記載がなければ事業名・概要から推定した候補を示します。候補を一つに決められなければ「候補なし」とその理由（方針の語がない、一般的な語だけ、疾患領域の語だけ、同点）を示します。AMED対象経費の行はエラー、インハウス研究機関経費の行は情報です。',
      en: 'Checks that each program states its integrated project (a label or amounts by project) and, when it does not, suggests one from its name and summary; when no single project can be suggested, it says so and why (no policy word, only general words, a 疾患領域 word only, a tie). An error for AMED rows, information for in-house rows.',
    },
    why: {
      ja: 'AMED対象経費は統合プロジェクトごとに集約・集計されるため、プロジェクトの分からない事業は集計できません。',
      en: 'AMED money is pooled and totalled by integrated project; a program without one cannot be totalled.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '事業「{name}」に統合プロジェクトの記載がありません。候補: {suggestion}（確度: {confidence}、根拠: {reasons}）',
    en: 'The program "{name}" names no integrated project. Suggested: {suggestion} (confidence: {confidence}; evidence: {reasons}).',
  },
  variants: {
    previousYear: {
      ja: '事業「{name}」に統合プロジェクトの記載がありません。前年度のシート「{previousSheet}」の{previousRow}行目の分類による候補: {candidates}（確度: {confidence}）',
      en: 'The program "{name}" names no integrated project. Suggested from last year\'s classification (row {previousRow} of "{previousSheet}"): {candidates} (confidence: {confidence}).',
    },
    noSuggestion: {
      ja: '事業「{name}」に統合プロジェクトの記載がなく、事業名・概要からも候補を推定できません。統合プロジェクトを記載してください。',
      en: 'The program "{name}" names no integrated project, and none can be suggested from its name or summary. Name its integrated project.',
    },
    ...noSuggestionVariants(),
  },
  severityOf: (draft, configured) => (draft.params.category === 'inhouse' ? 'info' : configured),
  check(ctx) {
    const drafts: FindingDraft[] = [];
    for (const { row, cls } of classifiedRows(ctx)) {
      if (cls?.fund || cls?.adjustmentFund) continue; // reported by their own rules
      if (statedProjectIds(cls).length > 0) continue;
      // A label that names no project is reported by the label rules, not as a missing one.
      if (!isBlank(row.projectLabel) || row.projectAmounts.some((p) => p.amount.value !== null)) continue;
      if (cls?.noSuggestion) {
        const params: FindingParams = { messageId: variantId(cls.noSuggestion.code), name: row.name.value, category: cls.category?.id ?? null, ...noSuggestionParams(cls.noSuggestion) };
        drafts.push(fieldDraft('project-missing', row.rowNumber, row.projectLabel ?? row.name, params));
        continue;
      }
      const top = cls?.suggestions[0];
      const from = top ? previousFrom(top.reasons) : null;
      // Last year's projects are one suggestion, however many: they are accepted together.
      const inherited = from ? { ...from, candidates: (cls?.suggestions ?? []).filter((s) => s.share !== undefined).map((s) => s.projectId) } : {};
      const params: FindingParams = top
        ? { ...(from ? { messageId: 'previousYear' } : {}), name: row.name.value, category: cls?.category?.id ?? null, suggestion: top.projectId, confidence: top.confidence, score: top.score, reasons: evidence(top.reasons), ...inherited }
        : { messageId: 'noSuggestion', name: row.name.value, category: cls?.category?.id ?? null };
      drafts.push(fieldDraft('project-missing', row.rowNumber, row.projectLabel ?? row.name, params));
    }
    return drafts;
  },
});
