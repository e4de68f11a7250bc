import { splitSumMismatch } from '../../src/domain/rules/catalogue/split-sum-mismatch';
import { testRule } from './rule-tester';

testRule(splitSumMismatch, {
  valid: [
    {
      name: '革新的がん医療実用化研究事業 (R4, five projects) adds up',
      rows: [
        {
          request: 8_771_960,
          total: 8_771_960,
          split: { pharma: 2_276_602, devices: 196_102, regenerative: 1_374_529, 'genome-data': 3_845_685, 'disease-basic': 1_079_042 },
        },
      ],
    },
    { name: 'no 計: the split is checked against 要求', rows: [{ request: 1_342_202, split: { 'genome-data': 1_045_895, 'disease-basic': 296_307 } }] },
    { name: 'no split written (all nil)', rows: [{ total: 500, split: { pharma: null, devices: null } }] },
    { name: 'no amount to compare with', rows: [{ split: { pharma: 100 } }] },
    {
      name: 'an unreadable split cell is left to its own finding',
      rows: [{ row: 5, total: 300, split: { pharma: 100, devices: { raw: '未定', yen: null } } }],
      tableFindings: [{ rule: 'amount-not-number', cell: 'J5', row: 5, column: 'J', value: '未定', params: {} }],
    },
    { name: 'nil split cells count as 0', rows: [{ total: 300, split: { pharma: 300, devices: null } }] },
  ],
  invalid: [
    {
      name: '免疫アレルギー疾患 split one short',
      rows: [{ row: 8, total: 860_386, split: { pharma: 58_888, 'genome-data': 88_888, 'disease-basic': 712_609 } }],
      findings: [
        {
          cell: 'G8',
          row: 8,
          column: 'G',
          params: { header: '要求・要望額', sumYen: 860_385_000, targetYen: 860_386_000, differenceYen: 1000, projectIds: ['pharma', 'genome-data', 'disease-basic'] },
        },
      ],
    },
    {
      name: 'against 要求 when there is no 計',
      rows: [{ row: 5, request: 100, split: { pharma: 60, devices: 60 } }],
      findings: [{ cell: 'E5', params: { header: '要求額', targetYen: 100_000, sumYen: 120_000, differenceYen: -20_000 } }],
    },
  ],
});
