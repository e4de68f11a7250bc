import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pkg from '../../package.json';
import { runCli } from '../../src/cli/run';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('budget-check CLI basics', () => {
  it('prints its version', async () => {
    const c = capture();
    expect(await runCli(['--version'], c.io)).toBe(0);
    expect(c.out.join('')).toBe(`${pkg.version}\n`);
  });

  it('prints help listing the commands, in Japanese unless --lang en', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io)).toBe(0);
    expect(c.out.join('')).toContain('使い方: budget-check <コマンド> [オプション]');
    expect(c.out.join('')).toContain('各コマンドの使い方: budget-check <コマンド> --help');
    for (const argv of [['--help', '--lang', 'en'], ['--lang=en', '--help'], ['help', '--lang', 'en'], ['--lang', 'en']]) {
      const en = capture();
      expect(await runCli(argv, en.io)).toBe(argv[0] === '--lang' ? 2 : 0);
      expect(en.out.join('')).toContain('Usage: budget-check <command> [options]');
      expect(en.out.join('')).not.toContain('使い方');
    }
  });

  it('with no arguments prints the Japanese help and exits 2', async () => {
    const c = capture();
    expect(await runCli([], c.io)).toBe(2);
    expect(c.out.join('')).toContain('コマンド:');
  });

  it('rejects an unknown command with exit 2 and no stack trace, in either language', async () => {
    const c = capture();
    expect(await runCli(['frobnicate'], c.io)).toBe(2);
    expect(c.err.join('')).toBe("budget-check: 'frobnicate' というコマンドはありません。'budget-check --help' を参照してください。\n");
    const en = capture();
    expect(await runCli(['frobnicate', '--lang', 'en'], en.io)).toBe(2);
    expect(en.err.join('')).toBe("budget-check: unknown command 'frobnicate'. See 'budget-check --help'.\n");
  });

  it('the built bin runs under node', () => {
    const bin = join(__dirname, '..', '..', pkg.bin['budget-check']);
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
