import type { FindingDraft } from '../../model/finding';
import { fieldDraft, knownAmount, unreadableCells } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

export const totalMismatch = defineRule({
  id: 'total-mismatch',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '要求・要望額が要求額＋要望額と不一致', en: 'Total ≠ request + priority request' },
    description: {
      ja: '要求額・要望額・要求・要望額の3列がある表で、要求・要望額が要求額と要望額の和に等しいかを確かめます（要望額の「-」は0）。',
      en: 'Where the request, priority-request and total columns all exist, checks that total = request + priority request ("-" counts as 0).',
    },
    why: {
      ja: '要求・要望額は要求額と要望額の和として集計・公表されます。食い違いはどちらかの転記誤りです。',
      en: 'The total is compiled and published as request plus priority request; a difference is a copying mistake in one of them.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{cell}の要求・要望額 {totalYen}千円が、要求額 {requestYen}千円＋要望額 {priorityRequestYen}千円＝{expectedYen}千円と一致しません（差 {differenceYen}千円）。',
    en: '{cell}: the total {totalYen} does not equal request {requestYen} + priority request {priorityRequestYen} = {expectedYen} (thousand yen; difference {differenceYen}).',
  },
  check(ctx) {
    const unreadable = unreadableCells(ctx.table);
    const drafts: FindingDraft[] = [];
    for (const row of ctx.table.rows) {
      // A blank 計 is not a sum that disagrees; only a written total is checked.
      if (!row.total || row.total.value === null) continue;
      const total = row.total.value;
      const request = knownAmount(row.request, unreadable);
      const priorityRequest = knownAmount(row.priorityRequest, unreadable);
      if (request === undefined || priorityRequest === undefined) continue;
      const expected = request + priorityRequest;
      if (total !== expected) {
        drafts.push(
          fieldDraft('total-mismatch', row.rowNumber, row.total, {
            totalYen: total,
            requestYen: request,
            priorityRequestYen: priorityRequest,
            expectedYen: expected,
            differenceYen: total - expected,
          }),
        );
      }
    }
    return drafts;
  },
});
