import { checkSheet } from '../../src/domain/engine/check';
import type { CellValue, SheetGrid } from '../../src/domain/model/grid';
import { getPack, loadPacks } from '../../src/domain/policy/registry';
import { readTable } from '../../src/domain/reading';
import { syntheticPack } from '../helpers/synthetic-pack';
import { grid } from './grid';

/**
 * Nothing silently dropped: a chosen year the sheet disagrees with, a sheet without a 前年度
 * column, and amount-like columns mapped to no role each produce a finding naming the cell.
 */

const packs = loadPacks();
const R4 = getPack('R4')!;
const R6 = getPack('R6')!;
const now = new Date('2026-12-02T00:00:00Z');
const REF: CellValue = { error: '#REF!' };

/** A 令和6年度 sheet: title, the 前年度 named by its year (令和5年度予算額), one #REF! in it. */
function r6Sheet(title = '令和６年度 概算要求 医療分野の研究開発関連予算（単位：千円）'): SheetGrid {
  return grid([
    [title],
    [],
    ['事業名', '区分', '令和５年度予算額', '令和６年度要求額', '令和６年度要望額', '令和６年度要求・要望額'],
    ['認知症研究開発事業', 'AMED', 1_200_000, 1_045_895, 296_307, 1_342_202],
    ['再生医療実用化研究事業', 'AMED', REF, 3_100_000, 0, 3_100_000],
    ['創薬支援推進事業', 'AMED', 100, 200, '-', 200],
  ]);
}

const of = <F extends { readonly rule: string }>(findings: readonly F[], rule: string): F[] => findings.filter((f) => f.rule === rule);

describe('the chosen year disagrees with the sheet', () => {
  it('R4 on a 令和6年度 sheet: one finding naming the evidence and the unread 前年度 column, one at that column', () => {
    const table = readTable(r6Sheet(), R4);
    expect(table.mapping?.columns.some((c) => c.role === 'previous')).toBe(false);
    const found = of(table.findings, 'year-mismatch');
    expect(found).toEqual([
      {
        rule: 'year-mismatch',
        cell: 'A1',
        value: '令和６年度 概算要求 医療分野の研究開発関連予算（単位：千円）',
        params: {
          sheetYears: ['令和6年度'],
          evidence: ['「令和６年度 概算要求 医療分野の研究開発関連予算（単位：千円）」（A1）', '「令和５年度予算額」（C3）', '「令和６年度要求額」（D3）', '「令和６年度要望額」（E3）', '「令和６年度要求・要望額」（F3）'],
          messageId: 'with-unread',
          notRead: ['C列「令和５年度予算額」'],
        },
      },
      // the #REF! in the unread column is counted, not lost
      { rule: 'year-mismatch', cell: 'C3', column: 'C', value: '令和５年度予算額', params: { messageId: 'column-not-read', header: '令和５年度予算額', sheetYear: '令和6年度', filledCells: 2, errorCells: 1 } },
    ]);
    // the unread column is not reported a second time as an unmapped amount column
    expect(of(table.findings, 'amount-column-unmapped')).toEqual([]);
  });

  it('the CLI path (checkSheet with --year R4) reports it as an error, with the missing 前年度 column', () => {
    const report = checkSheet(r6Sheet(), { packs, packId: 'R4', locale: 'ja', now });
    const year = report.findings.filter((f) => f.rule === 'year-mismatch');
    expect(year.map((f) => [f.cell, f.severity])).toEqual([
      ['A1', 'error'],
      ['C3', 'error'],
    ]);
    expect(year[1].message).toContain('C列「令和５年度予算額」は令和6年度の要求なら前年度予算額の列ですが、令和4年度としては読み込んでいません（値 2件、エラー値 1件');
    expect(report.findings.filter((f) => f.rule === 'previous-column-missing').map((f) => f.cell)).toEqual(['A3']);
    expect(report.status).toBe('errors');
  });

  it('in English too', () => {
    const report = checkSheet(r6Sheet(), { packs, packId: 'R4', locale: 'en', now });
    expect(report.findings.find((f) => f.rule === 'year-mismatch')?.message).toMatch(/^Checked as FY2022 \(令和4年度\), but the sheet looks like 令和6年度/);
  });

  it('the headers alone tell the year when the title names none', () => {
    const table = readTable(r6Sheet('医療分野の研究開発関連予算（単位：千円）'), R4);
    expect(of(table.findings, 'year-mismatch')[0].params.evidence).toEqual(['「令和５年度予算額」（C3）', '「令和６年度要求額」（D3）', '「令和６年度要望額」（E3）', '「令和６年度要求・要望額」（F3）']);
  });

  it('the title alone tells it when the headers name no year', () => {
    const sheet = grid([['令和6年度 概算要求'], ['事業名', '前年度予算額', '要求額'], ['認知症研究開発事業', 1, 2]]);
    const found = of(readTable(sheet, R4).findings, 'year-mismatch');
    expect(found).toEqual([{ rule: 'year-mismatch', cell: 'A1', value: '令和6年度 概算要求', params: { sheetYears: ['令和6年度'], evidence: ['「令和6年度 概算要求」（A1）'] } }]);
  });

  it('R6 on an older sheet (令和4年度予算額 / 令和5年度要求額): the 前年度 column is read but the years disagree', () => {
    const sheet = grid([['事業名', '令和4年度予算額', '令和5年度要求額'], ['認知症研究開発事業', 1, 2]]);
    const table = readTable(sheet, R6);
    expect(table.mapping?.columns.map((c) => c.role)).toEqual(['name', 'previous', 'request']);
    expect(of(table.findings, 'year-mismatch').map((f) => f.params.sheetYears)).toEqual([['令和5年度']]);
  });

  it.each([
    ['the matching year', r6Sheet(), R6],
    ['a title naming another year in passing, headers agreeing', r6Sheet('令和5年度補正予算及び令和6年度概算要求（単位：千円）'), R6],
    ['two past years in the headers, the latest agreeing', grid([['令和6年度 概算要求'], ['事業名', '令和4年度予算額', '令和5年度予算額', '令和6年度要求額'], ['認知症研究開発事業', 1, 2, 3]]), R6],
    ['no year anywhere', grid([['事業名', '前年度予算額', '要求額'], ['認知症研究開発事業', 1, 2]]), R4],
  ])('no finding: %s', (_name, sheet, pack) => {
    expect(of(readTable(sheet, pack).findings, 'year-mismatch')).toEqual([]);
  });
});

