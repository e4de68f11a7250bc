import { purposeUnknown } from '../../src/domain/rules/catalogue/purpose-unknown';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'purpose-unknown', cell: 'P5', row: 5, column: 'P', value: '創薬', params: { label: '創薬', candidates: ['治療'] } };

testPassThroughRule(purposeUnknown, 'classificationFindings', finding);
