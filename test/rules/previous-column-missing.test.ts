import { previousColumnMissing } from '../../src/domain/rules/catalogue/previous-column-missing';
import { testRule } from './rule-tester';

testRule(previousColumnMissing, {
  valid: [
    { name: 'a previous-year column', rows: [{ previous: 100, total: 120 }] },
    { name: 'no header at all: header-not-found says so', noHeader: true },
    { name: 'no amount column either: required-column-missing says so', omitColumns: ['previous', 'request', 'total'] },
  ],
  invalid: [
    {
      name: 'no previous-year column: one finding at the header',
      omitColumns: ['previous'],
      rows: [{ total: 1500 }, { total: 20 }],
      findings: [{ cell: 'A1', row: 1, params: { headerRow: 1 } }],
    },
    { name: 'only 要求額, no 計 and no 前年度', omitColumns: ['previous', 'total'], rows: [{ request: 10 }], findings: [{ cell: 'A1' }] },
  ],
});
