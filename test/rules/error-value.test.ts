import { errorValue } from '../../src/domain/rules/catalogue/error-value';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'error-value', cell: 'G8', row: 8, column: 'G', value: '#REF!', params: { column: '計' } };

testPassThroughRule(errorValue, 'tableFindings', finding);
