import { amountRounded } from '../../src/domain/rules/catalogue/amount-rounded';
import { testRule } from './rule-tester';

const finding = { rule: 'amount-rounded', cell: 'E6', row: 6, column: 'E', value: '1,234.5678', params: { column: '要求額', original: '1,234.5678', unit: '千円', yen: 1234568 } };

testRule(amountRounded, {
  valid: [
    { name: 'nothing reported while reading', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', tableFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a reading finding is reported', tableFindings: [finding], findings: [finding] },
    { name: 'each one is reported', tableFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
