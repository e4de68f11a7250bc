import { projectLabelNearMiss } from '../../src/domain/rules/catalogue/project-label-near-miss';
import { testRule } from './rule-tester';

const finding = { rule: 'project-label-near-miss', cell: 'H5', row: 5, column: 'H', value: '疾患基盤研究プロジェクト', params: { label: '疾患基盤研究プロジェクト', officialName: '疾患基礎研究プロジェクト', projectId: 'disease-basic' } };

testRule(projectLabelNearMiss, {
  valid: [
    { name: 'nothing reported while classifying', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', classificationFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a classifying finding is reported', classificationFindings: [finding], findings: [finding] },
    { name: 'each one is reported', classificationFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
