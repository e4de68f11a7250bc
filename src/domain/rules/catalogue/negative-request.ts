import type { FindingDraft } from '../../model/finding';
import { fieldDraft, headerOf } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

const REQUEST_FIELDS = ['request', 'priorityRequest', 'total'] as const;

export const negativeRequest = defineRule({
  id: 'negative-request',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '要求額が負', en: 'Negative request' },
    description: {
      ja: '要求額・要望額・要求・要望額が負の値でないかを確かめます（増減額の△は対象外）。',
      en: 'Checks that request, priority-request and total amounts are not negative (a △ change is fine).',
    },
    why: {
      ja: '要求は負にできません。負の値は増減額の列の取り違えや符号の誤りの印です。',
      en: 'A request cannot be negative; a negative one usually means a change column was taken for a request, or a sign error.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{cell}の{header}が負の値（{amountYen}千円）です。要求額・要望額は負にできません。',
    en: '{cell}: {header} is negative ({amountYen} thousand yen). Requests cannot be negative.',
  },
  check(ctx) {
    const drafts: FindingDraft[] = [];
    for (const row of ctx.table.rows) {
      for (const key of REQUEST_FIELDS) {
        const field = row[key];
        if (field && field.value !== null && field.value < 0) {
          drafts.push(fieldDraft('negative-request', row.rowNumber, field, { header: headerOf(ctx.table, field.cell), amountYen: field.value }));
        }
      }
    }
    return drafts;
  },
});
