import { adjustmentFundRequested } from '../../src/domain/rules/catalogue/adjustment-fund-requested';
import { syntheticPack } from '../helpers/synthetic-pack';
import { testRule } from './rule-tester';

testRule(adjustmentFundRequested, {
  valid: [
    { name: 'ordinary rows', rows: [{ name: '医療研究開発推進事業費補助金' }, { name: '調整を要する事業' }] },
  ],
  invalid: [
    {
      name: 'a row the classifier recognised as 調整費',
      rows: [{ name: '認知症研究開発事業' }, { row: 8, name: '科学技術イノベーション創造推進費（調整費）', cls: { adjustmentFund: true } }],
      findings: [{ cell: 'B8', row: 8, column: 'B', params: { name: '科学技術イノベーション創造推進費（調整費）', fundName: '調整費' } }],
    },
  ],
});

describe('adjustment-fund-requested citation', () => {
  it('cites section 3 of the pack', () => {
    const pack = syntheticPack();
    expect(adjustmentFundRequested.citation?.(pack)).toEqual(pack.adjustmentFund.citation);
    expect(adjustmentFundRequested.citation?.(pack).section).toBe('3');
  });
});
