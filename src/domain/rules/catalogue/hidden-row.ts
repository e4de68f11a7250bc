import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the reader with params.name for a data row the sheet hides. */
export const hiddenRow = defineRule({
  id: 'hidden-row',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '非表示の行', en: 'Hidden row' },
    description: {
      ja: '非表示の行に事業がないかを確かめます。非表示の行も検証と集計に含めます。',
      en: 'Checks for programs in hidden rows; hidden rows are still checked and counted.',
    },
    why: {
      ja: '画面で見えない行の金額も合計に入ります。残すべき行か、削除し忘れの行かを確かめてください。',
      en: 'Amounts in rows nobody sees still enter the totals: make sure the row belongs in the request.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{row}行目（事業「{name}」）は非表示ですが、検証と集計に含めています。要求に含めるべき行か確認してください。',
    en: 'Row {row} (program "{name}") is hidden but is checked and counted. Make sure it belongs in the request.',
  },
  check: forwardFrom('table', 'hidden-row'),
});
