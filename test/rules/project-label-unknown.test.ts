import { projectLabelUnknown } from '../../src/domain/rules/catalogue/project-label-unknown';
import { testRule } from './rule-tester';

const finding = { rule: 'project-label-unknown', cell: 'H5', row: 5, column: 'H', value: '創薬推進PJ', params: { label: '創薬推進PJ', candidates: ['医薬品プロジェクト', 'シーズ開発・研究基盤プロジェクト'] } };

testRule(projectLabelUnknown, {
  valid: [
    { name: 'nothing reported while classifying', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', classificationFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a classifying finding is reported', classificationFindings: [finding], findings: [finding] },
    { name: 'each one is reported', classificationFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
