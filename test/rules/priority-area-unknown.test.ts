import { priorityAreaUnknown } from '../../src/domain/rules/catalogue/priority-area-unknown';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'priority-area-unknown', cell: 'Q5', row: 5, column: 'Q', value: '新型コロナウイルス感染症', params: { label: '新型コロナウイルス感染症', candidates: [] } };

testPassThroughRule(priorityAreaUnknown, 'classificationFindings', finding);
