import { cellOutsideTable } from '../../src/domain/rules/catalogue/cell-outside-table';
import { testPassThroughRule } from './rule-tester';

testPassThroughRule(cellOutsideTable, 'tableFindings', { rule: 'cell-outside-table', cell: 'XFD1048576', row: 1_048_576, value: '消し忘れ', params: {} });
testPassThroughRule(cellOutsideTable, 'tableFindings', { rule: 'cell-outside-table', params: { messageId: 'summary', count: 51, shown: 10 } });
