import { getPack } from '../../src/domain/policy/registry';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { detectMinistry, leadingTitleLines, ministryByName } from '../../src/domain/reading/ministry';
import type { CellValue } from '../../src/domain/model/grid';
import { grid } from './grid';

const pack = getPack('R6') as PolicyPack;

const HEADER: CellValue[] = ['事業名', '区分', '要求額', '前年度予算額'];
const ROW: CellValue[] = ['創薬基盤推進研究事業', 'AMED', 1000, 900];

function sheet(title: string | null, extra: { column?: (string | null)[] } = {}): CellValue[][] {
  const head = title === null ? [] : [[title], []];
  if (!extra.column) return [...head, HEADER, ROW, ROW];
  return [...head, ['府省', ...HEADER], ...extra.column.map((m) => [m, ...ROW])];
}

describe('which ministry a sheet is from', () => {
  it.each([
    ['a 府省 column', sheet('令和6年度 概算要求', { column: ['厚生労働省', '厚生労働省'] }), 'x.xlsx', '厚生労働省', 'column'],
    ['a 府省 column of short names', sheet(null, { column: ['文', null, '文'] }), undefined, '文部科学省', 'column'],
    ['the column wins over the title', sheet('令和6年度 概算要求（経済産業省）', { column: ['厚労省'] }), undefined, '厚生労働省', 'column'],
    ['the title, by name', sheet('令和６年度 概算要求 医療分野の研究開発関連予算（厚生労働省）'), 'r6-meti.xlsx', '厚生労働省', 'title'],
    ['the title, by alias', sheet('経産省 医療分野研究開発関連 要求額一覧'), undefined, '経済産業省', 'title'],
    ['the title wins over the file name', sheet('令和6年度（文部科学省）'), 'mhlw.xlsx', '文部科学省', 'title'],
    ['the file name, by id', sheet('令和6年度 概算要求（単位：円）'), 'samples/r6-meti.xlsx', '経済産業省', 'file'],
    ['the file name, in Japanese', sheet(null), 'C:\\要求\\厚労省_R6要求.xlsx', '厚生労働省', 'file'],
  ])('from %s', (_, values, fileName, name, from) => {
    expect(detectMinistry({ grid: grid(values), ...(fileName ? { fileName } : {}) }, pack)).toMatchObject({ ministry: { name }, from });
  });

  it.each([
    ['nothing names one', sheet('令和6年度 医療分野の研究開発関連予算'), 'request.xlsx'],
    ['a title naming two ministries', sheet('文部科学省・厚生労働省 共管事業'), undefined],
    ['a 府省 column listing several (a consolidated table)', sheet(null, { column: ['文部科学省', '厚生労働省'] }), undefined],
    ['a one-letter short name in the title is no evidence', sheet('経常的な研究費の要求'), undefined],
    ['an id inside a longer word of the file name', sheet(null), 'mextended.xlsx'],
  ])('unknown when %s', (_, values, fileName) => {
    expect(detectMinistry({ grid: grid(values), ...(fileName ? { fileName } : {}) }, pack)).toBeNull();
  });

  it('title lines are the sparse rows above the first header-like row', () => {
    expect(leadingTitleLines(grid([['令和6年度 概算要求'], [null, '（単位：千円）'], ['事業名', '区分', '要求額'], ['（厚生労働省）']]))).toEqual(['令和6年度 概算要求', '（単位：千円）']);
  });

  it.each([
    ['厚生労働省', '厚生労働省'],
    ['厚労省', '厚生労働省'],
    ['mext', '文部科学省'],
    ['経', '経済産業省'],
    ['農林水産省', null],
  ])('a typed ministry: %s', (given, name) => {
    expect(ministryByName(given, pack)?.name ?? null).toBe(name);
  });
});
