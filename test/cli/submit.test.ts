import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { checkSheet } from '../../src/domain/engine/check';
import { loadPacks } from '../../src/domain/policy/registry';
import { DEFAULT_LAYOUT } from '../../src/domain/submission';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';
import { libreOfficeCsv } from '../helpers/libreoffice';

const SAMPLES = join(__dirname, '..', '..', 'samples');
let dir: string;
const path = (name: string) => join(dir, name);

async function submit(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['submit', ...args], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(DEFAULT_LAYOUT.sheetName);
  if (!sheet) throw new Error(`${file} has no sheet ${DEFAULT_LAYOUT.sheetName}`);
  return sheet;
}

function texts(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && out.push(cell.value)));
  return out;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'budget-submit-'));
  copyFileSync(join(SAMPLES, 'sample-r6-clean.xlsx'), path('clean.xlsx'));
  copyFileSync(join(SAMPLES, 'sample-r6-with-mistakes.xlsx'), path('mistakes.xlsx'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('budget-check submit', () => {
  it('a clean sheet: exit 0, the submission workbook written, the input byte-for-byte unchanged', async () => {
    const before = readFileSync(path('clean.xlsx'));
    const r = await submit(path('clean.xlsx'), '--out', path('out.xlsx'), '--ministry', '厚労省');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`提出用シート「${DEFAULT_LAYOUT.sheetName}」を ${path('out.xlsx')} に書き込みました（事業 14 件）`);
    expect(readFileSync(path('clean.xlsx'))).toEqual(before);
    const all = texts(await sheetOf(path('out.xlsx')));
    expect(all.some((t) => t.includes('厚生労働省'))).toBe(true);
    expect(all.some((t) => t.startsWith(DEFAULT_LAYOUT.header.statusProvisional))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['clean.xlsx', 'mistakes.xlsx', 'out.xlsx']);
  });

  it('LibreOffice recalculates the written totals to what the engine computed for the same file', async () => {
    await submit(path('clean.xlsx'), '--out', path('out.xlsx'));
    const grid = await (await XlsxWorkbookSource.fromBuffer(new Uint8Array(readFileSync(path('clean.xlsx'))))).readSheet('R6概算要求');
    const report = checkSheet(grid, { packs: loadPacks(), locale: 'ja' });
    const csv = (await libreOfficeCsv(new Uint8Array(readFileSync(path('out.xlsx'))))).get(DEFAULT_LAYOUT.sheetName);
    const grand = csv?.find((row) => row.slice(0, 2).includes(DEFAULT_LAYOUT.summary.allLabel));
    expect(grand).toBeDefined();
    const numbers = (grand ?? []).map(Number);
    expect(numbers).toContain(report.totals.all.total);
    expect(numbers).toContain(report.totals.all.previous);
    expect(numbers).toContain(report.totals.all.change);
  }, 120_000);

  it('errors in the sheet: exit 1, the findings printed, and nothing written', async () => {
    const r = await submit(path('mistakes.xlsx'), '--out', path('out.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/I22\s+エラー\s+subtotal-mismatch/);
    expect(r.err).toMatch(/エラーが \d+ 件あるため提出用シートを作成しませんでした/);
    expect(existsSync(path('out.xlsx'))).toBe(false);
  });

  it('--report saves the JSON report even when the sheet is refused', async () => {
    const r = await submit(path('mistakes.xlsx'), '--out', path('out.xlsx'), '--report', path('report.json'));
    expect(r.code).toBe(1);
    expect(existsSync(path('out.xlsx'))).toBe(false);
    const saved = JSON.parse(readFileSync(path('report.json'), 'utf8'));
    expect(saved.status).toBe('errors');
    expect(saved.findings.filter((f: { severity: string }) => f.severity === 'error').length).toBe(saved.summary.errors);
  });

  it('--force writes the sheet anyway, marked 未確定（エラーあり）, and still exits 1', async () => {
    const r = await submit(path('mistakes.xlsx'), '--out', path('draft.xlsx'), '--force', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('provisional');
    expect(texts(await sheetOf(path('draft.xlsx'))).some((t) => t.startsWith(DEFAULT_LAYOUT.header.statusProvisional))).toBe(true);
  });

  it('never overwrites: the input itself, or an existing file without --overwrite', async () => {
    const input = readFileSync(path('clean.xlsx'));
    const same = await submit(path('clean.xlsx'), '--out', path('clean.xlsx'), '--overwrite');
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/は入力ファイルです。入力ファイルは変更しません/);
    expect(readFileSync(path('clean.xlsx'))).toEqual(input);

    writeFileSync(path('taken.xlsx'), 'keep me');
    const taken = await submit(path('clean.xlsx'), '--out', path('taken.xlsx'));
    expect(taken.code).toBe(2);
    expect(taken.err).toMatch(/はすでにあります。.*--overwrite/);
    expect(readFileSync(path('taken.xlsx'), 'utf8')).toBe('keep me');

    const replaced = await submit(path('clean.xlsx'), '--out', path('taken.xlsx'), '--overwrite');
    expect(replaced.code).toBe(0);
    expect(texts(await sheetOf(path('taken.xlsx'))).length).toBeGreaterThan(10);
  });

  it.each([
    ['no --out', ['clean.xlsx'], /--out OUT\.xlsx を指定してください。'budget-check submit --help' を参照してください。/],
    ['no --out (en)', ['clean.xlsx', '--lang', 'en'], /--out OUT\.xlsx is required/],
    ['--out not .xlsx', ['clean.xlsx', '--out', 'out.csv'], /--out には \.xlsx ファイルを指定してください/],
    ['--out not .xlsx (en)', ['clean.xlsx', '--out', 'out.csv', '--lang', 'en'], /--out must name a \.xlsx file/],
    ['a folder that does not exist', ['clean.xlsx', '--out', 'nowhere/out.xlsx'], /のフォルダーがありません/],
    ['an unknown year', ['clean.xlsx', '--out', 'out.xlsx', '--year', 'R9'], /年度「R9」の方針がありません/],
    ['an unknown ministry', ['clean.xlsx', '--out', 'out.xlsx', '--ministry', '宇宙省'], /府省「宇宙省」が分かりません（.*厚生労働省/],
    ['an unknown ministry (en)', ['clean.xlsx', '--out', 'out.xlsx', '--ministry', '宇宙省', '--lang', 'en'], /unknown ministry '宇宙省' \(known: .*厚生労働省/],
    ['--report not .json (it could be the input)', ['clean.xlsx', '--out', 'out.xlsx', '--report', 'clean.xlsx'], /--report には \.json ファイルを指定してください/],
    ['a flag with a value', ['clean.xlsx', '--out', 'out.xlsx', '--force=yes'], /'--force' には値を付けません/],
    ['a flag with a value (en)', ['clean.xlsx', '--out', 'out.xlsx', '--force=yes', '--lang=en'], /'--force' takes no value/],
    ['a missing input', ['missing.xlsx', '--out', 'out.xlsx'], /ファイルがありません/],
  ])('%s: exit 2 with a message and nothing written', async (_label, args, message) => {
    const resolved = args.map((a) => (a.endsWith('.xlsx') || a.endsWith('.csv') ? path(a) : a));
    const r = await submit(...resolved);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(readdirSync(dir).sort()).toEqual(['clean.xlsx', 'mistakes.xlsx']);
  });
});
