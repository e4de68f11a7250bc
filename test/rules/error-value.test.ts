import { errorValue } from '../../src/domain/rules/catalogue/error-value';
import { testRule } from './rule-tester';

const finding = { rule: 'error-value', cell: 'G8', row: 8, column: 'G', value: '#REF!', params: { column: '計' } };

testRule(errorValue, {
  valid: [
    { name: 'nothing reported while reading', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', tableFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a reading finding is reported', tableFindings: [finding], findings: [finding] },
    { name: 'each one is reported', tableFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
