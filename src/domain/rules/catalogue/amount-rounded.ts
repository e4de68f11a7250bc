import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the reader with cell and value when an amount had a fraction of a yen. */
export const amountRounded = defineRule({
  id: 'amount-rounded',
  defaultSeverity: 'info',
  docs: {
    title: { ja: '金額を丸めた', en: 'Amount rounded' },
    description: {
      ja: '金額に1円未満の端数がないかを確かめます。端数は円単位に丸めて読みます。',
      en: 'Checks amounts for fractions of a yen; such amounts are rounded to whole yen.',
    },
    why: {
      ja: '端数は単位の取り違えや計算途中の値の貼り付けの印であることがあります。',
      en: 'A fraction often betrays a wrong unit or a pasted intermediate result.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{cell}の金額「{value}」は1円未満の端数を含むため、円単位に丸めました。',
    en: '{cell}: the amount "{value}" has a fraction of a yen and was rounded to whole yen.',
  },
  check: forwardFrom('table', 'amount-rounded'),
});
