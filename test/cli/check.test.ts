import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run';

const FIXTURES = join(__dirname, 'fixtures');
const HEADER = ['事業名', '区分', '前年度予算額', '要求額', '要望額', '要求・要望額', '統合プロジェクト', '事業概要'];
const CLEAN_ROWS = [
  ['再生医療実用化研究事業', 'AMED', 3_000_000, 3_000_000, 0, 3_000_000, '再生・細胞医療・遺伝子治療', '再生医療の実用化に向けた研究開発'],
  ['医療機器開発推進研究事業', 'AMED', 900_000, 900_000, 0, 900_000, '医療機器・ヘルスケア', '医療機器の開発'],
];
/** Row 6 of the sheet: 要求・要望額 ≠ 要求 + 要望. */
const FAULTY_ROW = ['創薬支援推進事業', 'AMED', 100_000, 100_000, 20_000, 150_000, '医薬品', '創薬支援'];

let dir: string;
const path = (name: string) => join(dir, name);

async function writeWorkbook(file: string, sheets: Record<string, (string | number)[][]>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  await workbook.xlsx.writeFile(file);
}

function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

function utf16le(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check', ...args], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'budget-check-'));
  const title = ['令和6年度 概算要求 医療分野研究開発関連（単位：千円）'];
  await writeWorkbook(path('clean.xlsx'), { 厚生労働省: [title, [], HEADER, ...CLEAN_ROWS] });
  await writeWorkbook(path('faulty.xlsx'), {
    表紙: [['医療分野研究開発関連予算']],
    要求一覧: [title, [], HEADER, ...CLEAN_ROWS, FAULTY_ROW],
  });
  writeFileSync(path('empty.xlsx'), '');
  writeFileSync(path('list.csv'), '事業名,要求額\n認知症研究開発事業,"1,045,895"\n');
  writeFileSync(path('truncated.xlsx'), bytesOf(path('clean.xlsx')).subarray(0, 200));
  // What the detection looks at in an encrypted OOXML file: an OLE compound file holding the
  // EncryptionInfo and EncryptedPackage streams (directory names in UTF-16LE).
  const ole = new Uint8Array(2048);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ole.set(utf16le('EncryptionInfo'), 1024);
  ole.set(utf16le('EncryptedPackage'), 1152);
  writeFileSync(path('protected.xlsx'), ole);
  copyFileSync(join(FIXTURES, 'legacy-format.xls'), path('legacy.xls'));
  mkdirSync(path('folder.xlsx'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('budget-check check', () => {
  it('a clean sheet: exit 0, a Japanese summary by default', async () => {
    const r = await cli(path('clean.xlsx'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ファイル: clean.xlsx (シート: 厚生労働省');
    expect(r.out).toContain('方針: 令和6年度医療分野の研究開発関連予算等の資源配分方針 (R6, 2023-06-26 決定) — シートの表題の年度から判定');
    expect(r.out).toMatch(/結果: エラー 0件/);
    expect(r.out).toMatch(/AMED対象経費\s+3,900,000/);
    expect(r.out).toMatch(/再生・細胞医療・遺伝子治療プロジェクト\s+3,000,000/);
  });

  it('errors in the sheet: exit 1 and a findings table with cell, severity, rule and message', async () => {
    const r = await cli(path('faulty.xlsx'), '--sheet', '要求一覧');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/F6\s+エラー\s+total-mismatch\s+F6の要求・要望額 150,000千円が/);
  });

  it('--lang en speaks English', async () => {
    const r = await cli(path('faulty.xlsx'), '--sheet=要求一覧', '--lang', 'en');
    expect(r.out).toContain("guessed from the sheet's title");
    expect(r.out).toMatch(/F6\s+error\s+total-mismatch\s+F6: the total 150,000 does not equal/);
  });

  it('--format json prints the report: summary, policy, unit, findings and rows as the issue lists them', async () => {
    const r = await cli(path('faulty.xlsx'), '--sheet', '要求一覧', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.summary).toMatchObject({ errors: expect.any(Number), warnings: expect.any(Number), infos: expect.any(Number), rows: 3 });
    expect(report.policy).toMatchObject({ id: 'R6', chosenBy: 'sheet' });
    expect(report.unit).toBe('千円');
    expect(report.input).toEqual({ file: 'faulty.xlsx', sheet: '要求一覧', sha256: createHash('sha256').update(bytesOf(path('faulty.xlsx'))).digest('hex'), range: expect.any(String) });
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'total-mismatch', severity: 'error', sheet: '要求一覧', cell: 'F6', row: 6, message: expect.stringContaining('150,000千円') }));
    expect(report.rows[0]).toMatchObject({
      row: 4,
      name: '再生医療実用化研究事業',
      category: 'amed',
      previous: 3_000_000,
      request: 3_000_000,
      priorityRequest: 0,
      total: 3_000_000,
      projects: [{ name: '再生・細胞医療・遺伝子治療プロジェクト', amount: 3_000_000 }],
      basis: 'declared',
    });
    for (const row of report.rows) {
      expect(row).toEqual(expect.objectContaining({ suggestions: expect.any(Array), priorityAreas: expect.any(Array), diseaseAreas: expect.any(Array), purposes: expect.any(Array) }));
    }
  });

  it('--format json quotes each policy passage once: reasons point into citations', async () => {
    const r = await cli(path('clean.xlsx'), '--format', 'json');
    const report = JSON.parse(r.out);
    const reasons = report.rows.flatMap((row: { suggestions: { reasons: { citation?: number }[] }[] }) => row.suggestions.flatMap((s) => s.reasons));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) if (reason.citation !== undefined) expect(report.citations[reason.citation]).toEqual({ section: expect.any(String), text: expect.any(String) });
    expect(new Set(report.citations.map((c: { text: string }) => c.text)).size).toBe(report.citations.length);
    expect(report.rows[0]).not.toHaveProperty('classification');
  });

  it('--detail adds each row\'s classification, its reasons also pointing into citations', async () => {
    const r = await cli(path('clean.xlsx'), '--format', 'json', '--detail');
    const report = JSON.parse(r.out);
    expect(report.rows[0].classification).toMatchObject({ rowNumber: 4, basis: 'declared', suggestions: expect.any(Array), priorityAreas: expect.any(Array) });
    for (const s of report.rows[0].classification.suggestions) for (const reason of s.reasons) expect(typeof (reason.citation ?? 0)).toBe('number');
  });

  it('--out writes the JSON report as well', async () => {
    const r = await cli(path('clean.xlsx'), '--out', path('report.json'));
    expect(r.code).toBe(0);
    const saved = JSON.parse(readFileSync(path('report.json'), 'utf8'));
    expect(saved.input.file).toBe('clean.xlsx');
    expect(saved.status).not.toBe('errors');
  });

  it('--year overrides the title', async () => {
    const r = await cli(path('clean.xlsx'), '--year', 'R4', '--format', 'json');
    expect(JSON.parse(r.out).policy).toMatchObject({ id: 'R4', chosenBy: 'argument' });
  });

  it('the first sheet by default', async () => {
    const r = await cli(path('faulty.xlsx'), '--format', 'json');
    const report = JSON.parse(r.out);
    expect(report.input.sheet).toBe('表紙');
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['header-not-found']);
  });

  it.each([
    ['no file', [], /ファイルが指定されていません。'budget-check check --help' を参照してください。/],
    ['no file (en)', ['--lang', 'en'], /no file given. See 'budget-check check --help'/],
    ['two files', ['a.xlsx', 'b.xlsx'], /ファイルは1つずつ指定してください（2 個指定されています: .*a\.xlsx, .*b\.xlsx）/],
    ['two files (en)', ['a.xlsx', 'b.xlsx', '--lang=en'], /one file at a time \(got 2: .*a\.xlsx, .*b\.xlsx\)/],
    ['a missing file', ['nowhere.xlsx'], /ファイルがありません: .*nowhere\.xlsx/],
    ['a directory', ['folder.xlsx'], /はフォルダーです/],
    ['an empty file', ['empty.xlsx'], /は空のファイルです/],
    ['a CSV file', ['list.csv'], /CSV\/テキストのファイルです/],
    ['a truncated .xlsx', ['truncated.xlsx'], /Excel ファイル \(\.xlsx\) として読めません/],
    ['a zip that is no workbook', [join(FIXTURES, 'zip-but-not-workbook.xlsx')], /Excel ファイル \(\.xlsx\) として読めません/],
    ['a password-protected file', ['protected.xlsx'], /パスワードで保護されています/],
    ['an .xls file', ['legacy.xls'], /旧形式 \(\.xls\)/],
    ['an .xls file (en)', ['legacy.xls', '--lang', 'en'], /old-format \.xls workbook; save it as \.xlsx/],
    ['an unknown sheet', ['faulty.xlsx', '--sheet', '別表'], /シート「別表」がありません \(シート: "表紙", "要求一覧"\)/],
    ['an unknown year', ['clean.xlsx', '--year', 'R9'], /年度「R9」の方針がありません（R4, R6。製品に入っていない年度には --pack FILE.json が必要です）/],
    ['an unknown year (en)', ['clean.xlsx', '--year', 'R9', '--lang', 'en'], /unknown year 'R9' \(known: R4, R6; a year without a bundled pack needs --pack FILE.json\)/],
    ['an unknown option', ['clean.xlsx', '--strict'], /'--strict' というオプションはありません。'budget-check check --help' を参照してください。/],
    ['an unknown option (en)', ['clean.xlsx', '--strict', '--lang', 'en'], /unknown option '--strict'. See 'budget-check check --help'/],
    ['a bad language', ['clean.xlsx', '--lang', 'fr'], /--lang に 'fr' は指定できません（ja か en）/],
    ['a bad format', ['clean.xlsx', '--format', 'xml'], /--format に 'xml' は指定できません（text か json）/],
    ['a bad format (en)', ['clean.xlsx', '--format', 'xml', '--lang', 'en'], /unknown format 'xml' \(text or json\)/],
    ['an option without its value', ['clean.xlsx', '--sheet'], /'--sheet' には値が必要です/],
    ['an option without its value (en)', ['clean.xlsx', '--lang=en', '--sheet'], /'--sheet' needs a value/],
    ['an option twice', ['clean.xlsx', '--lang', 'ja', '--lang=en'], /'--lang' is given twice/],
    ['a flag twice', ['clean.xlsx', '--detail', '--detail'], /'--detail' が2回指定されています/],
    ['a flag twice (en)', ['clean.xlsx', '--detail', '--detail', '--lang', 'en'], /'--detail' is given twice/],
    ['a flag with a value', ['clean.xlsx', '--detail=yes'], /'--detail' には値を付けません/],
    ['a flag with a value (en)', ['clean.xlsx', '--detail=yes', '--lang', 'en'], /'--detail' takes no value/],
    ['an --out in no folder', ['clean.xlsx', '--out', join('no-such-dir', 'r.json')], /のフォルダーがありません/],
  ])('%s: exit 2 with a clear message and no stack trace', async (_name, args, message) => {
    const resolved = args.map((a) => (/\.(xlsx|xls|csv)$/.test(a) && !a.includes('/') ? path(a) : a));
    const r = await cli(...resolved);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/^budget-check check: /);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.err).not.toContain('internal error');
  });

  describe('--mapping: the header rows and columns the pane saves, for a sheet whose header is not recognised', () => {
    const mapping = {
      version: 1,
      headerTop: 0,
      headerBottom: 0,
      unit: '千円',
      columns: [
        { col: 0, role: 'name', header: '名称' },
        { col: 1, role: 'request', header: '金額' },
      ],
    };
    beforeAll(async () => {
      await writeWorkbook(path('odd-header.xlsx'), { S: [['名称', '金額'], ['再生医療実用化研究事業', 3_000_000]] });
      writeFileSync(path('mapping.json'), JSON.stringify(mapping));
      writeFileSync(path('bad-mapping.json'), JSON.stringify({ ...mapping, headerTop: -1 }));
    });

    it('without it, the finding tells CLI users about --mapping', async () => {
      const r = await cli(path('odd-header.xlsx'));
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/header-not-found .*コマンドラインでは --mapping FILE\.json で/);
    });

    it('with it, the rows are read through the given columns', async () => {
      const r = await cli(path('odd-header.xlsx'), '--mapping', path('mapping.json'), '--format', 'json');
      const report = JSON.parse(r.out);
      expect(report.summary.rows).toBe(1);
      expect(report.rows[0]).toMatchObject({ name: '再生医療実用化研究事業', request: 3_000_000 });
      expect(report.findings.map((f: { rule: string }) => f.rule)).not.toContain('header-not-found');
    });

    it('an invalid mapping is exit 2 naming the field; the mapping file is never an output', async () => {
      const bad = await cli(path('odd-header.xlsx'), '--mapping', path('bad-mapping.json'));
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/--mapping .*bad-mapping\.json は列の対応として読めません: headerTop が範囲外です.*作業ウィンドウが保存するのと同じ形式/);
      const onto = await cli(path('odd-header.xlsx'), '--mapping', path('mapping.json'), '--out', path('mapping.json'), '--overwrite');
      expect(onto.code).toBe(2);
      expect(onto.err).toMatch(/は入力ファイルです/);
      expect(JSON.parse(readFileSync(path('mapping.json'), 'utf8'))).toEqual(mapping);
    });
  });

  it('--out never replaces the input, an existing file only with --overwrite', async () => {
    const input = readFileSync(path('clean.xlsx'));
    const onto = await cli(path('clean.xlsx'), '--out', path('clean.xlsx'));
    expect(onto.code).toBe(2);
    expect(readFileSync(path('clean.xlsx'))).toEqual(input);
    writeFileSync(path('taken.json'), 'keep me');
    const taken = await cli(path('clean.xlsx'), '--out', path('taken.json'));
    expect(taken.code).toBe(2);
    expect(taken.err).toMatch(/はすでにあります。.*--overwrite/);
    expect(readFileSync(path('taken.json'), 'utf8')).toBe('keep me');
    expect((await cli(path('clean.xlsx'), '--out', path('taken.json'), '--overwrite')).code).toBe(0);
    expect(JSON.parse(readFileSync(path('taken.json'), 'utf8')).input.file).toBe('clean.xlsx');
  });

  it('--help prints the usage, in Japanese unless --lang en', async () => {
    const synopsis = 'budget-check check FILE.xlsx [--sheet NAME] [--year R4|R6] [--pack FILE.json]… [--replace-bundled] [--previous LAST.xlsx] [--lang ja|en] [--format text|json] [--out REPORT.json]';
    const ja = await cli('--help');
    expect(ja.code).toBe(0);
    expect(ja.out).toContain(`使い方: ${synopsis}`);
    const en = await cli('--help', '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.out).toContain(`Usage: ${synopsis}`);
  });
});
