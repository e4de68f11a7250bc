import { subtotalMismatch } from '../../src/domain/rules/catalogue/subtotal-mismatch';
import type { RowSpec } from './builders';
import { testRule } from './rule-tester';

const rows: RowSpec[] = [
  { row: 5, previous: 100, request: 120, total: 120, split: { pharma: 120 } },
  { row: 6, previous: 200, request: 180, total: 180, split: { pharma: 80, devices: 100 } },
  { row: 8, previous: 50, request: null, total: 70 },
];

testRule(subtotalMismatch, {
  valid: [
    { name: 'a subtotal that adds up', rows, subtotals: [{ row: 7, covers: [5, 6], previous: 300, request: 300, total: 300, split: { pharma: 200, devices: 100 } }] },
    { name: 'a grand total over every row, nil counted as 0', rows, subtotals: [{ row: 9, label: '合計', kind: 'grandTotal', covers: [5, 6, 8], previous: 350, request: 300, total: 370 }] },
    { name: 'a blank subtotal cell is not compared', rows, subtotals: [{ row: 7, covers: [5, 6], total: null }] },
    {
      name: 'an unreadable covered cell is left to its own finding',
      rows: [{ row: 5, total: { raw: '#VALUE!', yen: null } }, { row: 6, total: 10 }],
      subtotals: [{ row: 7, covers: [5, 6], total: 99 }],
      tableFindings: [{ rule: 'error-value', cell: 'G5', row: 5, column: 'G', value: '#VALUE!', params: {} }],
    },
  ],
  invalid: [
    {
      name: 'a typed-in 小計 that no longer adds up',
      rows,
      subtotals: [{ row: 7, covers: [5, 6], previous: 300, total: 310 }],
      findings: [{ cell: 'G7', row: 7, column: 'G', value: 310, params: { label: '小計', header: '要求・要望額', subtotalYen: 310_000, sumYen: 300_000, differenceYen: 10_000, rowCount: 2 } }],
    },
    {
      name: 'each column is checked, split columns too',
      rows,
      subtotals: [{ row: 9, label: '合計', kind: 'grandTotal', covers: [5, 6, 8], previous: 300, total: 370, split: { pharma: 210, devices: 100 } }],
      findings: [
        { cell: 'D9', params: { header: '前年度予算額', subtotalYen: 300_000, sumYen: 350_000, differenceYen: -50_000, rowCount: 3 } },
        { cell: 'I9', params: { header: '統合プロジェクト別内訳 / 医薬品', subtotalYen: 210_000, sumYen: 200_000 } },
      ],
    },
    {
      name: 'rows listed out of sheet order are still found by their number',
      rows: [rows[2], rows[0], rows[1]],
      subtotals: [{ row: 9, label: '合計', kind: 'grandTotal', covers: [5, 6, 8], total: 371 }],
      findings: [{ cell: 'G9', params: { subtotalYen: 371_000, sumYen: 370_000, differenceYen: 1_000, rowCount: 3 } }],
    },
    {
      name: 'a covered row number with no data row is skipped, and the rows after it found',
      rows,
      subtotals: [{ row: 9, covers: [5, 7, 6, 8], total: 371 }],
      findings: [{ cell: 'G9', params: { subtotalYen: 371_000, sumYen: 370_000, rowCount: 3 } }],
    },
  ],
});
