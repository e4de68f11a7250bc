import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../../src/domain/engine/check';
import { loadPacks } from '../../src/domain/policy/registry';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';

/**
 * The bundled samples are what a new user checks first, so they must say exactly what they
 * were built to say (scripts/make-samples.ts names each planted mistake): nothing about the
 * clean one, and each typical mistake, at its cell, about the other.
 */

async function check(file: string, packId?: string) {
  const source = await XlsxWorkbookSource.fromBuffer(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'samples', file))));
  const [sheet] = await source.sheetNames();
  return checkSheet(await source.readSheet(sheet), { packs: loadPacks(), locale: 'ja', ...(packId ? { packId } : {}) });
}

describe('the bundled samples', () => {
  it('the clean 令和6年度 request: R6 from its title, 14 事業, no findings at all', async () => {
    const report = await check('sample-r6-clean.xlsx');
    expect(report.policy).toMatchObject({ id: 'R6', chosenBy: 'sheet' });
    expect(report.summary.rows).toBe(14);
    expect(report.findings).toEqual([]);
    expect(report.totals.unspecified.total).toBe(0);
  });

  it('the request with typical mistakes: each planted mistake, at its cell, and nothing else', async () => {
    const report = await check('sample-r6-with-mistakes.xlsx');
    const found = report.findings.map((f) => `${f.cell} ${f.rule}`).sort();
    expect(found).toEqual(
      [
        'I7 total-mismatch', // 計 typed in by hand
        'I8 split-sum-mismatch', // split does not add up
        'H9 amount-not-number', // 要望額 「未定」
        'F10 error-value', // #REF! in 前年度
        'E11 project-label-near-miss', // ゲノムデータ基盤
        'E12 disease-area-as-project', // 感染症プロジェクト
        'E13 disease-area-as-project', // がん
        'B15 duplicate-project',
        'E16 project-missing', // with a suggestion
        'I16 increase-without-priority',
        'D17 category-unknown', // 委託費
        'H17 negative-request', // △50,000
        'I17 total-mismatch', // 計 ≠ 要求 + a negative 要望
        'I17 split-sum-mismatch',
        'I18 increase-without-priority',
        'I18 large-change-unexplained', // +80 % with no explanation
        'B19 adjustment-fund-requested', // 調整費
        'B20 fund-row', // ムーンショット（基金）
        'P21 disease-area-unknown', // 女性の健康
        'Q21 purpose-unknown', // 実用化
        'I22 subtotal-mismatch', // 小計 typed in by hand
      ].sort(),
    );
    expect(report.status).toBe('errors');
    const missing = report.findings.find((f) => f.rule === 'project-missing');
    expect(missing?.message).toContain('医療機器・ヘルスケアプロジェクト');
  });

  it('checked as 令和4年度 (--year R4), the 令和6年度 sample says so and names the 前年度 column it does not read, #REF! included', async () => {
    for (const file of ['sample-r6-clean.xlsx', 'sample-r6-with-mistakes.xlsx']) {
      const report = await check(file, 'R4');
      const year = report.findings.filter((f) => f.rule === 'year-mismatch');
      expect(year.map((f) => [f.cell, f.severity])).toEqual([
        ['A1', 'error'],
        ['F4', 'error'],
      ]);
      expect(year[0].params).toMatchObject({ sheetYears: ['令和6年度'], notRead: ['F列「令和５年度予算額」'] });
      expect(year[1].params).toMatchObject({ errorCells: file.includes('mistakes') ? 1 : 0 });
    }
  });
});
