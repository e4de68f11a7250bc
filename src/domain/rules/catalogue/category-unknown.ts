import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the classifier with params.label: the 区分 as written. */
export const categoryUnknown = defineRule({
  id: 'category-unknown',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '区分が不明', en: 'Unknown category' },
    description: {
      ja: '区分がAMED対象経費かインハウス研究機関経費かを確かめます。',
      en: 'Checks that each row is AMED-funded (AMED対象経費) or in-house (インハウス研究機関経費).',
    },
    why: {
      ja: 'AMED対象経費とインハウス研究機関経費は常に分けて集計されます。区分の分からない行はどちらの合計にも入りません。',
      en: 'AMED and in-house money are always totalled apart; a row of unknown category enters neither total.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '区分「{label}」が分かりません。{categories}のいずれかを記載してください。',
    en: 'Unknown category "{label}". Use one of: {categories}.',
  },
  check: forwardFrom('classification', 'category-unknown'),
});
