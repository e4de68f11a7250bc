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
  // Chosen by params.messageId, which the reader sets to the reason: each says what the cell holds and what to do.
  variants: {
    text: {
      ja: '{cell}の「{value}」は金額として読めません。数値を入力してください。',
      en: '{cell}: "{value}" is not an amount. Enter a number.',
    },
    boolean: {
      ja: '{cell}は論理値（{value}）で、金額ではありません。金額を数値で入力してください。',
      en: '{cell} holds a logical value ({value}), not an amount. Enter the amount as a number.',
    },
    'date-format': {
      ja: '{cell}は日付として表示されています（表示形式「{format}」、値 {value}）。金額であればセルの表示形式を「数値」に変え、日付が入力されていれば金額に直してください。',
      en: '{cell} is shown as a date (format "{format}", value {value}). If it is an amount, change the cell\'s format to Number; if a date was entered, replace it with the amount.',
    },
    'out-of-range': {
      ja: '{cell}の数値 {value} は金額として扱える範囲（約9,007兆円まで）を超えています。桁と単位を確かめて入力し直してください。',
      en: '{cell}: the number {value} is beyond any amount that can be added up exactly (about 9 quadrillion yen). Check its digits and unit.',
    },
    'formula-without-cached-result': {
      ja: '{cell}の数式 {formula} には計算結果が保存されていません（保存したアプリケーションが再計算していません）。Excel で開いて再計算し、保存し直してください。',
      en: '{cell}: the formula {formula} has no calculated result saved in the file (the application that saved it never recalculated). Open it in Excel, recalculate, and save it again.',
    },
  },
  check: forwardFrom('table', 'amount-not-number'),
});
