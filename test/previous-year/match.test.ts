import { matchPrevious, NAME_THRESHOLD, normalisedName } from '../../src/domain/previous-year/match';
import { similarity } from '../../src/domain/classification/similarity';
import { makeTable, type RowSpec } from '../rules/builders';
import { lastYear } from './rows';

function rowsOf(specs: readonly RowSpec[]) {
  return makeTable({ rows: specs }).rows;
}

/** 25 kana; a copy with two of them changed is exactly 1 − 2/25 = 0.92 alike, one of 24 is 0.917. */
const KANA = 'あいうえおかきくけこさしすせそたちつてとなにぬねの';
const twoChanged = (text: string) => text.replace('う', 'ウ').replace('つ', 'ツ');

describe('matching this year\'s 事業 with last year\'s', () => {
  it('the threshold sits at its edges: 0.92 alike matches, 0.917 does not', () => {
    expect(NAME_THRESHOLD).toBe(0.92);
    const at = KANA;
    const below = KANA.slice(0, 24);
    expect(similarity(normalisedName(at), normalisedName(twoChanged(at)))).toBe(0.92);
    expect(similarity(normalisedName(below), normalisedName(twoChanged(below)))).toBeCloseTo(0.9167, 4);

    const matched = matchPrevious(rowsOf([{ row: 4, name: twoChanged(at) }, { row: 5, name: twoChanged(below) }]), [lastYear(10, at), lastYear(11, below)]);
    expect(matched.continuing).toEqual([{ row: 4, previous: expect.objectContaining({ row: 10 }), by: 'name', similarity: 0.92 }]);
    expect(matched.added).toEqual([5]);
    expect(matched.discontinued.map((p) => p.row)).toEqual([11]);
  });

  it('keeps apart the closest different real 事業 (0.909) and joins the real renames (0.94–0.96)', () => {
    const matched = matchPrevious(
      rowsOf([
        { row: 4, name: '障害者政策総合研究事業' },
        { row: 5, name: '認知症研究開発事業等' },
        { row: 6, name: '難治性疾患実用化研究事業費' },
      ]),
      [lastYear(4, '障害者対策総合研究事業'), lastYear(5, '認知症研究開発事業'), lastYear(6, '難治性疾患実用化研究事業')],
    );
    expect(matched.continuing.map((c) => [c.row, c.previous.row, c.by, Math.round(c.similarity * 100)])).toEqual([
      [5, 5, 'name', 94],
      [6, 6, 'name', 96],
    ]);
    expect(matched.added).toEqual([4]);
  });

  it('the same name, however it is spaced, widened or annotated, is the same 事業 (similarity 1)', () => {
    expect(normalisedName('革新的がん医療実用化研究事業（仮称）')).toBe(normalisedName('革新的がん医療実用化研究事業'));
    expect(normalisedName('ＡＭＥＤ 創薬支援･推進事業 【一部】')).toBe(normalisedName('amed創薬支援・推進事業'));
    // A name that is nothing but an annotation keeps it.
    expect(normalisedName('（仮称）')).toBe('(仮称)');
    const matched = matchPrevious(rowsOf([{ row: 4, name: '革新的がん医療実用化研究事業（仮称）' }, { row: 5, name: 'ＡＭＥＤ 創薬支援･推進事業' }]), [
      lastYear(7, 'AMED創薬支援・推進事業'),
      lastYear(8, '革新的がん医療実用化研究事業'),
    ]);
    expect(matched.continuing.map((c) => [c.row, c.previous.row, c.similarity])).toEqual([
      [4, 8, 1],
      [5, 7, 1],
    ]);
  });

  it('a name written twice (AMED and インハウス lines) keeps each line with its own line of last year', () => {
    const matched = matchPrevious(rowsOf([{ row: 4, name: '循環器病研究事業（インハウス）' }, { row: 5, name: '循環器病研究事業（AMED）' }]), [
      lastYear(4, '循環器病研究事業（AMED）'),
      lastYear(5, '循環器病研究事業（インハウス）'),
    ]);
    expect(matched.continuing.map((c) => [c.row, c.previous.row])).toEqual([
      [4, 5],
      [5, 4],
    ]);
  });

  it('each 事業 of either year is matched once: the most alike pair first, wherever it is on the sheet', () => {
    const oneChanged = KANA.replace('う', 'ウ');
    const matched = matchPrevious(rowsOf([{ row: 4, name: twoChanged(KANA) }, { row: 5, name: oneChanged }]), [lastYear(9, KANA)]);
    expect(matched.continuing.map((c) => [c.row, c.previous.row, c.similarity])).toEqual([[5, 9, 0.96]]);
    expect(matched.added).toEqual([4]);
  });

  it('by 事業番号 where both sheets number their 事業, whatever the name became; the similarity is shown', () => {
    const matched = matchPrevious(rowsOf([{ row: 4, number: '０１２', name: '生命科学・創薬研究支援基盤事業' }, { row: 5, number: '034', name: '医療機器開発推進研究事業' }]), [
      lastYear(20, '創薬等ライフサイエンス研究支援基盤事業', [], { number: '012' }),
      lastYear(21, '医療機器開発推進研究事業', [], { number: '099' }),
    ]);
    // 034 is not on last year's sheet: found by its name instead.
    expect(matched.continuing).toEqual([
      { row: 4, previous: expect.objectContaining({ row: 20 }), by: 'number', similarity: expect.closeTo(0.5, 1) },
      { row: 5, previous: expect.objectContaining({ row: 21 }), by: 'name', similarity: 1 },
    ]);
  });

  it('running numbers (1, 2, 3 …) say where a row is, not which 事業: names decide', () => {
    const matched = matchPrevious(rowsOf([{ row: 4, number: '1', name: '新規事業A' }, { row: 5, number: '2', name: '創薬支援推進事業' }]), [
      lastYear(4, '創薬支援推進事業', [], { number: '1' }),
      lastYear(5, '廃止事業B', [], { number: '2' }),
    ]);
    expect(matched.continuing.map((c) => [c.row, c.previous.row, c.by])).toEqual([[5, 4, 'name']]);
    expect(matched.added).toEqual([4]);
    expect(matched.discontinued.map((p) => p.name)).toEqual(['廃止事業B']);
  });

  it('a 事業番号 given twice on a sheet identifies nothing: names decide', () => {
    const matched = matchPrevious(rowsOf([{ row: 4, number: 'A-1', name: '創薬支援推進事業' }, { row: 5, number: 'A-1', name: '医療機器開発推進研究事業' }]), [
      lastYear(4, '医療機器開発推進研究事業', [], { number: 'A-1' }),
      lastYear(5, '創薬支援推進事業', [], { number: 'B-7' }),
    ]);
    expect(matched.continuing.map((c) => [c.row, c.previous.row, c.by])).toEqual([
      [4, 5, 'name'],
      [5, 4, 'name'],
    ]);
  });

  it('short names are matched only when they are the same', () => {
    const matched = matchPrevious(rowsOf([{ row: 4, name: '研究費' }, { row: 5, name: '調査費' }]), [lastYear(4, '研究費'), lastYear(5, '調査等')]);
    expect(matched.continuing.map((c) => c.row)).toEqual([4]);
    expect(matched.added).toEqual([5]);
  });

  it('continuing and new add up to this year\'s rows; continuing and discontinued to last year\'s', () => {
    const rows = rowsOf([{ row: 4, name: 'A事業の研究開発' }, { row: 5, name: 'B事業の研究開発' }, { row: 6, name: '' }]);
    const last = [lastYear(1, 'A事業の研究開発'), lastYear(2, 'C事業の研究開発'), lastYear(3, 'D事業の研究開発')];
    const matched = matchPrevious(rows, last);
    expect(matched.continuing.length + matched.added.length).toBe(rows.length);
    expect(matched.continuing.length + matched.discontinued.length).toBe(last.length);
  });
});
