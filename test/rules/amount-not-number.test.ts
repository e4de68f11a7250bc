import { amountNotNumber } from '../../src/domain/rules/catalogue/amount-not-number';
import { renderMessage } from '../../src/domain/rules/messages';
import { syntheticPack } from '../helpers/synthetic-pack';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'amount-not-number', cell: 'E7', row: 7, column: 'E', value: '未定', params: { column: '要求額', reason: 'text' } };

testPassThroughRule(amountNotNumber, 'tableFindings', finding);

/** What the reader emits for each reason: the message says what the cell holds and what to do. */
const BY_REASON = [
  { reason: 'text', value: '未定', params: {}, ja: /「未定」は金額として読めません。数値を入力してください/ },
  { reason: 'boolean', value: 'TRUE', params: {}, ja: /論理値（TRUE）で、金額ではありません/ },
  { reason: 'date-format', value: '45383', params: { format: 'yyyy/m/d' }, ja: /日付として表示されています（表示形式「yyyy\/m\/d」、値 45383）。.*表示形式を「数値」に/ },
  { reason: 'out-of-range', value: '1e+308', params: {}, ja: /数値 1e\+308 は金額として扱える範囲（約9,007兆円まで）を超えています/ },
  { reason: 'formula-without-cached-result', value: '=E5+F5', params: { formula: '=E5+F5' }, ja: /数式 =E5\+F5 には計算結果が保存されていません.*再計算し、保存し直してください/ },
] as const;

describe.each(BY_REASON)('amount-not-number for $reason', ({ reason, value, params, ja }) => {
  const draft = { rule: 'amount-not-number', cell: 'E7', row: 7, column: 'E', value, params: { column: '要求額', reason, messageId: reason, ...params } };
  testPassThroughRule(amountNotNumber, 'tableFindings', draft);
  it('says what the cell holds, not only "enter a number"', () => {
    expect(renderMessage(draft, 'ja', syntheticPack())).toMatch(ja);
    if (reason !== 'text') expect(renderMessage(draft, 'ja', syntheticPack())).not.toContain('数値を入力してください');
    expect(renderMessage(draft, 'en', syntheticPack())).not.toMatch(/\{\w+\}/);
  });
});
