import { projectLabelNearMiss } from '../../src/domain/rules/catalogue/project-label-near-miss';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'project-label-near-miss', cell: 'H5', row: 5, column: 'H', value: '疾患基盤研究プロジェクト', params: { label: '疾患基盤研究プロジェクト', officialName: '疾患基礎研究プロジェクト', projectId: 'disease-basic' } };

testPassThroughRule(projectLabelNearMiss, 'classificationFindings', finding);
