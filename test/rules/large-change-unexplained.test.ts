import { largeChangeUnexplained } from '../../src/domain/rules/catalogue/large-change-unexplained';
import { testRule } from './rule-tester';

testRule(largeChangeUnexplained, {
  valid: [
    { name: 'a change under the ratio', rows: [{ previous: 1_000_000, total: 1_400_000 }] },
    { name: 'a large ratio under the amount', rows: [{ previous: 10_000, total: 90_000 }] },
    { name: 'explained in the summary', rows: [{ previous: 1_000_000, total: 2_000_000, summary: '新たに臨床試験を開始するため増額' }] },
    { name: 'explained in the remarks', rows: [{ previous: 1_000_000, total: 200_000, remarks: '一部事業の終了による減' }] },
    { name: 'a new program with no previous year', rows: [{ previous: null, total: 2_000_000, status: '新規' }] },
    { name: 'no previous-year column: a missing 前年度 is not 0', rows: [{ total: 2_000_000 }, { request: 2_000_000 }] },
    { name: 'previous 0', rows: [{ previous: 0, total: 2_000_000 }] },
    { name: 'a raised threshold', params: { ratio: 1.5 }, rows: [{ previous: 1_000_000, total: 2_000_000 }] },
  ],
  invalid: [
    {
      name: 'doubled with nothing said',
      rows: [{ row: 6, name: '医療機器等研究成果展開事業', previous: 1_000_000, total: 2_000_000, summary: '  ' }],
      findings: [
        {
          cell: 'G6',
          row: 6,
          params: { name: '医療機器等研究成果展開事業', previousYen: 1_000_000_000, totalYen: 2_000_000_000, changeYen: 1_000_000_000, changePercent: 100, thresholdPercent: 50, minAmount: 100_000 },
        },
      ],
    },
    {
      name: 'exactly at both thresholds counts (≥)',
      rows: [{ row: 5, previous: 200_000, total: 100_000 }],
      findings: [{ params: { changeYen: -100_000_000, changePercent: -50 } }],
    },
    {
      name: 'lowered thresholds from params',
      params: { ratio: 0.1, minAmount: 1000 },
      rows: [{ row: 5, previous: 10_000, request: 11_000 }],
      findings: [{ cell: 'E5', params: { changePercent: 10, thresholdPercent: 10, minAmount: 1000 } }],
    },
  ],
});

describe('large-change-unexplained params', () => {
  it('defaults to 50% and 100,000千円', () => {
    expect(largeChangeUnexplained.params.parse({})).toEqual({ ratio: 0.5, minAmount: 100_000 });
  });
  it.each([[{ ratio: 0 }], [{ ratio: 'half' }], [{ minAmount: -1 }], [{ ratios: 0.5 }]])('rejects %j', (params) => {
    expect(largeChangeUnexplained.params.safeParse(params).success).toBe(false);
  });
});
