import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the classifier with params.label: the 疾患領域 as written. */
export const diseaseAreaUnknown = defineRule({
  id: 'disease-area-unknown',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '疾患領域が不明', en: 'Unknown disease area' },
    description: {
      ja: '記載された疾患領域が方針の疾患領域（その他を含む）のいずれかに当たるかを確かめます。',
      en: "Checks that each declared disease area is one of the policy's (including その他).",
    },
    why: {
      ja: '疾患領域別の再掲は方針の分類で行います。',
      en: "Amounts are restated by disease area using the policy's list.",
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '疾患領域「{label}」は方針の疾患領域（{diseaseAreas}）にありません。',
    en: 'The disease area "{label}" is not one of the policy\'s ({diseaseAreas}).',
  },
  check: forwardFrom('classification', 'disease-area-unknown'),
});
