import { projectLabelUnknown } from '../../src/domain/rules/catalogue/project-label-unknown';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'project-label-unknown', cell: 'H5', row: 5, column: 'H', value: '創薬推進PJ', params: { label: '創薬推進PJ', candidates: ['医薬品プロジェクト', 'シーズ開発・研究基盤プロジェクト'] } };

testPassThroughRule(projectLabelUnknown, 'classificationFindings', finding);
