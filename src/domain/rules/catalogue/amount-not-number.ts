import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the reader with cell and value (the text as found). */
export const amountNotNumber = defineRule({
  id: 'amount-not-number',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '金額が数値でない', en: 'Amount is not a number' },
    description: {
      ja: '金額の列のセルが数値として読めるかを確かめます（カンマ、全角数字、△による負数、「-」は読めます）。',
      en: 'Checks that amount cells read as numbers (commas, full-width digits, △ negatives and "-" for nil are understood).',
    },
    why: {
      ja: '読めない金額は集計から漏れ、合計が合わなくなります。',
      en: 'An amount that cannot be read drops out of every total.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{cell}の「{value}」は金額として読めません。数値を入力してください。',
    en: '{cell}: "{value}" is not an amount. Enter a number.',
  },
  check: forwardFrom('table', 'amount-not-number'),
});
