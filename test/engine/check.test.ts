import fc from 'fast-check';
import { checkSheet } from '../../src/domain/engine/check';
import { gridHash } from '../../src/domain/engine/hash';
import type { CellValue, SheetGrid } from '../../src/domain/model/grid';
import { loadPacks } from '../../src/domain/policy/registry';
import { findRule } from '../../src/domain/rules/catalogue';

const packs = loadPacks();
const now = new Date('2026-11-22T00:00:00Z');

function sheet(title: string | null, rows: CellValue[][]): SheetGrid {
  return {
    sheetName: '厚生労働省',
    originRow: 0,
    originCol: 0,
    values: [
      ...(title === null ? [] : [[title], []]),
      ['事業名', '区分', '前年度予算額', '要求額', '要望額', '要求・要望額', '統合プロジェクト', '事業概要'],
      ...rows,
    ],
  };
}

const ROWS: CellValue[][] = [
  ['認知症研究開発事業', 'AMED', 1_200_000, 1_045_895, 296_307, 1_342_202, '④⑤', '認知症の病態解明'],
  ['再生医療実用化研究事業', 'AMED', 3_000_000, 3_100_000, 0, 3_100_000, '再生・細胞医療・遺伝子治療', '再生医療の実用化'],
  ['創薬支援推進事業', 'AMED', 100, 200, '-', 250, '', '創薬'],
  ['ムーンショット型研究開発事業', 'AMED', 0, 1000, 0, 1000, '', ''],
];

describe('checkSheet', () => {
  it('takes the year asked for', () => {
    const report = checkSheet(sheet('令和6年度 概算要求（単位：千円）', ROWS), { packs, packId: 'R4', locale: 'ja', now });
    expect(report.policy).toMatchObject({ id: 'R4', fiscalYear: '令和4年度', chosenBy: 'argument' });
  });

  it.each([
    ['令和４年度 概算要求 医療分野研究開発関連（単位：千円）', 'R4'],
    ['令和6年度 概算要求（単位：千円）', 'R6'],
  ])('guesses the year from the title %s', (title, id) => {
    expect(checkSheet(sheet(title, ROWS), { packs, locale: 'ja', now }).policy).toMatchObject({ id, chosenBy: 'sheet' });
  });

  it('falls back to the newest pack when the sheet names no year', () => {
    const report = checkSheet(sheet(null, ROWS), { packs, locale: 'ja', now });
    const newest = [...packs].sort((a, b) => b.fiscalYear.western - a.fiscalYear.western)[0];
    expect(report.policy).toMatchObject({ id: newest.id, chosenBy: 'default' });
  });

  it.each([
    ['令和6年度 概算要求（厚生労働省）（単位：千円）', undefined, { name: '厚生労働省', from: 'title' }],
    ['令和6年度 概算要求（単位：千円）', '文科省_要求.xlsx', { name: '文部科学省', from: 'file' }],
    ['令和6年度 概算要求（単位：千円）', 'request.xlsx', null],
  ])('states the ministry the sheet names: title %s, file %s', (title, file, ministry) => {
    const report = checkSheet(sheet(title, ROWS), { packs, locale: 'ja', now, ...(file !== undefined ? { file } : {}) });
    expect(report.ministry === null ? null : { name: report.ministry.name, from: report.ministry.from }).toEqual(ministry);
  });

  it('refuses a year it has no pack for', () => {
    expect(() => checkSheet(sheet(null, ROWS), { packs, packId: 'R99', locale: 'ja' })).toThrow(/unknown policy 'R99'/);
  });

  describe('a realistic sheet, end to end', () => {
    const report = checkSheet(sheet('令和4年度 概算要求 医療分野研究開発関連（単位：千円）', ROWS), { packs, locale: 'ja', file: 'mhlw.xlsx', now });
    const at = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => f.cell);

    it('finds the arithmetic mistake and flags the fund row', () => {
      expect(at('total-mismatch')).toEqual(['F6']);
      expect(at('fund-row')).toEqual(['A7']);
      expect(report.status).toBe('errors');
    });

    it('reports rows with official project names and amounts in 千円, the fund row kept out of totals', () => {
      expect(report.rows.map((r) => r.name)).toEqual(ROWS.map((r) => r[0]));
      expect(report.rows[1].projects).toEqual([{ id: 'regenerative', name: '再生・細胞医療・遺伝子治療プロジェクト', amount: 3_100_000, previous: 3_000_000, basis: 'declared' }]);
      expect(report.rows[0].projects.map((p) => p.name)).toEqual(['ゲノム・データ基盤プロジェクト', '疾患基礎研究プロジェクト']);
      expect(report.totals.fund.total).toBe(1000);
      expect(report.totals.all.total).toBe(1_342_202 + 3_100_000 + 250);
      expect(report.input).toMatchObject({ file: 'mhlw.xlsx', sheet: '厚生労働省' });
    });

    it('every finding is in the catalogue and has a rendered message', () => {
      for (const f of report.findings) {
        expect(findRule(f.rule)).toBeDefined();
        expect(f.message).not.toMatch(/[{}]/);
      }
    });
  });

  it('hashes the grid unless given the file hash', () => {
    const grid = sheet(null, ROWS);
    expect(checkSheet(grid, { packs, locale: 'en', now }).input.sha256).toBe(gridHash(grid));
    expect(checkSheet(grid, { packs, locale: 'en', now, inputHash: 'f'.repeat(64) }).input.sha256).toBe('f'.repeat(64));
  });

  it('an empty sheet is an error finding, not an exception', () => {
    const report = checkSheet({ sheetName: 'Sheet1', originRow: 0, originCol: 0, values: [] }, { packs, locale: 'en', now });
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([['header-not-found', 'error']]);
    expect(report.status).toBe('errors');
    expect(report.rows).toEqual([]);
  });

  it('passes the rule configuration on', () => {
    const report = checkSheet(sheet(null, ROWS), { packs, locale: 'ja', now, config: { severity: { 'total-mismatch': 'off', 'fund-row': 'warning' } } });
    expect(report.findings.some((f) => f.rule === 'total-mismatch')).toBe(false);
    expect(report.findings.find((f) => f.rule === 'fund-row')?.severity).toBe('warning');
  });

  it('never throws, whatever the grid holds (property)', () => {
    const text = fc.oneof(
      fc.constantFrom('事業名', '要求額', '要望額', '計', '前年度予算額', '統合プロジェクト', '小計', '合計', '医薬品', '①', '△1,234', '-', '―', '（単位：百万円）', '令和6年度', 'AMED', 'インハウス', '調整費', 'ムーンショット', 'がん'),
      fc.string({ maxLength: 8 }),
    );
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      text,
      fc.integer({ min: -1e9, max: 1e12 }),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom({ error: '#REF!' }, { error: '#VALUE!' }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 14 }), fc.constantFrom('ja' as const, 'en' as const), (values, locale) => {
        const report = checkSheet({ sheetName: 'S', originRow: 0, originCol: 0, values }, { packs, locale, now });
        expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(report.findings.length);
        for (const f of report.findings) expect(f.message).not.toMatch(/\{\w+\}/);
      }),
      { numRuns: 150 },
    );
  });
});
