import { duplicateColumn } from '../../src/domain/rules/catalogue/duplicate-column';
import { testRule } from './rule-tester';

const finding = { rule: 'duplicate-column', cell: 'H3', column: 'H', value: '要求額（再掲）', params: { role: 'request', header: '要求額（再掲）', keptColumn: 'E', keptHeader: '要求額' } };

testRule(duplicateColumn, {
  valid: [
    { name: 'nothing reported while reading', rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
    { name: 'findings of other rules are not taken', tableFindings: [{ ...finding, rule: 'some-other-rule' }] },
  ],
  invalid: [
    { name: 'a reading finding is reported', tableFindings: [finding], findings: [finding] },
    { name: 'each one is reported', tableFindings: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
  ],
});
