import { nameMissing } from '../../src/domain/rules/catalogue/name-missing';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'name-missing', cell: 'B6', row: 6, column: 'B', value: null, params: {} };

testPassThroughRule(nameMissing, 'tableFindings', finding);
