import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the reader with params.role (the missing column's role: "name", "request") and params.examples (header texts it accepts). */
export const requiredColumnMissing = defineRule({
  id: 'required-column-missing',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '必須の列がない', en: 'Required column missing' },
    description: {
      ja: '事業名と要求額（または要求・要望額）の列があるかを確かめます。',
      en: 'Checks that the program-name column and a request (or total) amount column exist.',
    },
    why: {
      ja: '事業名と要求額がなければ、内閣府のヒアリングで説明すべき要求内容が分かりません。',
      en: 'Without program names and requested amounts the request cannot be explained at the Cabinet Office hearing.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '必須の列「{role}」が見出しにありません（見出しの例: {examples}）。見出しを確認するか、列の対応を指定してください。',
    en: 'The required column "{role}" is not in the header (e.g. {examples}). Check the header or set the column mapping.',
  },
  check: forwardFrom('table', 'required-column-missing'),
});
