import { findingsOf, part } from './builders';

/** submission-totals-mismatch and submission-unreadable are found while reading (test/consolidation/read-back.test.ts); here: how they are reported. */
describe('findings made while reading a submission sheet', () => {
  it('submission-totals-mismatch: the cell, both figures, and what to do', () => {
    const p = part('厚生労働省', 'sub.xlsx', [], {
      findings: [{ rule: 'submission-totals-mismatch', file: 'sub.xlsx', sheet: '提出用シート', cell: 'F14', params: { label: '合計', column: '要求・要望額', written: 19_664_162, computed: 19_000_000 } }],
    });
    expect(findingsOf('submission-totals-mismatch', [p])).toEqual([
      expect.objectContaining({
        severity: 'error',
        cell: 'F14',
        message: 'sub.xlsx の提出用シートの F14（合計・要求・要望額）は 19,664,162 千円ですが、事業別明細の合計は 19,000,000 千円です。シートが書き換えられています。要求表から提出用シートを作り直してください。',
      }),
    ]);
    expect(findingsOf('submission-unreadable', [p])).toEqual([]);
  });

  it('submission-unreadable: the problem, in English too', () => {
    const p = part(null, 'sub.xlsx', [], { findings: [{ rule: 'submission-unreadable', file: 'sub.xlsx', params: { problem: '「事業別明細」の表がない' } }] });
    expect(findingsOf('submission-unreadable', [p], 'en')[0].message).toBe('sub.xlsx: cannot read the submission sheet (「事業別明細」の表がない). Build it again from the request sheet, or give the request sheet itself.');
  });
});
