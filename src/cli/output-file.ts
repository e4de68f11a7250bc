import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Locale } from '../domain/model/finding';
import { UsageError } from './command';

/**
 * The one way the CLI writes a file (the JSON report, the submission workbook):
 * 1. before any work, every target is checked: not an input (by identity, so a hard link or
 *    another spelling of the path is caught), not another target, not an existing file unless
 *    --overwrite, and in a folder that exists;
 * 2. the content goes to a new temporary file beside the target (created exclusively), is
 *    flushed to disk (fsync), and only then takes the target's name: without --overwrite by a
 *    hard link, which fails if a file has appeared there meanwhile (never replacing it); with
 *    --overwrite by an atomic rename, after checking again that the target is no input;
 * 3. the temporary file is removed on every way out: an error, the process exiting, and
 *    SIGINT/SIGTERM/SIGHUP. A SIGKILL cannot be caught: the next write to the same folder
 *    removes what a killed run left (its process is gone).
 * A reader of the target therefore sees the old file or the whole new one, never part of one.
 */

interface Identity {
  readonly dev: number;
  readonly ino: number;
}

const identity = (s: Stats): Identity => ({ dev: s.dev, ino: s.ino });
const same = (a: Identity, b: Identity) => a.dev === b.dev && a.ino === b.ino;

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The path with its folder resolved through links, so two spellings of one place compare equal. */
function canonical(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

const TEXT: Record<Locale, {
  isInput: (option: string, path: string) => string;
  twice: (path: string) => string;
  exists: (path: string) => string;
  appeared: (path: string) => string;
  noFolder: (path: string) => string;
  notFolder: (path: string, folder: string) => string;
  isFolder: (path: string) => string;
  notFile: (path: string) => string;
  extension: (option: string, extension: string, path: string) => string;
  cannot: (path: string, why: string) => string;
}> = {
  ja: {
    isInput: (o, p) => `${o} ${p} は入力ファイルです。入力ファイルは変更しません。別のファイル名を指定してください`,
    twice: (p) => `${p} が出力先として2回指定されています。別々のファイル名を指定してください`,
    exists: (p) => `${p} はすでにあります。別のファイル名を指定するか、置き換える場合は --overwrite を付けてください`,
    appeared: (p) => `${p} は処理中に作成されました。上書きせずに中止しました（何も書き込んでいません）。別のファイル名を指定するか --overwrite を付けてください`,
    noFolder: (p) => `${p} のフォルダーがありません`,
    notFolder: (p, f) => `${p} に書き込めません: ${f} はフォルダーではなくファイルです`,
    isFolder: (p) => `${p} はフォルダーです。ファイル名を指定してください`,
    notFile: (p) => `${p} は通常のファイルではありません（デバイスやパイプには書き込みません）。ファイル名を指定してください`,
    extension: (o, e, p) => `${o} には ${e} ファイルを指定してください（指定: ${p}）`,
    cannot: (p, why) => `${p} に書き込めません: ${why}`,
  },
  en: {
    isInput: (o, p) => `${o} ${p} is an input file; inputs are never changed. Give another file name`,
    twice: (p) => `${p} is given as two outputs; give each its own file name`,
    exists: (p) => `${p} already exists; give another name, or add --overwrite to replace it`,
    appeared: (p) => `${p} appeared while the command ran; it was left as it is and nothing was written. Give another name, or add --overwrite`,
    noFolder: (p) => `the folder of ${p} does not exist`,
    notFolder: (p, f) => `cannot write ${p}: ${f} is a file, not a folder`,
    isFolder: (p) => `${p} is a folder; give a file name`,
    notFile: (p) => `${p} is not a regular file (devices and pipes are not written); give a file name`,
    extension: (o, e, p) => `${o} must name a ${e} file (got ${p})`,
    cannot: (p, why) => `cannot write ${p}: ${why}`,
  },
};

const WHY: Record<string, Record<Locale, string>> = {
  EACCES: { ja: '書き込みの権限がありません', en: 'permission denied' },
  EPERM: { ja: '書き込みの権限がありません', en: 'permission denied' },
  EROFS: { ja: '読み取り専用の場所です', en: 'read-only file system' },
  ENOSPC: { ja: 'ディスクの空きがありません', en: 'no space left on the device' },
  EDQUOT: { ja: 'ディスクの割り当てを超えています', en: 'disk quota exceeded' },
  ENAMETOOLONG: { ja: 'ファイル名が長すぎます', en: 'file name too long' },
};

/** Temporary files this process has open, removed on any way out. */
const pending = new Set<string>();
let cleanupInstalled = false;

function removePending(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', removePending);
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) {
    process.on(signal, () => {
      removePending();
      process.exit(128 + number);
    });
  }
}

