/**
 * 「前年度のシート」 in the production pane (dist/) in Debian's Chromium: the demo opens this
 * year's workbook, last year's is chosen from disk and read by the engine in its Web Worker,
 * and the check lists what continues, what is new and what ended. No request leaves the page's
 * origin: both files are read in the browser.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server';

jest.setTimeout(120_000);

const DIST = path.resolve(__dirname, '../../dist');
const HEADER = ['事業名', '区分', '前年度予算額', '要求額', '要望額', '計', '②医療機器・ヘルスケア', '③再生・細胞医療・遺伝子治療', '⑥シーズ開発・研究基盤'];
const SHEETS = {
  'this.xlsx': [
    ['令和6年度 概算要求 医療分野研究開発関連（単位：千円）'],
    HEADER,
    ['医療機器開発推進研究事業', 'AMED', 900_000, 950_000, 0, 950_000, null, null, null],
    ['再生医療実用化研究事業', 'AMED', 3_000_000, 3_100_000, 0, 3_100_000, null, 3_100_000, null],
    ['新しい研究開発事業', 'AMED', 0, 10_000, 0, 10_000, 10_000, null, null],
  ],
  'last.xlsx': [
    ['令和5年度 概算要求 医療分野研究開発関連（単位：千円）'],
    HEADER,
    ['医療機器開発推進研究事業', 'AMED', 800_000, 900_000, 0, 900_000, 600_000, null, 300_000],
    ['再生医療実用化研究事業', 'AMED', 3_000_000, 3_000_000, 0, 3_000_000, null, 3_000_000, null],
    ['終了した研究事業', 'AMED', 100_000, 100_000, 0, 100_000, null, null, 100_000],
  ],
};

let server: StaticServer;
let browser: Browser;
let work: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first (`npm test` does).');
  server = await startStaticServer(DIST);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-check-previous-'));
  for (const [name, rows] of Object.entries(SHEETS)) {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('要求一覧').addRows(rows);
    await workbook.xlsx.writeFile(path.join(work, name));
  }
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

it("reads last year's workbook from disk in the engine's worker and compares the two years", async () => {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin + '/')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const workers: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`${server.origin}/taskpane.html`);

  await page.getByLabel('自分のブックを開く（.xlsx）').setInputFiles(path.join(work, 'this.xlsx'));
  const check = page.getByRole('button', { name: '検証', exact: true });
  await check.waitFor();
  await page.getByLabel('前年度のシートをファイルから選ぶ').setInputFiles(path.join(work, 'last.xlsx'));
  await page.getByText('前年度のシート: last.xlsx「要求一覧」（要求表・令和5年度・事業 3 件）').waitFor();

  await check.click();
  await page.getByText(/^検証が終わりました。/).waitFor();
  await page.getByRole('heading', { name: '前年度との比較' }).waitFor();
  await page.getByText('継続 2 件、新規 1 件、廃止 1 件').waitFor();
  expect(await page.getByText('前年度 5 行目 終了した研究事業').count()).toBe(1);
  // The split 事業 of last year: its two projects offered with their parts of this year's amount.
  await page.getByRole('button', { name: /3 行目 医療機器開発推進研究事業/ }).click();
  await page.getByText('統合プロジェクト: ②医療機器・ヘルスケアプロジェクト 633,333千円、⑥シーズ開発・研究基盤プロジェクト 316,667千円（確度 高）', { exact: true }).waitFor();

  expect(workers.some((url) => url.startsWith(server.origin))).toBe(true);
  // Office.js is not reachable here (the demo's case); nothing else was asked for outside.
  expect(outside.filter((url) => !url.includes('appsforoffice.microsoft.com'))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
