import { amountColumnUnmapped } from '../../src/domain/rules/catalogue/amount-column-unmapped';
import { testPassThroughRule } from './rule-tester';

// Detection is the reader's (test/reading/unread-columns.test.ts builds the sheets).
testPassThroughRule(amountColumnUnmapped, 'tableFindings', {
  rule: 'amount-column-unmapped',
  cell: 'J4',
  column: 'J',
  value: '令和6年度要求額（再計）',
  params: { header: '令和6年度要求額（再計）', numericCells: 12 },
});

describe('amount-column-unmapped severity', () => {
  const draft = (messageId?: string) => ({ rule: 'amount-column-unmapped', params: { header: '増減', numericCells: 3, ...(messageId ? { messageId } : {}) } });

  it('a 増減 column is information (its figure is recomputed from columns that are read)', () => {
    expect(amountColumnUnmapped.severityOf?.(draft('derived'), 'warning')).toBe('info');
  });

  it('any other unread amount column keeps the configured severity', () => {
    expect(amountColumnUnmapped.severityOf?.(draft(), 'warning')).toBe('warning');
    expect(amountColumnUnmapped.severityOf?.(draft('no-header'), 'error')).toBe('error');
  });
});
