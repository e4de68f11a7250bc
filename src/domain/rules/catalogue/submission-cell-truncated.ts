import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

/**
 * Emitted where the submission sheet is built (truncationFindings), not by the check: a cell of
 * the sheet whose text was cut to Excel's limit, with params.length, params.limit and params.mark.
 */
export const submissionCellTruncated = defineRule({
  id: 'submission-cell-truncated',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '提出用シートで省略したセル', en: 'Submission sheet cell cut short' },
    description: {
      ja: '提出用シートに書く文字列がセルの上限（32,767文字）を超えないかを確かめます。超える分は末尾を省略し、省略した印を付けます。',
      en: 'Checks that no text written to the submission sheet exceeds what a cell holds (32,767 characters); the end of a longer text is cut and marked.',
    },
    why: {
      ja: 'Excel は上限を超える文字列を開けないか切り捨てます。黙って切れた事業名は別の事業と取り違えられます。',
      en: 'Excel refuses or silently cuts longer text; a program name cut without a mark can be taken for another one.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '提出用シートのセル{cell}の文字列は{length}文字あり、セルの上限（{limit}文字）を超えるため、末尾を省略して「{mark}」と表示しました。元の表のセルを短くしてください。',
    en: 'Cell {cell} of the submission sheet would hold {length} characters, more than a cell holds ({limit}); its end was cut and marked "{mark}". Shorten the source cell.',
  },
  check: () => [],
});
