import { hiddenColumn } from '../../src/domain/rules/catalogue/hidden-column';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'hidden-column', cell: 'D3', column: 'D', params: { role: 'previous', header: '前年度予算額' } };

testPassThroughRule(hiddenColumn, 'tableFindings', finding);
