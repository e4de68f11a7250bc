import { amountNotNumber } from '../../src/domain/rules/catalogue/amount-not-number';
import { testRule } from './rule-tester';

const finding = { rule: 'amount-not-number', cell: 'E7', row: 7, column: 'E', value: '未定', params: { column: '要求額', reason: 'text' } };

testRule(amountNotNumber, {
  valid: [
    { name: 'nothing reported while reading', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', tableFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a reading finding is reported', tableFindings: [finding], findings: [finding] },
    { name: 'each one is reported', tableFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
