import { diseaseAreaUnknown } from '../../src/domain/rules/catalogue/disease-area-unknown';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'disease-area-unknown', cell: 'O5', row: 5, column: 'O', value: '眼科', params: { label: '眼科', candidates: [] } };

testPassThroughRule(diseaseAreaUnknown, 'classificationFindings', finding);
