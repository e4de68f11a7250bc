import { amountNotNumber } from '../../src/domain/rules/catalogue/amount-not-number';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'amount-not-number', cell: 'E7', row: 7, column: 'E', value: '未定', params: { column: '要求額', reason: 'text' } };

testPassThroughRule(amountNotNumber, 'tableFindings', finding);
