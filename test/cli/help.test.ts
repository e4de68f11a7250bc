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

  it('prints help listing the commands', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io)).toBe(0);
    expect(c.out.join('')).toContain('Usage: budget-check <command>');
  });

  it('rejects an unknown command with exit 2 and no stack trace', async () => {
    const c = capture();
    expect(await runCli(['frobnicate'], c.io)).toBe(2);
    expect(c.err.join('')).toContain("unknown command 'frobnicate'");
    expect(c.err.join('')).not.toMatch(/\n\s+at /);
  });

  it('the built bin runs under node', () => {
    const bin = join(__dirname, '..', '..', pkg.bin['budget-check']);
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
