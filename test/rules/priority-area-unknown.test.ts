import { priorityAreaUnknown } from '../../src/domain/rules/catalogue/priority-area-unknown';
import { testRule } from './rule-tester';

const finding = { rule: 'priority-area-unknown', cell: 'Q5', row: 5, column: 'Q', value: '新型コロナウイルス感染症', params: { label: '新型コロナウイルス感染症', candidates: [] } };

testRule(priorityAreaUnknown, {
  valid: [
    { name: 'nothing reported while classifying', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', classificationFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a classifying finding is reported', classificationFindings: [finding], findings: [finding] },
    { name: 'each one is reported', classificationFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
