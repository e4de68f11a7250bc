import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import type { PackFile } from '../../src/domain/policy/pack-file';

/** budget-check pack validate|draft|diff, and check/submit --pack: a year without a release. */

const ROOT = join(__dirname, '..', '..');
const R6_FILE = join(ROOT, 'src', 'domain', 'policy', 'packs', 'R6.json');
const R6_TEXT = join(ROOT, 'src', 'domain', 'policy', 'sources', 'R6-FY2024-resource-allocation-policy.txt');
const R7_TEXT = join(ROOT, 'test', 'fixtures', 'policy', 'R7-test-policy.txt');
const SAMPLE = join(ROOT, 'samples', 'sample-r6-clean.xlsx');

let dir: string;
const path = (name: string) => join(dir, name);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let code: number;
  try {
    code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  } catch (error) {
    // What main.ts does with a thrown error: one line, exit 2 (never a stack trace).
    err.push((error as Error).message);
    code = 2;
  }
  return { code, out: out.join(''), err: err.join('') };
}

const r6 = (): PackFile => JSON.parse(readFileSync(R6_FILE, 'utf8')) as PackFile;
function writePack(name: string, edit: (file: PackFile) => void): string {
  const file = r6();
  edit(file);
  writeFileSync(path(name), JSON.stringify(file));
  return path(name);
}

