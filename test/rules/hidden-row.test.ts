import { hiddenRow } from '../../src/domain/rules/catalogue/hidden-row';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'hidden-row', cell: 'B12', row: 12, params: { name: '旧事業' } };

testPassThroughRule(hiddenRow, 'tableFindings', finding);
