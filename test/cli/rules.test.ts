import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesMarkdown } from '../../src/cli/commands/rules';
import { runCli } from '../../src/cli/run';
import { RULES } from '../../src/domain/rules/catalogue';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['rules', ...args], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('budget-check rules', () => {
  it('lists every rule of the catalogue, in order, with its default severity and title', async () => {
    const r = await cli();
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(RULES.map((rule) => rule.id));
    expect(lines[RULES.findIndex((rule) => rule.id === 'total-mismatch')]).toMatch(/^total-mismatch\s+エラー\s+\S/);
  });

  it('speaks English with --lang en, and rejects what it does not know', async () => {
    expect((await cli('--lang', 'en')).out).toMatch(/^header-not-found\s+error\s+/m);
    const bad = await cli('--format', 'pdf');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("budget-check rules: --format に 'pdf' は指定できません（text か markdown）");
    const badEn = await cli('--format', 'pdf', '--lang', 'en');
    expect(badEn.code).toBe(2);
    expect(badEn.err).toContain("budget-check rules: unknown format 'pdf' (text or markdown)");
    const unknown = await cli('--colour');
    expect(unknown.err).toContain("'--colour' というオプションはありません");
  });

  it("is what the README's rule table says, word for word", () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const table = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1];
    expect(table).toBe(rulesMarkdown('ja'));
  });
});
