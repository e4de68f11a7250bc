import { isSupplementaryBudget } from '../../src/domain/classification/supplementary-sense';
import { classify } from '../../src/domain/classification';
import { getPack } from '../../src/domain/policy/registry';
import { row, table } from './rows';

/** The first bare 補正 in the text, judged where it stands. */
function judge(text: string): boolean {
  const start = text.indexOf('補正');
  return isSupplementaryBudget(text, start, start + 2);
}

describe('a bare 補正 is a supplementary budget only in the forms a budget sheet writes', () => {
  it.each<[string, boolean]>([
    ['補正', true],
    [' 補正 ', true],
    ['令和5年度補正', true],
    ['令和元年度補正で措置', true],
    ['R5補正', true],
    ['Ｒ６補正', true],
    ['第2次補正', true],
    ['平成28年度第２次補正', true],
    ['補正第1号', true],
    ['（補正）', true],
    ['【補正】継続', true],
    ['補正で措置', true],
    ['補正で誤差を除く', false],
    ['補正分', true],
    ['補正措置', true],
    ['医用画像補正技術の研究開発', false],
    ['補正係数を用いた線量評価', false],
    ['誤差補正アルゴリズム', false],
    ['色補正', false],
    ['補正後の値', false],
    ['（画像補正）', false],
  ])('%s → %s', (text, expected) => {
    expect(judge(text)).toBe(expected);
  });
});

describe('a row whose text speaks of correction stays in the initial-budget totals', () => {
  const pack = getPack('R6')!;
  const fundOf = (spec: Parameters<typeof row>[1]) => classify(table([row(7, spec)]), pack).rows[0].fund;

  it.each(['医用画像補正技術の研究開発', '補正係数を用いた線量評価研究', '動き補正MRIの開発'])('%s: no fund status', (name) => {
    expect(fundOf({ name, total: 1000 })).toBeNull();
  });

  it.each<[string, string]>([
    ['name', '令和5年度補正 医療機器開発推進研究事業'],
    ['remarks', '（補正）'],
    ['remarks', '令和5年度補正予算で措置'],
  ])('a supplementary budget named in %s (%s) is still 補正 money', (field, text) => {
    const spec = field === 'name' ? { name: text, total: 1000 } : { name: '医療機器開発推進研究事業', remarks: text, total: 1000 };
    expect(fundOf(spec)).toEqual(expect.objectContaining({ kind: 'supplementary', via: 'marker' }));
  });
});
