import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';

/**
 * --previous LAST.xlsx on `check` and `submit`, on real workbooks: last year's request sheet, or
 * the submission sheet `submit` wrote last year. Nothing the user gave is ever written.
 */

const HEADER = ['事業名', '区分', '前年度予算額', '要求額', '要望額', '要求・要望額', '統合プロジェクト', '疾患領域'];
const LAST_YEAR = [
  ['令和5年度 概算要求 医療分野研究開発関連（単位：千円）'],
  [],
  HEADER,
  ['認知症研究開発事業', 'AMED', 1_000_000, 1_342_202, 0, 1_342_202, 'ゲノム・データ基盤', '老年医学・認知症'],
  ['医療機器開発推進研究事業', 'AMED', 900_000, 900_000, 0, 900_000, '医療機器・ヘルスケア', null],
  ['再生医療実用化研究事業', 'AMED', 3_000_000, 3_000_000, 0, 3_000_000, '再生・細胞医療・遺伝子治療', null],
  ['終了する研究事業', 'AMED', 100_000, 100_000, 0, 100_000, 'シーズ開発・研究基盤', null],
];
const THIS_YEAR = [
  ['令和6年度 概算要求 医療分野研究開発関連（単位：千円）'],
  [],
  HEADER,
  ['認知症研究開発事業', 'AMED', 1_342_202, 1_400_000, 0, 1_400_000, null, null],
  ['医療機器開発推進研究事業等', 'AMED', 900_000, 950_000, 0, 950_000, '再生・細胞医療・遺伝子治療', null],
  ['再生医療実用化研究事業', 'AMED', 3_000_000, 3_100_000, 0, 3_100_000, '再生・細胞医療・遺伝子治療', null],
  ['新たな研究開発事業', 'AMED', 0, 50_000, 0, 50_000, '医薬品', null],
];

let dir: string;
const path = (name: string) => join(dir, name);

