import { yearMismatch } from '../../src/domain/rules/catalogue/year-mismatch';
import { testPassThroughRule, testRule } from './rule-tester';

// Detection is the reader's (test/reading/unread-columns.test.ts builds the sheets); here the
// rule forwards each finding and renders every variant.
testPassThroughRule(yearMismatch, 'tableFindings', {
  rule: 'year-mismatch',
  cell: 'A1',
  value: '令和６年度 概算要求',
  params: { sheetYears: ['令和6年度'], evidence: ['「令和６年度 概算要求」（A1）'] },
});

testRule(yearMismatch, {
  valid: [{ name: 'no year finding from reading', rows: [{ previous: 1, total: 2 }] }],
  invalid: [
    {
      name: 'the summary naming the unread column, then the column itself',
      tableFindings: [
        {
          rule: 'year-mismatch',
          cell: 'A1',
          params: { messageId: 'with-unread', sheetYears: ['令和6年度'], evidence: ['「令和５年度予算額」（F4）'], notRead: ['F列「令和５年度予算額」'] },
        },
        { rule: 'year-mismatch', cell: 'F4', column: 'F', params: { messageId: 'column-not-read', header: '令和５年度予算額', sheetYear: '令和6年度', filledCells: 18, errorCells: 1 } },
      ],
      findings: [{ cell: 'A1' }, { cell: 'F4', params: { errorCells: 1 } }],
    },
  ],
});

describe('year-mismatch severity', () => {
  it('is an error: a wrong year reads the sheet wrongly', () => {
    expect(yearMismatch.defaultSeverity).toBe('error');
  });
});
