import { duplicateColumn } from '../../src/domain/rules/catalogue/duplicate-column';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'duplicate-column', cell: 'H3', column: 'H', value: '要求額（再掲）', params: { role: 'request', header: '要求額（再掲）', keptColumn: 'E', keptHeader: '要求額' } };

testPassThroughRule(duplicateColumn, 'tableFindings', finding);
