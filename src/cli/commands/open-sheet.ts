import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Locale } from '../../domain/model/finding';
import type { SheetGrid } from '../../domain/model/grid';
import { UnreadableWorkbookError, XlsxWorkbookSource } from '../../xlsx/workbook-source';
import { UsageError } from '../command';

/**
 * A worksheet from an .xlsx file on disk, for commands that check it. Every way a file can be
 * unusable becomes a UsageError that says what to do (exit 2), never a stack trace.
 */
export interface OpenedSheet {
  readonly grid: SheetGrid;
  /** SHA-256 of the file's bytes, for the report. */
  readonly sha256: string;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An encrypted .xlsx is an OLE file holding this stream (directory names are UTF-16LE). */
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);

type Problem = 'missing' | 'directory' | 'unreadable' | 'empty' | 'encrypted' | 'xls' | 'csv' | 'not-xlsx' | 'no-sheet';

const MESSAGES: Record<Problem, Record<Locale, (path: string, detail: string) => string>> = {
  missing: { ja: (p) => `ファイルがありません: ${p}`, en: (p) => `no such file: ${p}` },
  directory: { ja: (p) => `${p} はフォルダーです。.xlsx ファイルを指定してください`, en: (p) => `${p} is a directory; give an .xlsx file` },
  unreadable: { ja: (p, d) => `${p} を読めません: ${d}`, en: (p, d) => `cannot read ${p}: ${d}` },
  empty: { ja: (p) => `${p} は空のファイルです`, en: (p) => `${p} is an empty file` },
  encrypted: {
    ja: (p) => `${p} はパスワードで保護されています。Excel でパスワードを解除して保存し直してください`,
    en: (p) => `${p} is password-protected; remove the password in Excel and save it again`,
  },
  xls: {
    ja: (p) => `${p} は旧形式 (.xls) のファイルです。Excel で .xlsx 形式で保存し直してください`,
    en: (p) => `${p} is an old-format .xls workbook; save it as .xlsx in Excel`,
  },
  csv: {
    ja: (p) => `${p} はCSV/テキストのファイルです。Excel で .xlsx 形式で保存してください`,
    en: (p) => `${p} is a CSV/text file; save it as .xlsx in Excel`,
  },
  'not-xlsx': { ja: (p) => `${p} は Excel ファイル (.xlsx) として読めません`, en: (p) => `${p} is not a readable .xlsx workbook` },
  'no-sheet': { ja: (p, d) => `${p} にシート「${d}」がありません`, en: (p, d) => `${p} has no sheet named "${d}"` },
};

function fail(problem: Problem, locale: Locale, path: string, detail = ''): UsageError {
  return new UsageError(MESSAGES[problem][locale](path, detail));
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  for (let at = bytes.indexOf(needle[0]); at >= 0; at = bytes.indexOf(needle[0], at + 1)) {
    if (needle.every((b, i) => bytes[at + i] === b)) return true;
  }
  return false;
}

function readBytes(path: string, locale: Locale): Uint8Array {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' || code === 'ENOTDIR' ? fail('missing', locale, path) : fail('unreadable', locale, path, String(code ?? error));
  }
  if (isDirectory) throw fail('directory', locale, path);
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw fail('unreadable', locale, path, String((error as NodeJS.ErrnoException).code ?? error));
  }
}

/** Why bytes that are not a zip cannot be a workbook, in the user's terms. */
function notZip(bytes: Uint8Array, path: string): Problem {
  if (startsWith(bytes, OLE_SIGNATURE)) return contains(bytes, ENCRYPTION_INFO) ? 'encrypted' : 'xls';
  if (['.csv', '.txt', '.tsv'].includes(extname(path).toLowerCase()) || !bytes.subarray(0, 512).includes(0)) return 'csv';
  return 'not-xlsx';
}

/** Reads FILE, opens it as .xlsx and returns the named sheet (the first one when no name is given). */
export async function openSheet(path: string, sheetName: string | undefined, locale: Locale): Promise<OpenedSheet> {
  const bytes = readBytes(path, locale);
  if (bytes.length === 0) throw fail('empty', locale, path);
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw fail(notZip(bytes, path), locale, path);
  let source: XlsxWorkbookSource;
  try {
    source = await XlsxWorkbookSource.fromBuffer(bytes);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw fail('not-xlsx', locale, path);
    throw error;
  }
  const names = await source.sheetNames();
  const name = sheetName ?? names[0];
  if (!names.includes(name)) {
    const known = names.map((n) => `"${n}"`).join(', ');
    throw new UsageError(`${MESSAGES['no-sheet'][locale](path, name)} (${locale === 'ja' ? 'シート' : 'sheets'}: ${known})`);
  }
  return { grid: await source.readSheet(name), sha256: createHash('sha256').update(bytes).digest('hex') };
}
