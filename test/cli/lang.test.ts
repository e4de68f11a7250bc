import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli/commands';
import { checkCommand } from '../../src/cli/commands/check';
import { runCli } from '../../src/cli/run';

/** The CLI's own words (help, summaries, argument errors) are Japanese unless --lang en. */

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

// One sentence of each command's usage in each language: the one must be there, the other not.
const SENTENCES: Record<string, { ja: string; en: string }> = {
  check: { ja: 'シートを読み、見出しと列を見つけ、各事業を統合プロジェクトに分類して', en: 'Reads the sheet, finds its header and columns' },
  submit: { ja: '内閣府の取りまとめ用の\n提出用シートを OUT.xlsx に書き込みます', en: "Cabinet Office's consolidated submission sheet to OUT.xlsx" },
  consolidate: { ja: '内閣府の取りまとめ用です。', en: "The Cabinet Office's view." },
  rules: { ja: '検証で使うすべてのルールを', en: 'Every rule the check runs' },
  policies: { ja: '製品に入っているすべての方針を一覧します', en: 'Lists every policy pack' },
  pack: { ja: '方針ファイル（policy pack）は、ある年度の資源配分方針をデータにしたものです。', en: "A policy pack is a year's 資源配分方針 as data" },
};

describe('--help of every command', () => {
  it('covers every command', () => {
    expect(Object.keys(SENTENCES).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  it.each(COMMANDS.map((c) => c.name))('%s --help is Japanese by default, English with --lang en (or --lang=en)', async (name) => {
    const ja = await cli(name, '--help');
    expect(ja.code).toBe(0);
    expect(ja.out).toMatch(/^使い方: budget-check /);
    expect(ja.out).toContain(SENTENCES[name].ja);
    expect(ja.out).not.toContain(SENTENCES[name].en);
    expect(ja.out).not.toMatch(/^(Usage|Options|Exit status):/m);
    for (const lang of [['--lang', 'en'], ['--lang=en']]) {
      const en = await cli(name, '--help', ...lang);
      expect(en.code).toBe(0);
      expect(en.out).toMatch(/^Usage: budget-check /);
      expect(en.out).toContain(SENTENCES[name].en);
      expect(en.out).not.toContain(SENTENCES[name].ja);
      expect(en.out).not.toMatch(/^(使い方|オプション|終了コード)/m);
    }
    // A leading --lang is the same as one after the command.
    expect((await cli('--lang', 'en', name, '--help')).out).toBe((await cli(name, '--help', '--lang', 'en')).out);
  });

  it('the top-level help lists each summary in the language asked', async () => {
    const ja = (await cli('--help')).out;
    const en = (await cli('--help', '--lang', 'en')).out;
    for (const c of COMMANDS) {
      expect(ja).toContain(`${c.name.padEnd(11)}  ${c.summary.ja}`);
      expect(en).toContain(`${c.name.padEnd(11)}  ${c.summary.en}`);
      expect(c.summary.ja).toMatch(/[ぁ-ん]/);
      expect(c.summary.en).not.toMatch(/[ぁ-ん]/);
    }
  });
});

describe('argument errors of pack', () => {
  it.each([
    [['pack'], "サブコマンド（validate, draft か diff）を指定してください。'budget-check pack --help' を参照してください。"],
    [['pack', '--lang', 'en'], "no subcommand: validate, draft or diff. See 'budget-check pack --help'."],
    [['pack', 'lint'], "'lint' というサブコマンドはありません（validate, draft か diff）。'budget-check pack --help' を参照してください。"],
    [['pack', 'lint', '--lang=en'], "unknown subcommand 'lint': validate, draft or diff. See 'budget-check pack --help'."],
    [['pack', 'draft', 'policy.txt'], "--out R7.json を指定してください。'budget-check pack --help' を参照してください。"],
    [['pack', 'draft', 'policy.txt', '--lang', 'en'], "--out R7.json is required. See 'budget-check pack --help'."],
    [['pack', 'diff', 'R6'], '比べる2つを指定してください（例: budget-check pack diff R6 R7.json）'],
    [['pack', 'diff', 'R6', '--lang', 'en'], 'give two packs to compare (e.g. budget-check pack diff R6 R7.json)'],
    [['pack', 'diff', 'R4', 'R6', '--colour'], "'--colour' というオプションはありません。'budget-check pack --help' を参照してください。"],
    [['pack', 'diff', 'R4', 'R6', '--colour', '--lang', 'en'], "unknown option '--colour'. See 'budget-check pack --help'."],
    [['pack', 'validate'], "ファイルが指定されていません。'budget-check pack validate --help' を参照してください。"],
    [['pack', 'validate', 'x.json', '--lang', 'fr'], "--lang に 'fr' は指定できません（ja か en）"],
  ])('%j: exit 2, the message on stderr', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`budget-check pack: ${message}\n`);
  });
});

describe('an internal error', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is reported in the language asked, with no stack', async () => {
    jest.spyOn(checkCommand, 'run').mockRejectedValue(new Error('boom'));
    const ja = await cli('check', 'x.xlsx');
    expect(ja.code).toBe(2);
    expect(ja.err).toBe('budget-check check: 内部エラー: boom\n入力ファイルを添えて、この内容を報告してください。\n');
    const en = await cli('check', 'x.xlsx', '--lang', 'en');
    expect(en.err).toBe('budget-check check: internal error: boom\nPlease report this with the input file.\n');
  });
});

describe("the README's CLI section", () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The command-line tool'), readme.indexOf('### Limits'));

  it('names only options that each command has, in both languages of its help', () => {
    const rows = [...section.matchAll(/^\| `budget-check (\w+)([^|]*(?:\\\|[^|]*)*)` \|/gm)];
    expect(rows.map((r) => r[1])).toEqual(['check', 'submit', 'consolidate', 'rules', 'policies', 'pack']);
    for (const [, name, rest] of rows) {
      const command = COMMANDS.find((c) => c.name === name)!;
      for (const option of rest.match(/--[a-z-]+/g) ?? []) {
        expect(command.usage.ja).toContain(option);
        expect(command.usage.en).toContain(option);
      }
    }
  });

  it('quotes the help and an argument error as the CLI prints them', async () => {
    expect((await cli('check', '--help')).out).toMatch(/^使い方: budget-check check FILE\.xlsx /);
    expect((await cli('check', '--help', '--lang', 'en')).out).toMatch(/^Usage: budget-check check FILE\.xlsx /);
    expect(section).toContain('「使い方: budget-check check FILE.xlsx …」');
    expect(section).toContain('"Usage: budget-check check FILE.xlsx …"');
    const quotedJa = "'--strict' というオプションはありません。'budget-check check --help' を参照してください。";
    const quotedEn = "unknown option '--strict'. See 'budget-check check --help'.";
    expect(section).toContain(`「${quotedJa}」`);
    expect(section).toContain(`"${quotedEn}"`);
    expect((await cli('check', 'a.xlsx', '--strict')).err).toBe(`budget-check check: ${quotedJa}\n`);
    expect((await cli('check', 'a.xlsx', '--strict', '--lang', 'en')).err).toBe(`budget-check check: ${quotedEn}\n`);
  });
});
