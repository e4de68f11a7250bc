import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSheet, sheetToXlsx } from '../../bench/generate-sheet';
import { loadPacks } from '../../src/domain/policy/registry';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';
import { CLI } from '../helpers/run-cli-process';

/**
 * Interrupts `submit` (report and workbook) and `check --out` (the report writer) at points spread
 * over a whole run and looks at what is left: a target is either absent or whole, and after
 * SIGINT/SIGTERM no temporary file remains. A SIGKILL cannot be caught, so its temporary file may
 * remain; the next write to the same place must remove it.
 */
const TEMP = /^\.(out\.xlsx|r\.json)\.budget-check-\d+-[0-9a-f]{8}\.tmp$/;
let root: string;
let input: string;

function run(args: readonly string[], killAfterMs: number | null, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill(signal), killAfterMs);
    child.on('close', (code, got) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal: got, ms: performance.now() - start });
    });
  });
}

/** What the folder holds, each output checked whole. */
async function inspect(dir: string): Promise<{ outputs: string[]; temps: string[]; others: string[] }> {
  const names = readdirSync(dir);
  const outputs: string[] = names.filter((n) => n === 'out.xlsx' || n === 'r.json');
  for (const name of outputs) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    if (name === 'r.json') expect(() => JSON.parse(new TextDecoder().decode(bytes))).not.toThrow();
    else expect(await (await XlsxWorkbookSource.fromBuffer(bytes)).sheetNames()).toEqual(['提出用シート']);
  }
  return { outputs, temps: names.filter((n) => TEMP.test(n)), others: names.filter((n) => !outputs.includes(n) && !TEMP.test(n)) };
}

const submitArgs = (dir: string) => ['submit', input, '--out', join(dir, 'out.xlsx'), '--report', join(dir, 'r.json'), '--force'];
const checkArgs = (dir: string) => ['check', input, '--out', join(dir, 'r.json'), '--format', 'json'];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'budget-kill-'));
  input = join(root, 'input.xlsx');
  const packs = loadPacks();
  writeFileSync(input, await sheetToXlsx(generateSheet({ rows: 400, layout: 'split-thousand', pack: packs[packs.length - 1] })));
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each([
  ['submit (report, then workbook)', submitArgs, 6],
  ['check --out (the report writer)', checkArgs, 4],
])('%s, interrupted at many points', (_label, args, points) => {
  let full = 0;
  beforeAll(async () => {
    const dir = join(root, `calibrate-${args === submitArgs ? 'submit' : 'check'}`);
    mkdirSync(dir);
    const whole = await run(args(dir), null, 'SIGTERM');
    expect([0, 1]).toContain(whole.code);
    full = whole.ms;
  }, 60_000);

  it.each(['SIGTERM', 'SIGINT'] as const)('%s: every target absent or whole, no temporary file left', async (signal) => {
    for (let k = 0; k < points; k++) {
      const dir = join(root, `${signal}-${args === submitArgs ? 'submit' : 'check'}-${k}`);
      mkdirSync(dir);
      const result = await run(args(dir), (full * (k + 0.5)) / points, signal);
      // Killed (by the signal or its handler's exit code), or finished before the signal came.
      expect([0, 1, 130, 143, null]).toContain(result.code);
      const seen = await inspect(dir);
      expect(seen.temps).toEqual([]);
      expect(seen.others).toEqual([]);
    }
  }, 180_000);

  it('SIGKILL: every target absent or whole; the next write there removes what the killed run left', async () => {
    for (let k = 0; k < points / 2; k++) {
      const dir = join(root, `SIGKILL-${args === submitArgs ? 'submit' : 'check'}-${k}`);
      mkdirSync(dir);
      await run(args(dir), (full * (k + 0.5)) / (points / 2), 'SIGKILL');
      const seen = await inspect(dir);
      expect(seen.others).toEqual([]);
      // A leftover as a SIGKILLed run leaves it, whether or not this kill landed inside a write.
      writeFileSync(join(dir, '.r.json.budget-check-99999999-0a1b2c3d.tmp'), '{"half":');
      const again = await run([...args(dir), '--overwrite'], null, 'SIGTERM');
      expect([0, 1]).toContain(again.code);
      const after = await inspect(dir);
      expect(after.temps).toEqual([]);
      expect(after.outputs.length).toBeGreaterThan(0);
      expect(existsSync(join(dir, 'r.json'))).toBe(true);
    }
  }, 180_000);
});
