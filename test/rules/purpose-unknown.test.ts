import { purposeUnknown } from '../../src/domain/rules/catalogue/purpose-unknown';
import { testRule } from './rule-tester';

const finding = { rule: 'purpose-unknown', cell: 'P5', row: 5, column: 'P', value: '創薬', params: { label: '創薬', candidates: ['治療'] } };

testRule(purposeUnknown, {
  valid: [
    { name: 'nothing reported while classifying', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', classificationFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a classifying finding is reported', classificationFindings: [finding], findings: [finding] },
    { name: 'each one is reported', classificationFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