describe('budget-check pack validate', () => {
  it('accepts a bundled pack file, with its title and hash', async () => {
    const { code, out } = await cli('pack', 'validate', R6_FILE);
    expect(code).toBe(0);
    expect(out).toMatch(/^OK .*R6 令和6年度医療分野の研究開発関連予算等の資源配分方針（令和5年6月26日、統合プロジェクト 6、SHA-256 [0-9a-f]{64}）/);
  });

  it.each<[string, () => string, RegExp]>([
    ['not JSON', () => (writeFileSync(path('a.json'), '{"schemaVersion": 2,'), path('a.json')), /（ファイル全体）: JSON として読めません/],
    ['wrong shape: a field missing', () => writePack('b.json', (f) => delete (f.policy as Partial<PackFile['policy']>).title), /policy\.title: ここには文字列（"…"）を書いてください/],
    ['wrong shape: an unknown field', () => writePack('c.json', (f) => Object.assign(f.curated, { termz: [] })), /curated: 知らない項目 termz: 綴りを直すか削除してください/],
    ['wrong shape: a bad id', () => writePack('d.json', (f) => (f.id = '7')), /^ {2}id: R と令和の年数を書いてください（例: R7）/m],
    ['duplicate ids', () => writePack('e.json', (f) => (f.policy.projects[1].id = 'pharma')), /policy\.projects\[1\]\.id: id「pharma」が重複しています/],
    ['a citation not in its text', () => writePack('f.json', (f) => (f.policy.projects[0].citation.text = '医薬品の研究をがんばる。')), /policy\.projects\[0\]\.citation\.text: この引用は節「5\(1\)①」の本文にありません/],
    ['a priority area without a section', () => writePack('g.json', (f) => (f.policy.priorityAreas[0].section = '9')), /policy\.priorityAreas\[0\]\.section: 節「9」は policy\.sections にありません/],
    ['a year said two ways', () => writePack('y.json', (f) => (f.id = 'R7')), /^ {2}id: 年度が fiscalYear と合いません。R6 と書いてください/m],
    ['a TODO left', () => writePack('h.json', (f) => (f.curated.projects[0].terms = ['TODO'])), /curated\.projects\[0\]\.terms\[0\]: TODO が残っています/],
  ])('%s: names the problem at its JSON path and what to write (exit 1, no crash)', async (_name, make, expected) => {
    const { code, out } = await cli('pack', 'validate', make());
    expect(code).toBe(1);
    expect(out).toMatch(expected);
    expect(out).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('speaks English with --lang en', async () => {
    const { out } = await cli('pack', 'validate', writePack('en.json', (f) => (f.policy.priorityAreas[0].section = '9')), '--lang', 'en');
    expect(out).toContain("policy.priorityAreas[0].section: section '9' is not in policy.sections: write a section number the text has");
  });
});

describe('budget-check pack draft', () => {
  it('writes a draft through the one writer: never over a file without --overwrite, never over its input', async () => {
    const first = await cli('pack', 'draft', R7_TEXT, '--out', path('R7.json'));
    expect(first.code).toBe(0);
    expect(first.out).toContain('R7（令和7年度医療分野の研究開発関連予算等の資源配分方針）の下書きを書きました: 節');
    expect(first.out).toMatch(/TODO \d+ 件/);
    const draft = JSON.parse(readFileSync(path('R7.json'), 'utf8')) as PackFile;
    expect(draft.policy.projects).toHaveLength(8);

    const again = await cli('pack', 'draft', R7_TEXT, '--out', path('R7.json'));
    expect(again.code).toBe(2);
    expect(again.err).toContain('--overwrite');
    expect((await cli('pack', 'draft', R7_TEXT, '--out', path('R7.json'), '--overwrite')).code).toBe(0);

    copyFileSync(R7_TEXT, path('R7.txt'));
    const before = readFileSync(path('R7.txt'));
    const self = await cli('pack', 'draft', path('R7.txt'), '--out', path('R7.txt'), '--overwrite');
    expect(self.code).toBe(2);
    expect(readFileSync(path('R7.txt'))).toEqual(before);
  });

  it('a draft with TODOs is refused by validate and by check --pack until they are resolved', async () => {
    await cli('pack', 'draft', R7_TEXT, '--out', path('R7.json'));
    expect((await cli('pack', 'validate', path('R7.json'))).out).toMatch(/^ {2}todo: 未解決の TODO が残っています/m);
    const check = await cli('check', SAMPLE, '--pack', path('R7.json'));
    expect(check.code).toBe(2);
    expect(check.err).toContain('curated.planPeriod.name: TODO が残っています');
  });
});

describe('budget-check pack diff', () => {
  it('lists projects, priority areas and sections that changed from R6 to a draft of R7', async () => {
    await cli('pack', 'draft', R7_TEXT, '--out', path('R7.json'));
    const { code, out } = await cli('pack', 'diff', 'R6', path('R7.json'));
    expect(code).toBe(0);
    expect(out).toMatch(/^R6 → R7: 変更 \d+ 件/);
    expect(out).toContain('+ 統合プロジェクト ④感染症プロジェクト');
    expect(out).toContain('- 統合プロジェクト ④ゲノム・データ基盤プロジェクト');
    expect(out).toContain('~ 節 5(1) の見出し: 6つの統合プロジェクト → 8つの統合プロジェクト');
    expect(out).toContain('+ 重点（5(1)④）令和7年度においては、重点感染症に対する');
    // The same sentence in both years (but for the year's own number) is no change.
    expect(out).not.toContain('GAPFREE');
  });

  it('finds nothing between a year and itself', async () => {
    expect((await cli('pack', 'diff', 'R6', R6_FILE)).out).toBe('R6 → R6: 変更 0 件\n');
  });
});

describe('check and submit --pack', () => {
  it('checks with a loaded pack of a new year, and says which file stands for it', async () => {
    const { code, out, err } = await cli('check', SAMPLE, '--pack', R6_FILE, '--replace-bundled', '--format', 'json');
    expect(code).toBe(0);
    expect(err).toMatch(/^方針ファイル .*R6\.json: R6 令和6年度医療分野の研究開発関連予算等の資源配分方針（SHA-256 [0-9a-f]{16}…）/);
    expect(JSON.parse(out).policy.id).toBe('R6');
  });

  it('uses a pack of a bundled year only when told to (--replace-bundled)', async () => {
    const { code, err } = await cli('check', SAMPLE, '--pack', R6_FILE);
    expect(code).toBe(2);
    expect(err).toContain('--replace-bundled');
  });

  it('refuses a bad pack before reading the sheet, naming the JSON path', async () => {
    const bad = writePack('bad.json', (f) => (f.policy.priorityAreas[0].section = '9'));
    const { code, err } = await cli('submit', SAMPLE, '--pack', bad, '--out', path('out.xlsx'));
    expect(code).toBe(2);
    expect(err).toContain('policy.priorityAreas[0].section: 節「9」は policy.sections にありません');
  });

  it('a draft of R7, its TODOs filled, checks a sheet as 令和7年度 with eight projects', async () => {
    await cli('pack', 'draft', R7_TEXT, '--out', path('R7.json'));
    const draft = JSON.parse(readFileSync(path('R7.json'), 'utf8')) as PackFile;
    draft.curated.planPeriod = { name: '第3期', source: 'テスト用の記入' };
    for (const p of draft.curated.projects) if (p.terms.includes('TODO')) p.terms = [p.shortName];
    draft.curated.priorityAreas.forEach((a, i) => {
      if (a.label === 'TODO') a.label = `重点${i + 1}`;
    });
    draft.todo = [];
    writeFileSync(path('R7.json'), JSON.stringify(draft));
    expect((await cli('pack', 'validate', path('R7.json'))).code).toBe(0);
    const { out } = await cli('check', SAMPLE, '--pack', path('R7.json'), '--year', 'R7', '--format', 'json');
    const report = JSON.parse(out);
    expect(report.policy.id).toBe('R7');
    expect(report.totals.byProject.filter((p: { projectId: string | null }) => p.projectId !== null)).toHaveLength(8);
  });
});

it('reads the policy text the draft command is given, and R6 drafted from its own text validates after review', async () => {
  const { code } = await cli('pack', 'draft', R6_TEXT, '--out', path('R6.json'));
  expect(code).toBe(0);
  expect((await cli('pack', 'validate', path('R6.json'))).code).toBe(0);
});

describe('consolidate --pack', () => {
  const samples = ['r6-mext.xlsx', 'r6-mhlw.xlsx', 'r6-meti.xlsx'].map((f) => join(ROOT, 'samples', f));

  it('refuses a bad pack before reading any sheet, naming the JSON path', async () => {
    const bad = writePack('bad.json', (f) => (f.policy.projects[0].citation.text = '医薬品の研究をがんばる。'));
    const { code, err } = await cli('consolidate', ...samples, '--out', path('all.xlsx'), '--pack', bad);
    expect(code).toBe(2);
    expect(err).toContain('policy.projects[0].citation.text: この引用は節「5(1)①」の本文にありません');
  });

  it('consolidates with a loaded pack standing in for a bundled year, when told to', async () => {
    const { code, err } = await cli('consolidate', ...samples, '--out', path('all.xlsx'), '--pack', R6_FILE, '--replace-bundled');
    expect(err).toMatch(/方針ファイル .*R6\.json: R6 /);
    expect(code).toBe(0);
    expect(readFileSync(path('all.xlsx')).length).toBeGreaterThan(0);
  });
});
