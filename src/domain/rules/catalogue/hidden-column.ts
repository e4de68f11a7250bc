import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the reader with params.role and params.header for a mapped column the sheet hides. */
export const hiddenColumn = defineRule({
  id: 'hidden-column',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '非表示の列', en: 'Hidden column' },
    description: {
      ja: '読み込む列（金額・事業名など）が非表示になっていないかを確かめます。非表示の列も読み込みます。',
      en: 'Checks that no column the check reads (amounts, names …) is hidden; hidden columns are still read.',
    },
    why: {
      ja: '見えない列の値は画面で確かめられず、古い値が残っていても気づけません。',
      en: 'Values in a hidden column cannot be checked by eye; stale figures there go unnoticed.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{column}列「{header}」は非表示ですが、{role}の列として読み込んでいます。',
    en: 'Column {column} "{header}" is hidden but is read as the {role} column.',
  },
  check: forwardFrom('table', 'hidden-column'),
});
