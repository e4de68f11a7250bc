import type { RowClassification } from '../../src/domain/model/classification';
import { fundRow } from '../../src/domain/rules/catalogue/fund-row';
import { reason } from './builders';
import { testRule } from './rule-tester';

type Fund = NonNullable<RowClassification['fund']>;
const fund = (areaId: string | null, matched: readonly string[], kind: Fund['kind'] = 'fund', via: Fund['via'] = 'programme'): Fund => ({
  areaId,
  reasons: matched.map((m) => reason(m)),
  kind,
  via,
});

testRule(fundRow, {
  valid: [
    { name: 'initial-budget rows', rows: [{ name: '認知症研究開発事業', request: 100 }] },
    {
      name: 'a 復興特別会計 row is an account of its own, not fund money',
      rows: [{ name: '東北メディカル・メガバンク計画', request: 100, cls: { account: { id: 'reconstruction', label: '復興特別会計', basis: 'declared' } } }],
    },
  ],
  invalid: [
    {
      name: 'ムーンショット: the kind, why (a named programme), the area by its official name, then the matched words',
      rows: [{ row: 6, name: 'ムーンショット型研究開発事業', cls: { fund: fund('moonshot', ['ムーンショット', '基金']) } }],
      findings: [
        {
          cell: 'B6',
          row: 6,
          params: { name: 'ムーンショット型研究開発事業', areaId: 'moonshot', fundKind: 'fund', fundVia: 'programme', evidence: ['ムーンショット型の研究開発', 'ムーンショット', '基金'] },
        },
      ],
    },
    {
      name: 'a 基金 row with no priority area, by its marker word',
      rows: [{ row: 5, name: '創薬ベンチャーエコシステム強化事業（基金）', cls: { fund: fund(null, ['基金'], 'fund', 'marker') } }],
      findings: [{ params: { areaId: null, fundKind: 'fund', fundVia: 'marker', evidence: ['基金'] } }],
    },
    {
      name: 'a 補正 line by its declared 会計区分',
      rows: [{ row: 8, name: '医療機器開発推進研究事業', cls: { fund: fund(null, ['令和5年度補正'], 'supplementary', 'account') } }],
      findings: [{ cell: 'B8', params: { fundKind: 'supplementary', fundVia: 'account', evidence: ['令和5年度補正'] } }],
    },
    {
      name: 'CiCLE: government investment',
      rows: [{ row: 9, name: '医療研究開発革新基盤創成事業', cls: { fund: fund(null, ['医療研究開発革新基盤創成事業'], 'investment') } }],
      findings: [{ params: { fundKind: 'investment', fundVia: 'programme' } }],
    },
  ],
});
