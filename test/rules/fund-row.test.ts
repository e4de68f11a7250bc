import { fundRow } from '../../src/domain/rules/catalogue/fund-row';
import { reason } from './builders';
import { testRule } from './rule-tester';

testRule(fundRow, {
  valid: [{ name: 'initial-budget rows', rows: [{ name: '認知症研究開発事業', request: 100 }] }],
  invalid: [
    {
      name: 'ムーンショット: the area by its official name, then the matched words',
      rows: [{ row: 6, name: 'ムーンショット型研究開発事業', cls: { fund: { areaId: 'moonshot', reasons: [reason('ムーンショット'), reason('基金')] } } }],
      findings: [{ cell: 'B6', row: 6, params: { name: 'ムーンショット型研究開発事業', areaId: 'moonshot', evidence: ['ムーンショット型の研究開発', 'ムーンショット', '基金'] } }],
    },
    {
      name: 'a 基金 row with no priority area',
      rows: [{ row: 5, name: '創薬ベンチャーエコシステム強化事業（基金）', cls: { fund: { areaId: null, reasons: [reason('基金')] } } }],
      findings: [{ params: { areaId: null, evidence: ['基金'] } }],
    },
  ],
});
