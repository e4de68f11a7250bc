import fc from 'fast-check';
import { displayForm, keyed, keyForm } from '../../src/domain/classification/text-key';

/** keyed() skips the replacing passes when NFKC leaves nothing for them: it must give what they give. */
describe('keyed', () => {
  const special = ['', ' ', '\u3000', '\n', '\t', '·', '•', '‧', '∙', '❶', '➀', '➊', '➒', 'A', 'Z', 'a', 'ｉＰＳ', '①', 'ｶﾞ', '･', 'ゲノム', '医療機器'];
  const text = fc.array(fc.oneof(fc.constantFrom(...special), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));

  test.each(['医療機器等の開発', 'iPS細胞', 'ＡＩ・ロボット', '再生 医療', '❶ゲノム', 'データ･基盤', ''])('%s', (s) => {
    expect(keyed(s)).toEqual({ display: displayForm(s), key: keyForm(s) });
  });

  test('any text', () => {
    fc.assert(fc.property(text, (s) => {
      const k = keyed(s);
      return k.display === displayForm(s) && k.key === keyForm(s);
    }), { numRuns: 2000 });
  });
});
