import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/**
 * Emitted by the reader (reading/unmapped-columns.ts) with params header and numericCells;
 * messageId 'derived' for a 増減 column (information only), 'no-header' for a column of numbers
 * with no header text.
 */
export const amountColumnUnmapped = defineRule({
  id: 'amount-column-unmapped',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '読み込んでいない金額の列', en: 'Amount column not read' },
    description: {
      ja: '見出しが金額のようである（「…額」「予算」「内訳」など）か、値の大半が数値である列のうち、どの役割にも対応づけていない列を示します。増減の列は情報として示します。',
      en: 'Names each column that looks like an amount (a header such as 「…額」「予算」「内訳」, or mostly numbers) but is mapped to no role. 増減 (change) columns are shown as information.',
    },
    why: {
      ja: '対応づけていない列の金額は検証にも集計にも入りません。必要な列なら役割を指定してください。',
      en: 'Amounts in an unmapped column are neither checked nor counted; map the column if it matters.',
    },
  },
  params: NO_PARAMS,
  severityOf: (draft, configured) => (draft.params.messageId === 'derived' ? 'info' : configured),
  messages: {
    ja: '{column}列「{header}」は金額の列とみられますが、どの役割にも対応づけていないため読み込んでいません（数値 {numericCells}件）。検証・集計に含めるには、作業ウィンドウの［見出しと列の対応］で役割を指定するか、見出しを「前年度予算額」「要求額」など役割の分かる名称にしてください。',
    en: 'Column {column} "{header}" looks like an amount but is mapped to no role, so it is not read ({numericCells} numbers). To check and count it, map it in the pane (column mapping) or give it a header that names its role (前年度予算額, 要求額 …).',
  },
  variants: {
    derived: {
      ja: '{column}列「{header}」は増減の列とみられ、読み込んでいません（増減は前年度予算額と要求・要望額から計算します）。',
      en: 'Column {column} "{header}" looks like a change column and is not read (the change is computed from the previous-year and requested amounts).',
    },
    'no-header': {
      ja: '{column}列には見出しがありませんが、数値が{numericCells}件あります。どの役割にも対応づけていないため読み込んでいません。検証・集計に含めるには、見出しを付けるか、作業ウィンドウの［見出しと列の対応］で役割を指定してください。',
      en: 'Column {column} has no header but holds {numericCells} numbers; it is mapped to no role and not read. To check and count it, give it a header or map it in the pane (column mapping).',
    },
  },
  check: forwardFrom('table', 'amount-column-unmapped'),
});
