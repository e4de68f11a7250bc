import { categoryUnknown } from '../../src/domain/rules/catalogue/category-unknown';
import { testRule } from './rule-tester';

const finding = { rule: 'category-unknown', cell: 'C5', row: 5, column: 'C', value: '直轄', params: { label: '直轄', candidates: ['AMED対象経費', 'インハウス研究機関経費'] } };

testRule(categoryUnknown, {
  valid: [
    { name: 'nothing reported while classifying', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', classificationFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a classifying finding is reported', classificationFindings: [finding], findings: [finding] },
    { name: 'each one is reported', classificationFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
