import { requiredColumnMissing } from '../../src/domain/rules/catalogue/required-column-missing';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'required-column-missing', cell: 'A3', row: 3, params: { role: 'name', headerRow: 3, examples: ['事業名', '研究事業名'] } };

testPassThroughRule(requiredColumnMissing, 'tableFindings', finding);
