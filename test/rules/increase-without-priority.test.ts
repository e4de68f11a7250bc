import { increaseWithoutPriority } from '../../src/domain/rules/catalogue/increase-without-priority';
import { syntheticPack } from '../helpers/synthetic-pack';
import { reason, tag } from './builders';
import { testRule } from './rule-tester';

testRule(increaseWithoutPriority, {
  valid: [
    { name: 'no increase', rows: [{ previous: 1000, total: 1000 }, { previous: 1000, total: 900 }] },
    { name: 'an increase with a declared priority area', rows: [{ previous: 1000, total: 1500, cls: { priorityAreas: [tag('dementia', '認知症等の脳神経疾患')] } }] },
    { name: 'an increase with an accepted priority area', rows: [{ previous: 1000, total: 1500, cls: { priorityAreas: [tag('dementia', '認知症等の脳神経疾患', 'accepted')] } }] },
    {
      name: 'a declared area beside a suggested one',
      rows: [{ previous: 1000, total: 1500, cls: { priorityAreas: [tag('pharma-focus', '創薬の重点', 'suggested'), tag('dementia', '認知症等の脳神経疾患')] } }],
    },
    { name: 'no previous-year column: nothing to compare (a missing 前年度 is not 0)', rows: [{ total: 1500 }, { request: 300, priorityRequest: 20 }] },
    { name: 'no previous-year column, even with a suggestion', rows: [{ total: 1500, cls: { priorityAreas: [tag('dementia', '認知症等の脳神経疾患', 'suggested')] } }] },
    { name: 'fund-based rows are reported apart', rows: [{ previous: 0, total: 1500, cls: { fund: { areaId: 'moonshot', reasons: [], kind: 'fund', via: 'programme' } } }] },
    { name: 'no requested amount', rows: [{ previous: 100 }] },
  ],
  invalid: [
    {
      name: 'an increase with no priority area',
      rows: [{ row: 6, name: '臨床研究等基盤整備事業', previous: 1000, total: 1500 }],
      findings: [{ cell: 'G6', row: 6, column: 'G', params: { name: '臨床研究等基盤整備事業', totalYen: 1_500_000, previousYen: 1_000_000, increaseYen: 500_000 } }],
    },
    {
      name: 'a suggested priority area does not satisfy the rule: the finding carries it to be accepted',
      rows: [
        {
          row: 7,
          name: '認知症研究開発事業',
          previous: 1000,
          total: 1500,
          cls: { priorityAreas: [{ ...tag('dementia', '認知症等の脳神経疾患', 'suggested'), reasons: [reason('認知症'), reason('認知症'), reason('脳神経', 'summary')] }] },
        },
      ],
      findings: [
        {
          cell: 'G7',
          params: {
            messageId: 'suggested',
            suggestedAreaIds: ['dementia'],
            suggestedAreas: ['認知症等の脳神経疾患'],
            evidence: ['認知症', '脳神経'],
            increaseYen: 500_000,
          },
        },
      ],
    },
    {
      name: 'a new program (previous "-") is an increase from 0',
      rows: [{ row: 5, previous: null, request: 300 }],
      findings: [{ cell: 'E5', params: { previousYen: 0, totalYen: 300_000, increaseYen: 300_000 } }],
    },
    {
      name: 'without 計, 要求 + 要望 is compared',
      rows: [{ row: 5, previous: 100, request: 100, priorityRequest: 50 }],
      findings: [{ cell: 'E5', params: { totalYen: 150_000 } }],
    },
  ],
});

describe('increase-without-priority citation', () => {
  it("cites section 5's opening", () => {
    const pack = syntheticPack();
    expect(increaseWithoutPriority.citation?.(pack)).toEqual(pack.priorityIntro);
  });
});
