import { headerNotFound } from '../../src/domain/rules/catalogue/header-not-found';
import { testRule } from './rule-tester';

const finding = { rule: 'header-not-found', cell: 'A1', params: { scannedRows: 30, nameHeaders: ['事業名', '研究事業名'], amountHeaders: ['要求額', '要求・要望額'] } };

testRule(headerNotFound, {
  valid: [
    { name: 'nothing reported while reading', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', tableFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a reading finding is reported', tableFindings: [finding], findings: [finding] },
    { name: 'each one is reported', tableFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
