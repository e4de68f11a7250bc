import { packIndex } from '../../src/domain/classification/pack-index';
import { textEvidence } from '../../src/domain/classification/text-evidence';
import { getPack } from '../../src/domain/policy/registry';

const pack = getPack('R6');
if (!pack) throw new Error('no R6');
const index = packIndex(pack);

describe('every text cell that says what the 事業 is', () => {
  it.each([
    ['備考', { name: '調査事業', remarks: 'iPS細胞を用いる研究を含む' }, 'regenerative', 'remarks'],
    ['概要', { name: '調査事業', summary: 'iPS細胞を用いる研究を含む' }, 'regenerative', 'summary'],
  ])('a policy word in the %s suggests, at the 概要 weight', (_label, texts, projectId, field) => {
    const [top] = textEvidence(texts, index).suggestions;
    expect(top).toMatchObject({ projectId });
    expect(top.reasons.every((r) => r.field === field)).toBe(true);
    expect(top.score).toBeCloseTo(textEvidence({ name: 'iPS細胞' }, index).suggestions[0].score * 0.4, 2);
  });

  it('not the 担当部局・課室: it says who runs the 事業, not which project', () => {
    const e = textEvidence({ name: '調査事業', department: '医薬局医薬品審査管理課' }, index);
    expect(e.suggestions).toEqual([]);
    expect(e.noSuggestion).toMatchObject({ code: 'no-policy-word' });
  });
});
