import { totalMismatch } from '../../src/domain/rules/catalogue/total-mismatch';
import { testRule } from './rule-tester';

testRule(totalMismatch, {
  valid: [
    { name: 'total = request + priority request', rows: [{ request: 1_045_895, priorityRequest: 296_307, total: 1_342_202 }] },
    { name: '要望 "-" counts as 0', rows: [{ request: 500, priorityRequest: null, total: 500 }] },
    { name: 'no 要望 column: not checked', rows: [{ request: 500, total: 800 }] },
    { name: 'no 要求 column: not checked', rows: [{ priorityRequest: 500, total: 800 }] },
    { name: 'blank 計: not checked', rows: [{ request: 500, priorityRequest: 100, total: null }] },
    {
      name: 'an unreadable 要望 (reported by the reader) is not guessed at',
      rows: [{ row: 5, request: 500, priorityRequest: { raw: '#REF!', yen: null }, total: 800 }],
      tableFindings: [{ rule: 'error-value', cell: 'F5', row: 5, column: 'F', value: '#REF!', params: {} }],
    },
  ],
  invalid: [
    {
      name: 'total differs from the sum',
      rows: [{ row: 6, request: 1000, priorityRequest: 200, total: 1300 }],
      findings: [
        {
          cell: 'G6',
          row: 6,
          column: 'G',
          value: 1300,
          params: { totalYen: 1_300_000, requestYen: 1_000_000, priorityRequestYen: 200_000, expectedYen: 1_200_000, differenceYen: 100_000 },
        },
      ],
    },
    {
      name: 'a nil 要求 with a written 計 counts as 0',
      rows: [{ row: 5, request: null, priorityRequest: 100, total: 400 }],
      findings: [{ cell: 'G5', params: { expectedYen: 100_000, differenceYen: 300_000 } }],
    },
    {
      name: 'only the rows that differ',
      rows: [
        { request: 1, priorityRequest: 1, total: 2 },
        { row: 9, request: 1, priorityRequest: 1, total: 3 },
      ],
      findings: [{ row: 9 }],
    },
  ],
});
