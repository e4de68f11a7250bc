import { unitAssumed } from '../../src/domain/rules/catalogue/unit-assumed';
import { testRule } from './rule-tester';

const finding = { rule: 'unit-assumed', cell: 'A3', row: 3, params: { assumed: '千円' } };

testRule(unitAssumed, {
  valid: [
    { name: 'nothing reported while reading', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', tableFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a reading finding is reported', tableFindings: [finding], findings: [finding] },
    { name: 'each one is reported', tableFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
