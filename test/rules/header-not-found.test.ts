import { headerNotFound } from '../../src/domain/rules/catalogue/header-not-found';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'header-not-found', cell: 'A1', params: { scannedRows: 30, nameHeaders: ['事業名', '研究事業名'], amountHeaders: ['要求額', '要求・要望額'] } };

testPassThroughRule(headerNotFound, 'tableFindings', finding);
