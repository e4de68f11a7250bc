import { unitAssumed } from '../../src/domain/rules/catalogue/unit-assumed';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'unit-assumed', cell: 'A3', row: 3, params: { assumed: '千円' } };

testPassThroughRule(unitAssumed, 'tableFindings', finding);
