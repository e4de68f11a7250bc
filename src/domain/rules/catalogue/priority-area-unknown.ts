import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the classifier with params.label: the 重点領域 as written. */
export const priorityAreaUnknown = defineRule({
  id: 'priority-area-unknown',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '重点領域が不明', en: 'Unknown priority area' },
    description: {
      ja: '記載された重点領域が、その年度の方針の「重点化すべき研究領域」に当たるかを確かめます。',
      en: "Checks that each declared priority area is one of the year's 重点化すべき研究領域.",
    },
    why: {
      ja: '重点化すべき研究領域は年度ごとに変わります。前年度の領域名のままになっていないかの確認にもなります。',
      en: "Priority areas change every year; this also catches last year's areas left in the sheet.",
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '重点領域「{label}」は{fiscalYear}の重点化すべき研究領域にありません。',
    en: '"{label}" is not a priority area of {fiscalYear}.',
  },
  check: forwardFrom('classification', 'priority-area-unknown'),
});
