import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the classifier (classification/account.ts) with params label and examples. */
export const accountUnknown = defineRule({
  id: 'account-unknown',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '会計区分が不明', en: 'Unknown account' },
    description: {
      ja: '会計区分・財源の欄が、一般会計、復興特別会計（その他の特別会計）、補正予算、基金、政府出資のいずれかに当たるかを確かめます。当たらない行は会計区分の記載がないもの（一般会計の当初予算）として扱います。',
      en: 'Checks that each 会計区分 / 財源 cell names 一般会計, 復興特別会計 (or another 特別会計), 補正予算, 基金 or 政府出資. A row whose cell names none is treated as stating no account (一般会計, initial budget).',
    },
    why: {
      ja: '補正予算・基金・政府出資や特別会計の額は、当初予算の一般会計と分けて集計します。読めない会計区分の行は当初予算の合計に入ってしまいます。',
      en: 'Supplementary, fund, investment and special-account money is totalled apart from the initial general-account budget; a row whose account cannot be read ends up in the initial-budget totals.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '会計区分「{label}」が分かりません。{examples}のいずれかを記載してください（読めるまでは一般会計の当初予算として集計します）。',
    en: 'Unknown account "{label}". Use one of: {examples} (until then the row is counted as initial general-account budget).',
  },
  check: forwardFrom('classification', 'account-unknown'),
});
