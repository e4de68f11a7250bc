import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the reader with params role, header, keptColumn, keptHeader when two columns claim one role. */
export const duplicateColumn = defineRule({
  id: 'duplicate-column',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '同じ意味の列が複数', en: 'Two columns for one role' },
    description: {
      ja: '同じ役割（例: 要求額）とみられる列が2つ以上ないかを確かめます。最初の列を使い、ほかの列は読み込みません。',
      en: 'Checks that no two columns look like the same role (e.g. request); the first is used and the others are ignored.',
    },
    why: {
      ja: '読み込まなかった列に正しい金額があると、検証も集計も誤ります。列の対応を確認してください。',
      en: 'If the ignored column holds the right figures, every check and total is wrong: confirm the column mapping.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{column}列「{header}」も{role}の列とみられますが、{keptColumn}列「{keptHeader}」を使い、この列は読み込んでいません。',
    en: 'Column {column} "{header}" also looks like the {role} column; column {keptColumn} "{keptHeader}" is used and this one is ignored.',
  },
  check: forwardFrom('table', 'duplicate-column'),
});
