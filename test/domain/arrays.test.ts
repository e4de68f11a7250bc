import { execFileSync } from 'child_process';
import * as path from 'path';
import { appendAll, maxOf, minOf } from '../../src/domain/arrays';

/** More elements than any engine accepts as call arguments (V8 overflows somewhere past ~120,000). */
const HUGE = 500_000;

describe('array loops for sheet-sized data', () => {
  const values = Array.from({ length: HUGE }, (_, i) => (i * 7919) % 1_000_003);

  it('finds the largest and smallest of a list a spread call cannot take', () => {
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(maxOf(values)).toBe(values.reduce((a, b) => (b > a ? b : a)));
    expect(minOf(values)).toBe(values.reduce((a, b) => (b < a ? b : a)));
  });

  it('uses the floor or ceiling for an empty list, and when it is beyond every value', () => {
    expect(maxOf([], 0)).toBe(0);
    expect(minOf([], 5)).toBe(5);
    expect(maxOf([3, 1], 10)).toBe(10);
    expect(minOf([3, 1], -1)).toBe(-1);
    expect(maxOf([])).toBe(-Infinity);
  });

  it('appends any number of items in order', () => {
    const target = [-1];
    expect(() => [-1].push(...values)).toThrow(RangeError);
    expect(appendAll(target, values)).toBe(target);
    expect(target.length).toBe(HUGE + 1);
    expect(target[1]).toBe(values[0]);
    expect(target[HUGE]).toBe(values[HUGE - 1]);
    expect(appendAll([1], new Set([2, 3]).values())).toEqual([1, 2, 3]);
  });
});

describe('lint rule against spread arguments in src/', () => {
  const root = path.resolve(__dirname, '../..');
  /** ESLint's own CLI (its config is an ES module, which jest cannot load in-process). */
  const lint = (code: string, file: string): { line: number; message: string }[] => {
    let out: string;
    try {
      out = execFileSync(path.join(root, 'node_modules/.bin/eslint'), ['--format', 'json', '--stdin', '--stdin-filename', file], { cwd: root, input: code, encoding: 'utf8' });
    } catch (error) {
      // ESLint exits 1 when it finds problems; its report is still on stdout.
      out = (error as { stdout: string }).stdout;
    }
    const [result] = JSON.parse(out) as { messages: { ruleId: string | null; line: number; message: string }[] }[];
    return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax');
  };

  it('flags Math.max(...), push(...) and new X(...) with a spread in src/, and says what to use', () => {
    const code = [
      'export const a = (v: number[]) => Math.max(0, ...v);',
      'export const b = (t: number[], v: number[]) => t.push(...v);',
      'export const c = (v: number[]) => new Array(...v);',
      'export const d = (v: number[]) => [...v, 1];',
      '',
    ].join('\n');
    const found = lint(code, 'src/domain/x.ts');
    expect(found.map((m) => m.line)).toEqual([1, 2, 3]);
    expect(found[0].message).toContain('maxOf');
    expect(lint(code, 'src/taskpane/y.tsx').length).toBe(3);
  });
});
