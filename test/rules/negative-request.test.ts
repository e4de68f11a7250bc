import { negativeRequest } from '../../src/domain/rules/catalogue/negative-request';
import { testRule } from './rule-tester';

testRule(negativeRequest, {
  valid: [
    { name: 'positive amounts', rows: [{ previous: 800, request: 1000, priorityRequest: 200, total: 1200 }] },
    { name: 'zero and nil', rows: [{ request: 0, priorityRequest: null, total: 0 }] },
    { name: 'a negative previous year is not a request', rows: [{ previous: -5, request: 10, total: 10 }] },
    { name: 'no amount columns at all', rows: [{ name: '見出しだけの事業' }] },
    { name: 'an unreadable cell (value null) is left to its own finding', rows: [{ request: { raw: '未定', yen: null } }] },
  ],
  invalid: [
    {
      name: 'a negative request (△ as read)',
      rows: [{ row: 7, request: { raw: '△1,234', yen: -1_234_000 }, total: 0 }],
      findings: [{ cell: 'E7', row: 7, column: 'E', value: '△1,234', params: { header: '要求額', amountYen: -1_234_000 } }],
    },
    {
      name: 'negative 要望 and 計 on one row, each reported',
      rows: [{ row: 5, request: 100, priorityRequest: -300, total: -200 }],
      findings: [
        { cell: 'F5', params: { header: '要望額', amountYen: -300_000 } },
        { cell: 'G5', params: { header: '要求・要望額', amountYen: -200_000 } },
      ],
    },
  ],
});
