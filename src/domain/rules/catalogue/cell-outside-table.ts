import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/**
 * Emitted by the reader for cells the adapter left out of the grid because they lie far from
 * the table (SheetGrid.outside): one finding per cell it names (cell, value) and, when it names
 * only some, one about the sheet with params.messageId "summary", params.count and params.shown.
 */
export const cellOutsideTable = defineRule({
  id: 'cell-outside-table',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '表から離れたセル', en: 'Cell far from the table' },
    description: {
      ja: '表から大きく離れた位置（おおむね1,000行以上下、32列以上右など）に値のあるセルがないかを確かめます。離れたセルは読み込みません。',
      en: 'Checks for cells with values far from the table (about 1,000 rows below it, 32 columns to its right, or more). Such cells are not read.',
    },
    why: {
      ja: 'シートの端に残った値は表の範囲を誤らせ、ファイルを重くします。表に含めるべき値が離れた位置にないかも確かめてください。',
      en: 'A value left at the edge of the sheet distorts the table\'s extent and bloats the file; make sure nothing the table needs sits apart from it.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{cell}の値「{value}」は表から離れた位置にあるため読み込んでいません。表の一部であれば表の近くへ移し、不要なら削除してください。',
    en: '{cell} ("{value}") lies far from the table and was not read. Move it next to the table if it belongs there, or delete it.',
  },
  variants: {
    summary: {
      ja: '表から離れた位置に値のあるセルが全部で{count}個あり、読み込んでいません（個々に示すのは最初の{shown}個です）。',
      en: '{count} cells with values lie far from the table and were not read (the first {shown} are listed one by one).',
    },
  },
  check: forwardFrom('table', 'cell-outside-table'),
});
