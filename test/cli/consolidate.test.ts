import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';
import { CONSOLIDATION_LAYOUT } from '../../src/domain/consolidation';

const SAMPLES = join(__dirname, '..', '..', 'samples');
let dir: string;
const path = (name: string) => join(dir, name);

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

async function texts(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(CONSOLIDATION_LAYOUT.base.sheetName);
  if (!sheet) throw new Error(`${file} has no consolidated sheet`);
  const all: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && all.push(cell.value)));
  return all;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'budget-consolidate-'));
  for (const f of ['r6-mext.xlsx', 'r6-mhlw.xlsx', 'r6-meti.xlsx', 'sample-r6-with-mistakes.xlsx']) copyFileSync(join(SAMPLES, f), path(f));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('budget-check consolidate', () => {
  it('three ministries: exit 0, one consolidated workbook, the R6 §2 warning, inputs unchanged', async () => {
    const before = readFileSync(path('r6-mhlw.xlsx'));
    const r = await cli('consolidate', path('r6-mext.xlsx'), path('r6-mhlw.xlsx'), path('r6-meti.xlsx'), '--out', path('all.xlsx'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('文部科学省: r6-mext.xlsx（要求表を検証・事業 8 件');
    expect(r.out).toContain('経済産業省: r6-meti.xlsx（要求表を検証・事業 5 件');
    expect(r.out).toContain('[警告] similar-project r6-meti.xlsx B4: 厚生労働省の「医療機器等における先進的研究開発・開発体制強靱化事業」');
    expect(r.out).toContain(`3 府省の取りまとめシート「${CONSOLIDATION_LAYOUT.base.sheetName}」を ${path('all.xlsx')} に書き込みました。`);
    expect(readFileSync(path('r6-mhlw.xlsx'))).toEqual(before);
    const all = await texts(path('all.xlsx'));
    expect(all).toContain('文部科学省・厚生労働省・経済産業省');
    expect(all).toContain(CONSOLIDATION_LAYOUT.base.header.statusFinal);
  });

  it("a submission sheet written by submit is read back in a ministry's place", async () => {
    expect((await cli('submit', path('r6-mhlw.xlsx'), '--out', path('mhlw-submission.xlsx'))).code).toBe(0);
    const r = await cli('consolidate', path('r6-mext.xlsx'), path('mhlw-submission.xlsx'), '--out', path('all.xlsx'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('厚生労働省: mhlw-submission.xlsx (submission sheet, read back; 7 programs, 0 errors, 0 warnings)');
    expect(existsSync(path('all.xlsx'))).toBe(true);
  });

  it('the same ministry twice: exit 1, nothing written, even with --force', async () => {
    const r = await cli('consolidate', path('r6-mhlw.xlsx'), path('sample-r6-with-mistakes.xlsx'), '--out', path('all.xlsx'), '--force');
    expect(r.code).toBe(1);
    expect(r.out).toContain('[エラー] ministry-twice');
    expect(r.err).toContain('ファイルは書き込んでいません');
    expect(existsSync(path('all.xlsx'))).toBe(false);
  });

  it('an input with errors: refused; with --force written and marked 未確定', async () => {
    const args = ['consolidate', path('r6-mext.xlsx'), path('sample-r6-with-mistakes.xlsx'), '--out', path('all.xlsx')];
    const refused = await cli(...args);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/\[エラー\] input-has-errors sample-r6-with-mistakes\.xlsx: sample-r6-with-mistakes\.xlsx（厚生労働省）の検証にエラーが \d+ 件残っています/);
    expect(existsSync(path('all.xlsx'))).toBe(false);
    const forced = await cli(...args, '--force');
    expect(forced.code).toBe(1);
    expect(forced.err).toContain('未確定（エラーあり）');
    expect(await texts(path('all.xlsx'))).toContain(CONSOLIDATION_LAYOUT.base.header.statusProvisional);
  });

  it('--ministry names the ministry of an input the sheet does not say', async () => {
    copyFileSync(path('r6-meti.xlsx'), path('request.xlsx'));
    const unknown = await cli('consolidate', path('r6-mext.xlsx'), path('request.xlsx'), '--out', path('all.xlsx'));
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('[エラー] ministry-unknown request.xlsx: request.xlsx がどの府省の要求か分かりません');
    const given = await cli('consolidate', path('r6-mext.xlsx'), path('request.xlsx'), '--out', path('all.xlsx'), '--ministry', 'request.xlsx=経産省');
    expect(given.code).toBe(0);
    expect(given.out).toContain('経済産業省: request.xlsx');
  });

  it.each([
    [['--out', 'x.xlsx'], "ファイルが指定されていません。'budget-check consolidate --help' を参照してください。"],
    [['--out', 'x.xlsx', '--lang', 'en'], "no file given. See 'budget-check consolidate --help'."],
    [['a.xlsx'], "--out ALL.xlsx を指定してください。'budget-check consolidate --help' を参照してください。"],
    [['a.xlsx', '--lang=en'], '--out ALL.xlsx is required'],
    [['a.xlsx', 'b.xlsx', '--out', 'x.xlsx', '--ministry', '厚労省'], '--ministry 厚労省: 入力ファイルが複数あるときは、どのファイルの府省か指定してください: --ministry FILE.xlsx=厚労省'],
    [['a.xlsx', 'b.xlsx', '--out', 'x.xlsx', '--ministry', '厚労省', '--lang', 'en'], 'with several inputs, say which file'],
    [['a.xlsx', '--out', 'x.xlsx', '--ministry', 'c.xlsx=厚労省'], '--ministry c.xlsx=厚労省: c.xlsx は入力ファイルではありません'],
    [['a.xlsx', '--out', 'x.xlsx', '--ministry', 'c.xlsx=厚労省', '--lang', 'en'], 'c.xlsx is not one of the inputs'],
    [['a.xlsx', '--out', 'x.xlsx', '--ministry', '厚労省', '--ministry', 'a.xlsx=文科省'], 'a.xlsx に --ministry が2回指定されています'],
    [['a.xlsx', '--out', 'x.xlsx', '--year', 'R9'], '年度「R9」の方針がありません'],
    [['a.xlsx', '--out', 'x.xlsx', '--year', 'R9', '--lang', 'en'], "unknown year 'R9'"],
    [['a.xlsx', '--out', 'x.xlsx', '--colour'], "'--colour' というオプションはありません。'budget-check consolidate --help' を参照してください。"],
    [['a.xlsx', '--out', 'x.xlsx', '--colour', '--lang', 'en'], "unknown option '--colour'. See 'budget-check consolidate --help'."],
    [['a.xlsx', '--out', 'x.xlsx', '--out', 'y.xlsx'], "'--out' が2回指定されています"],
  ])('arguments %j: exit 2 with a message', async (args, message) => {
    const r = await cli('consolidate', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^budget-check consolidate: /);
    expect(r.err).toContain(message);
  });

  it('an unknown --ministry, a missing file or an --out that is an input: exit 2, nothing written', async () => {
    expect((await cli('consolidate', path('r6-mext.xlsx'), '--out', path('all.xlsx'), '--ministry', '農水省')).err).toContain('府省「農水省」が分かりません');
    expect((await cli('consolidate', path('nope.xlsx'), '--out', path('all.xlsx'))).err).toContain('ファイルがありません');
    expect((await cli('consolidate', path('r6-mext.xlsx'), path('r6-meti.xlsx'), '--out', path('r6-meti.xlsx'), '--overwrite')).err).toContain('は入力ファイルです。入力ファイルは変更しません');
    expect(readdirSync(dir).sort()).toEqual(['r6-meti.xlsx', 'r6-mext.xlsx', 'r6-mhlw.xlsx', 'sample-r6-with-mistakes.xlsx']);
  });
});
