import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the reader with cell and value (the error text, e.g. "#REF!"). */
export const errorValue = defineRule({
  id: 'error-value',
  defaultSeverity: 'error',
  docs: {
    title: { ja: 'セルのエラー値', en: 'Error value in a cell' },
    description: {
      ja: '表の中に #REF! や #VALUE! などのエラー値がないかを確かめます。',
      en: 'Checks the table for error values such as #REF! or #VALUE!.',
    },
    why: {
      ja: 'エラー値は壊れた数式の印で、その金額も、それを使う合計も信頼できません。',
      en: 'An error value marks a broken formula: neither the amount nor any total using it can be trusted.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{cell}にエラー値 {value} があります。数式を修正してください。',
    en: '{cell} holds the error value {value}. Fix the formula.',
  },
  check: forwardFrom('table', 'error-value'),
});