const TEMP_TAG = 'budget-check';

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${TEMP_TAG}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files that a killed run (SIGKILL, a power cut) left beside `target`. */
function sweepLeftovers(target: string): void {
  const pattern = new RegExp(`^\\.${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.${TEMP_TAG}-(\\d+)-[0-9a-f]{8}\\.tmp$`);
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    try {
      unlinkSync(join(dirname(target), name));
    } catch {
      // Someone else's to clean.
    }
  }
}

interface Target {
  readonly option: string;
  readonly path: string;
  readonly canonical: string;
}

export class OutputFiles {
  private readonly inputs: { readonly path: string; readonly canonical: string; readonly id: Identity | null }[];
  private readonly targets: Target[] = [];

  constructor(
    inputs: readonly string[],
    private readonly overwrite: boolean,
    private readonly locale: Locale,
  ) {
    this.inputs = inputs.map((path) => {
      const stats = statOrNull(path);
      return { path, canonical: canonical(path), id: stats ? identity(stats) : null };
    });
  }

  private refuse(message: (t: (typeof TEXT)[Locale]) => string): UsageError {
    return new UsageError(message(TEXT[this.locale]));
  }

  private inputAt(path: string, stats: Stats | null): boolean {
    const where = canonical(path);
    return this.inputs.some((input) => input.canonical === where || (stats !== null && input.id !== null && same(input.id, identity(stats))));
  }

  /** Checks a target before any work; every refusal is a UsageError (exit 2) that says what to do. */
  add(option: string, path: string, extension: string): void {
    if (extname(path).toLowerCase() !== extension) throw this.refuse((t) => t.extension(option, extension, path));
    const stats = statOrNull(path);
    if (this.inputAt(path, stats)) throw this.refuse((t) => t.isInput(option, path));
    const where = canonical(path);
    if (this.targets.some((t) => t.canonical === where)) throw this.refuse((t) => t.twice(path));
    if (stats?.isDirectory()) throw this.refuse((t) => t.isFolder(path));
    if (stats !== null && !stats.isFile()) throw this.refuse((t) => t.notFile(path));
    const folder = dirname(resolve(path));
    const folderStats = statOrNull(folder);
    if (folderStats === null) {
      // A file where a folder of the path should be: say so, rather than "no such folder".
      let up = folder;
      while (dirname(up) !== up && statOrNull(up) === null) up = dirname(up);
      const blocking = statOrNull(up);
      if (blocking && !blocking.isDirectory()) throw this.refuse((t) => t.notFolder(path, up));
      throw this.refuse((t) => t.noFolder(path));
    }
    if (!folderStats.isDirectory()) throw this.refuse((t) => t.notFolder(path, folder));
    if (stats !== null && !this.overwrite) throw this.refuse((t) => t.exists(path));
    this.targets.push({ option, path, canonical: where });
  }

  private failure(path: string, error: unknown): UsageError {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = WHY[code]?.[this.locale] ?? (code || String(error));
    return this.refuse((t) => t.cannot(path, why));
  }

  /**
   * Writes a target given to add(): `produce` hands over the content in pieces (strings are
   * written as UTF-8). Synchronous from the temporary file's creation to its rename, so a
   * signal is handled before the file exists or after it has its name.
   */
  write(path: string, produce: (write: (chunk: string | Uint8Array) => void) => void): void {
    if (!this.targets.some((t) => t.path === path)) throw new Error(`OutputFiles: ${path} was not checked with add()`);
    installCleanup();
    const target = resolve(path);
    sweepLeftovers(target);
    const temp = tempName(target);
    let fd: number;
    try {
      fd = openSync(temp, 'wx', 0o666);
    } catch (error) {
      throw this.failure(path, error);
    }
    pending.add(temp);
    try {
      try {
        produce((chunk) => {
          if (typeof chunk === 'string') writeSync(fd, chunk, null, 'utf8');
          else for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
        });
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      this.publish(temp, target, path);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw this.failure(path, error);
    } finally {
      try {
        unlinkSync(temp);
      } catch {
        // Renamed: nothing left.
      }
      pending.delete(temp);
    }
    syncFolder(dirname(target));
  }

  private publish(temp: string, target: string, path: string): void {
    if (this.overwrite) {
      const option = this.targets.find((t) => t.path === path)?.option ?? '';
      if (this.inputAt(path, statOrNull(target))) throw this.refuse((t) => t.isInput(option, path));
      renameSync(temp, target);
      return;
    }
    try {
      // A hard link is created only if nothing has the name: a file that appeared meanwhile stays untouched.
      linkSync(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw this.refuse((t) => t.appeared(path));
      // File systems without hard links (FAT, some network shares): the same check, then a rename.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      if (statOrNull(target) !== null) throw this.refuse((t) => t.appeared(path));
      renameSync(temp, target);
    }
  }
}

/** Makes the rename itself durable where the platform allows it. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here (Windows): the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