async function writeWorkbook(file: string, sheets: Record<string, readonly (readonly (string | number | null)[])[]>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows.map((r) => [...r]));
  await workbook.xlsx.writeFile(file);
}

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'budget-previous-'));
  await writeWorkbook(path('r5.xlsx'), { 令和5年度要求: LAST_YEAR });
  await writeWorkbook(path('r6.xlsx'), { 要求表: THIS_YEAR });
  await writeWorkbook(path('memo.xlsx'), { メモ: [['前年度の資料は別のファイルです']] });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('budget-check check --previous', () => {
  it('lists continuing, new and discontinued 事業, offers last year\'s project and warns of a change', async () => {
    const before = readFileSync(path('r5.xlsx'));
    const r = await cli('check', path('r6.xlsx'), '--previous', path('r5.xlsx'));
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('前年度との比較（前年度のシート: r5.xlsx、「令和5年度要求」、令和5年度）');
    expect(r.out).toContain('継続 3件（うち名称の変わったもの 1件）、新規 1件、廃止 1件');
    expect(r.out).toMatch(/新規（今年度のシートにだけある事業）:\n {4}7行目 {2}新たな研究開発事業/);
    expect(r.out).toMatch(/廃止（前年度のシートにだけある事業）:\n {4}前年度 7行目 {2}終了する研究事業/);
    expect(r.out).toContain('5行目  医療機器開発推進研究事業等 ← 前年度 5行目  医療機器開発推進研究事業（名称の類似度 0.957）');
    expect(r.out).toMatch(/G4\s+エラー\s+project-missing\s+事業「認知症研究開発事業」に統合プロジェクトの記載がありません。前年度のシート「令和5年度要求」の4行目の分類による候補: ゲノム・データ基盤プロジェクト（確度: 高）/);
    expect(r.out).toMatch(/G5\s+警告\s+project-changed-from-previous-year\s+事業「医療機器開発推進研究事業等」の統合プロジェクトが前年度から変わっています（前年度: 医療機器・ヘルスケアプロジェクト、今年度: 再生・細胞医療・遺伝子治療プロジェクト/);
    // A suggestion counts nowhere: 認知症研究開発事業's 1,400,000 stays 統合プロジェクト未特定, shown as a candidate.
    expect(r.out).toMatch(/ゲノム・データ基盤プロジェクト\s+0\s+0\s+0\s+0\s+0\s+0\s+1,400,000/);
    expect(readFileSync(path('r5.xlsx'))).toEqual(before);
  });

  it('in English, and in the JSON report', async () => {
    const en = await cli('check', path('r6.xlsx'), '--previous', path('r5.xlsx'), '--lang', 'en');
    expect(en.out).toContain("Compared with last year (last year's sheet: r5.xlsx, 「令和5年度要求」, 令和5年度)");
    expect(en.out).toContain('3 continuing (1 renamed), 1 new, 1 discontinued');
    expect(en.out).toContain("Suggested from last year's classification (row 4 of \"令和5年度要求\"): ゲノム・データ基盤プロジェクト (confidence: high).");
    const json = JSON.parse((await cli('check', path('r6.xlsx'), '--previous', path('r5.xlsx'), '--format', 'json')).out);
    expect(json.previousYear.source).toEqual({ file: 'r5.xlsx', sheet: '令和5年度要求', kind: 'request', fiscalYear: '令和5年度', policyId: 'R6', sameProjects: true });
    expect(json.previousYear.continuing.map((c: { row: number; previousRow: number }) => [c.row, c.previousRow])).toEqual([
      [4, 4],
      [5, 5],
      [6, 6],
    ]);
    expect(json.rows[0].suggestions[0]).toMatchObject({ id: 'genome-data', confidence: 'high', amount: 1_400_000 });
  });

  it('reads the submission sheet `submit` wrote last year, found by its marker', async () => {
    const last = await cli('submit', path('r5.xlsx'), '--out', path('r5-submission.xlsx'), '--year', 'R6', '--force');
    expect(last.err).not.toContain('budget-check submit:');
    const r = await cli('check', path('r6.xlsx'), '--previous', path('r5-submission.xlsx'), '--format', 'json');
    const json = JSON.parse(r.out);
    expect(json.previousYear.source).toMatchObject({ file: 'r5-submission.xlsx', kind: 'submission', policyId: 'R6' });
    expect(json.previousYear.continuing).toHaveLength(3);
    const reason = json.rows[0].suggestions[0].reasons[0];
    expect(reason).toMatchObject({ kind: 'previous-year', matched: '認知症研究開発事業', previous: { by: 'name', similarity: 1 } });
    expect(reason.previous.sheet).not.toBe('令和5年度要求');
  });

  it('refuses a file that cannot be last year\'s sheet, saying what to give (exit 2)', async () => {
    const missing = await cli('check', path('r6.xlsx'), '--previous', path('nothing.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`budget-check check: ファイルがありません: ${path('nothing.xlsx')}\n`);
    const memo = await cli('check', path('r6.xlsx'), '--previous', path('memo.xlsx'));
    expect(memo.code).toBe(2);
    expect(memo.err).toBe(
      `budget-check check: --previous ${path('memo.xlsx')}: シート「メモ」に事業名と金額の見出し行が見つかりません。前年度の要求表（事業名と金額の見出し行のあるシートが最初のシートにあるブック）か、この製品で作った提出用シートのあるブックを指定してください。\n`,
    );
    const en = await cli('check', path('r6.xlsx'), '--previous', path('memo.xlsx'), '--lang', 'en');
    expect(en.err).toContain('sheet "メモ" has no header row with 事業名 and amounts');
    writeFileSync(path('last.csv'), '事業名,要求額\n');
    expect((await cli('check', path('r6.xlsx'), '--previous', path('last.csv'))).err).toContain('CSV');
  });

  it('never writes last year\'s file: --out naming it is refused before any work', async () => {
    const before = readFileSync(path('r5.xlsx'));
    const r = await cli('check', path('r6.xlsx'), '--previous', path('r5.xlsx'), '--out', path('r5.xlsx'), '--overwrite');
    expect(r.code).toBe(2);
    expect(readFileSync(path('r5.xlsx'))).toEqual(before);
  });
});

describe('budget-check submit --previous', () => {
  it('checks with last year as `check` does, and writes the submission sheet', async () => {
    const r = await cli('submit', path('r6.xlsx'), '--previous', path('r5.xlsx'), '--out', path('r6-submission.xlsx'), '--report', path('r6.json'), '--force');
    expect(r.code).toBe(1);
    expect(r.out).toContain('継続 3件（うち名称の変わったもの 1件）、新規 1件、廃止 1件');
    const report = JSON.parse(readFileSync(path('r6.json'), 'utf8'));
    expect(report.previousYear.discontinued).toEqual([{ previousRow: 7, name: '終了する研究事業', number: null }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path('r6-submission.xlsx'));
    expect(workbook.worksheets.length).toBe(1);
  });
});
