import { diseaseAreaUnknown } from '../../src/domain/rules/catalogue/disease-area-unknown';
import { testRule } from './rule-tester';

const finding = { rule: 'disease-area-unknown', cell: 'O5', row: 5, column: 'O', value: '眼科', params: { label: '眼科', candidates: [] } };

testRule(diseaseAreaUnknown, {
  valid: [
    { name: 'nothing reported while classifying', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', classificationFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a classifying finding is reported', classificationFindings: [finding], findings: [finding] },
    { name: 'each one is reported', classificationFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
