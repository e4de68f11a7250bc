import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the reader with row (and cell) for a row with amounts but no 事業名. */
export const nameMissing = defineRule({
  id: 'name-missing',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '事業名がない', en: 'Program name missing' },
    description: {
      ja: '金額のある行に事業名が書かれているかを確かめます。',
      en: 'Checks that every row with amounts names its program.',
    },
    why: {
      ja: '事業名のない金額は、ヒアリングで何の要求か説明できません。',
      en: 'An amount without a program name cannot be explained at the hearing.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{row}行目に金額がありますが、事業名がありません。',
    en: 'Row {row} has amounts but no program name.',
  },
  check: forwardFrom('table', 'name-missing'),
});
