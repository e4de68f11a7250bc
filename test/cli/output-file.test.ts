import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/cli/command';
import { OutputFiles } from '../../src/cli/output-file';

let dir: string;
const path = (name: string) => join(dir, name);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'budget-output-'));
  writeFileSync(path('input.xlsx'), 'the input');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function attempt(work: () => void): string {
  try {
    work();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  return '';
}

describe('OutputFiles: the one way the CLI writes a file', () => {
  it('writes the whole content and leaves nothing beside it', () => {
    const outputs = new OutputFiles([path('input.xlsx')], false, 'en');
    outputs.add('--out', path('r.json'), '.json');
    outputs.write(path('r.json'), (write) => {
      write('{"a":');
      write(new TextEncoder().encode('1}'));
    });
    expect(readFileSync(path('r.json'), 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir).sort()).toEqual(['input.xlsx', 'r.json']);
  });

  it.each([
    ['the input itself', () => path('input.xlsx'), /is an input file; inputs are never changed/],
    ['a hard link to the input', () => (linkSync(path('input.xlsx'), path('link.xlsx')), path('link.xlsx')), /is an input file/],
    ['a symbolic link to the input', () => (symlinkSync(path('input.xlsx'), path('sym.xlsx')), path('sym.xlsx')), /is an input file/],
    ['another spelling of the input', () => join(dir, '.', 'sub', '..', 'input.xlsx'), /is an input file/],
  ])('refuses %s, even with --overwrite', (_label, target, message) => {
    const outputs = new OutputFiles([path('input.xlsx')], true, 'en');
    expect(attempt(() => outputs.add('--out', target(), '.xlsx'))).toMatch(message);
    expect(readFileSync(path('input.xlsx'), 'utf8')).toBe('the input');
  });

  it.each([
    ['an existing file without --overwrite', () => (writeFileSync(path('old.json'), 'keep'), path('old.json')), /already exists; give another name, or add --overwrite/],
    ['a folder', () => dir + '/', /must name a \.json file|is a folder/],
    ['a path under a file', () => path('input.xlsx/r.json'), /is a file, not a folder/],
    ['a path under a file, deeper', () => path('input.xlsx/a/b/r.json'), /input\.xlsx is a file, not a folder/],
    ['a folder that does not exist', () => path('nowhere/r.json'), /the folder of .* does not exist/],
  ])('refuses %s before any work', (_label, target, message) => {
    const outputs = new OutputFiles([path('input.xlsx')], false, 'en');
    expect(attempt(() => outputs.add('--out', target(), '.json'))).toMatch(message);
  });

  it('refuses a device or pipe that exists, even with --overwrite, so it is never renamed over', () => {
    const outputs = new OutputFiles([], true, 'en');
    expect(attempt(() => outputs.add('--out', '/dev/null', ''))).toMatch(/is not a regular file/);
  });

  it('refuses the same file as two outputs', () => {
    const outputs = new OutputFiles([], false, 'en');
    outputs.add('--out', path('r.json'), '.json');
    expect(attempt(() => outputs.add('--report', join(dir, '.', 'r.json'), '.json'))).toMatch(/given as two outputs/);
  });

  it('a file that appears at the target while the command works is never replaced', () => {
    const outputs = new OutputFiles([path('input.xlsx')], false, 'en');
    outputs.add('--out', path('r.json'), '.json');
    writeFileSync(path('r.json'), 'someone else wrote this');
    expect(attempt(() => outputs.write(path('r.json'), (write) => write('{}')))).toMatch(/appeared while the command ran; it was left as it is/);
    expect(readFileSync(path('r.json'), 'utf8')).toBe('someone else wrote this');
    expect(readdirSync(dir).sort()).toEqual(['input.xlsx', 'r.json']);
  });

  it('with --overwrite, replaces the target whole; a target turned into a link to the input meanwhile is refused', () => {
    writeFileSync(path('r.json'), 'old');
    const outputs = new OutputFiles([path('input.xlsx')], true, 'en');
    outputs.add('--out', path('r.json'), '.json');
    outputs.write(path('r.json'), (write) => write('new'));
    expect(readFileSync(path('r.json'), 'utf8')).toBe('new');

    const again = new OutputFiles([path('input.xlsx')], true, 'en');
    again.add('--out', path('r.json'), '.json');
    rmSync(path('r.json'));
    linkSync(path('input.xlsx'), path('r.json'));
    expect(attempt(() => again.write(path('r.json'), (write) => write('would destroy the input')))).toMatch(/is an input file/);
    expect(readFileSync(path('input.xlsx'), 'utf8')).toBe('the input');
    expect(readdirSync(dir).sort()).toEqual(['input.xlsx', 'r.json']);
  });

  it('a producer that fails leaves neither the target nor a temporary file', () => {
    const outputs = new OutputFiles([], false, 'en');
    outputs.add('--out', path('r.json'), '.json');
    expect(() =>
      outputs.write(path('r.json'), (write) => {
        write('{"half":');
        throw new Error('the report could not be finished');
      }),
    ).toThrow('the report could not be finished');
    expect(readdirSync(dir)).toEqual(['input.xlsx']);
  });

  it('removes what a killed run left beside the target, and only that', () => {
    // A process that no longer exists, and this one (whose file is in use).
    writeFileSync(path('.r.json.budget-check-99999999-0a1b2c3d.tmp'), 'left by a SIGKILL');
    writeFileSync(path(`.r.json.budget-check-${process.pid}-0a1b2c3d.tmp`), 'ours');
    writeFileSync(path('.other.json.budget-check-99999999-0a1b2c3d.tmp'), 'another target');
    const outputs = new OutputFiles([], false, 'en');
    outputs.add('--out', path('r.json'), '.json');
    outputs.write(path('r.json'), (write) => write('{}'));
    expect(readdirSync(dir).sort()).toEqual([`.other.json.budget-check-99999999-0a1b2c3d.tmp`, `.r.json.budget-check-${process.pid}-0a1b2c3d.tmp`, 'input.xlsx', 'r.json']);
  });

  it('speaks Japanese by default', () => {
    const outputs = new OutputFiles([path('input.xlsx')], false, 'ja');
    expect(attempt(() => outputs.add('--out', path('input.xlsx'), '.xlsx'))).toBe(`--out ${path('input.xlsx')} は入力ファイルです。入力ファイルは変更しません。別のファイル名を指定してください`);
    expect(existsSync(path('input.xlsx'))).toBe(true);
  });
});
