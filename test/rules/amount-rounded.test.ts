import { amountRounded } from '../../src/domain/rules/catalogue/amount-rounded';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'amount-rounded', cell: 'E6', row: 6, column: 'E', value: '1,234.5678', params: { column: '要求額', original: '1,234.5678', unit: '千円', yen: 1234568 } };

testPassThroughRule(amountRounded, 'tableFindings', finding);