describe('no 前年度 column', () => {
  const sheet = grid([['令和6年度 概算要求（単位：千円）'], [], ['事業名', '区分', '要求額', '要求・要望額', '事業概要'], ['認知症研究開発事業', 'AMED', 1_342_202, 1_342_202, ''], ['創薬支援推進事業', 'AMED', 900_000, 900_000, '']]);
  const report = checkSheet(sheet, { packs, locale: 'ja', now });

  it('is a finding at the header', () => {
    const found = report.findings.filter((f) => f.rule === 'previous-column-missing');
    expect(found.map((f) => [f.cell, f.severity])).toEqual([['A3', 'warning']]);
    expect(found[0].message).toContain('前年度予算額の列が見つかりません（見出し 3行）');
  });

  it('and the 前年度 is not taken as 0: no increase or large-change finding is built on it', () => {
    expect(report.findings.filter((f) => f.rule === 'increase-without-priority' || f.rule === 'large-change-unexplained')).toEqual([]);
  });
});

describe('amount-like columns mapped to no role', () => {
  const pack = syntheticPack();
  const unmapped = (sheet: SheetGrid) => of(readTable(sheet, pack).findings, 'amount-column-unmapped').map((f) => ({ cell: f.cell, column: f.column, ...f.params }));

  it('by the header: a second request column under a name no role knows', () => {
    const sheet = grid([['事業名', '前年度予算額', '要求額', '要求額（参考：補正後）'], ['A事業', 1, 2, 3], ['B事業', 1, 2, 3]]);
    expect(unmapped(sheet)).toEqual([{ cell: 'D1', column: 'D', header: '要求額（参考：補正後）', numericCells: 2 }]);
  });

  it('by the data: a column of numbers under a header that says nothing of amounts', () => {
    const sheet = grid([['事業名', '前年度予算額', '要求額', '旧'], ['A事業', 1, 2, 30], ['B事業', 1, 2, '1,200'], ['C事業', 1, 2, '-']]);
    expect(unmapped(sheet)).toEqual([{ cell: 'D1', column: 'D', header: '旧', numericCells: 2 }]);
  });

  it('numbers with no header at all, inside the table', () => {
    const sheet = grid([['事業名', '前年度予算額', null, '要求額'], ['A事業', 1, 5, 2], ['B事業', 1, 6, 2]]);
    expect(unmapped(sheet)).toEqual([{ cell: 'C1', column: 'C', header: '', numericCells: 2, messageId: 'no-header' }]);
  });

  it('a 増減 column: information, the change being computed from columns that are read', () => {
    const sheet = grid([['事業名', '前年度予算額', '要求額', '増減額'], ['A事業', 1, 2, 1]]);
    expect(unmapped(sheet)).toEqual([{ cell: 'D1', column: 'D', header: '増減額', numericCells: 1, messageId: 'derived' }]);
    const report = checkSheet(sheet, { packs: [pack], locale: 'ja', now });
    expect(report.findings.find((f) => f.rule === 'amount-column-unmapped')?.severity).toBe('info');
  });

  it('a split column for a project the year does not have', () => {
    const sheet = grid(
      [
        ['事業名', '要求額', '統合プロジェクト別内訳', null],
        [null, null, '①医薬品', '⑦旧プロジェクト'],
        ['A事業', 3, 1, 2],
      ],
      { mergeRefs: ['C1:D1'] },
    );
    expect(unmapped(sheet)).toEqual([{ cell: 'D2', column: 'D', header: '統合プロジェクト別内訳 / ⑦旧プロジェクト', numericCells: 1 }]);
  });

  it.each([
    ['text columns', grid([['事業名', '要求額', '事業概要', '担当'], ['A事業', 2, '概要', '課'], ['B事業', 2, '概要', '課']])],
    ['rates and counts', grid([['事業名', '要求額', '対前年度比', '採択件数'], ['A事業', 2, 1.2, 30], ['B事業', 2, 0.9, 12]])],
    ['a duplicate column (duplicate-column names it)', grid([['事業名', '要求額', '要求額'], ['A事業', 2, 2], ['B事業', 2, 2]])],
    ['every amount column mapped', grid([['事業名', '前年度予算額', '要求額', '要望額', '計'], ['A事業', 1, 2, 0, 2]])],
  ])('no finding: %s', (_name, sheet) => {
    expect(unmapped(sheet)).toEqual([]);
  });
});
