import { readerFindings, type ConsolidationRule } from './rule';

export const submissionTotalsMismatch: ConsolidationRule = {
  id: 'submission-totals-mismatch',
  severity: 'error',
  docs: {
    title: { ja: '提出用シートの合計の不一致', en: 'Submission sheet totals do not match' },
    description: {
      ja: '読み込んだ提出用シートの総括表の額が、その事業別明細の合計に等しいかを確かめます（手で書き換えられていないか）。',
      en: "Checks that a submission sheet's 総括表 figures equal the sums of its 事業別明細 (that nobody edited them by hand).",
    },
  },
  messages: {
    ja: '{file} の提出用シートの {cell}（{label}・{column}）は {written} 千円ですが、事業別明細の合計は {computed} 千円です。シートが書き換えられています。要求表から提出用シートを作り直してください。',
    en: "{file}: the submission sheet's {cell} ({label}, {column}) says {written} thousand yen, but its detail lines add up to {computed}. The sheet was edited; build it again from the request sheet.",
  },
  check: readerFindings('submission-totals-mismatch'),
};
