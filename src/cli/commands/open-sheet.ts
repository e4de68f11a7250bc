import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Locale } from '../../domain/model/finding';
import type { SheetGrid } from '../../domain/model/grid';
import type { ColumnMapping } from '../../domain/model/table';
import { formatNumber } from '../../domain/rules/messages';
import { mappingProblemText } from '../mapping-problem-text';
import { READ_LIMITS, UnreadableWorkbookError, type LimitExceeded, type ReadLimit } from '../../xlsx/limits';
import { XlsxWorkbookSource } from '../../xlsx/workbook-source';
import { UsageError } from '../command';

/**
 * A worksheet from an .xlsx file on disk, for commands that check it. Every way a file can be
 * unusable becomes a UsageError that says what to do (exit 2), never a stack trace: a missing
 * file, a folder, a device or pipe (never read: /dev/zero would never end), a file past the
 * size limit, an old .xls, a CSV, a password-protected or damaged workbook, and every limit
 * the reader enforces (READ_LIMITS).
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
/** A column mapping is a few KB of JSON. */
const MAPPING_BYTES = 1024 * 1024;

type Problem = 'missing' | 'directory' | 'not-file' | 'too-large' | 'unreadable' | 'empty' | 'encrypted' | 'xls' | 'csv' | 'not-xlsx' | 'no-sheet';

const MB = 1024 * 1024;
const mb = (bytes: number, locale: Locale) => formatNumber(Math.ceil((bytes / MB) * 10) / 10, locale);

const MESSAGES: Record<Problem, Record<Locale, (path: string, detail: string) => string>> = {
  missing: { ja: (p) => `ファイルがありません: ${p}`, en: (p) => `no such file: ${p}` },
  directory: { ja: (p) => `${p} はフォルダーです。.xlsx ファイルを指定してください`, en: (p) => `${p} is a directory; give an .xlsx file` },
  'not-file': {
    ja: (p) => `${p} は通常のファイルではありません（デバイスやパイプは読みません）。.xlsx ファイルを指定してください`,
    en: (p) => `${p} is not a regular file (devices and pipes are not read); give an .xlsx file`,
  },
  'too-large': {
    ja: (p, d) => `${p} は大きすぎます（${d}）。要求表のシートだけを新しいブックにコピーして保存し直してください`,
    en: (p, d) => `${p} is too large (${d}); copy the request sheet alone into a new workbook and save that`,
  },
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
  'not-xlsx': {
    ja: (p, d) => `${p} は Excel ファイル (.xlsx) として読めません${d ? `（${d}）` : ''}。壊れていないか確かめ、Excel で開いて .xlsx 形式で保存し直してください`,
    en: (p, d) => `${p} is not a readable .xlsx workbook${d ? ` (${d})` : ''}; check that it is not damaged, open it in Excel and save it as .xlsx`,
  },
  'no-sheet': { ja: (p, d) => `${p} にシート「${d}」がありません`, en: (p, d) => `${p} has no sheet named "${d}"` },
};

function fail(problem: Problem, locale: Locale, path: string, detail = ''): UsageError {
  return new UsageError(MESSAGES[problem][locale](path, detail));
}

/** What each limit means to the user, and what to do about it; `n` is what was found, `max` the limit. */
const LIMIT_TEXT: Record<ReadLimit, Record<Locale, (n: string, max: string, where: string) => string>> = {
  fileBytes: {
    ja: (n, max) => `${n} MB、上限 ${max} MB`,
    en: (n, max) => `${n} MB; the limit is ${max} MB`,
  },
  zipEntries: {
    ja: (n, max) => `ブックの中のファイルが ${n} 個あり、上限 ${max} 個を超えています。Excel で開いて .xlsx 形式で保存し直してください`,
    en: (n, max) => `the workbook holds ${n} files, more than the limit of ${max}; open it in Excel and save it as .xlsx again`,
  },
  partBytes: {
    ja: (n, max, w) => `ブックの部品「${w}」が展開すると ${n} MB になり、上限 ${max} MB を超えています。要求表のシートだけを新しいブックにコピーして保存し直してください`,
    en: (n, max, w) => `its part "${w}" inflates to ${n} MB, more than the limit of ${max} MB; copy the request sheet alone into a new workbook and save that`,
  },
  compressionRatio: {
    ja: (n, max, w) => `ブックの部品「${w}」が圧縮前の ${n} 倍に展開され、上限 ${max} 倍を超えています（圧縮爆弾のおそれ）。Excel で開いて保存し直したファイルを指定してください`,
    en: (n, max, w) => `its part "${w}" inflates to ${n} times its compressed size, more than the limit of ${max} (a possible zip bomb); open it in Excel, save it again and check that file`,
  },
  markupBytes: {
    ja: (n, max) => `XML のタグ1つが ${n} MB あり、上限 ${max} MB を超えています（壊れたファイルか細工されたファイルです）。Excel で開いて保存し直してください`,
    en: (n, max) => `one XML tag is ${n} MB, more than the limit of ${max} MB (a damaged or crafted file); open it in Excel and save it again`,
  },
  cells: {
    ja: (n, max, w) => `シート「${w}」に値のあるセルが ${n} 個あり、上限 ${max} 個を超えています。要求表以外のセルを削除するか、表を分けてください`,
    en: (n, max, w) => `sheet "${w}" has ${n} cells with values, more than the limit of ${max}; delete what is not the request table, or split the table`,
  },
  rows: {
    ja: (n, max, w) => `シート「${w}」の表が ${n} 行あり、上限 ${max} 行を超えています。表を分けるか、不要な行を削除してください`,
    en: (n, max, w) => `the table on sheet "${w}" spans ${n} rows, more than the limit of ${max}; split it, or delete rows it does not need`,
  },
  columns: {
    ja: (n, max, w) => `シート「${w}」の表が ${n} 列あり、上限 ${max} 列を超えています。不要な列を削除してください`,
    en: (n, max, w) => `the table on sheet "${w}" spans ${n} columns, more than the limit of ${max}; delete the columns it does not need`,
  },
  area: {
    ja: (n, max, w) => `シート「${w}」の表の範囲（行数×列数）が ${n} セルあり、上限 ${max} セルを超えています。表を分けるか、不要な行・列を削除してください`,
    en: (n, max, w) => `the table on sheet "${w}" covers ${n} cells (rows × columns), more than the limit of ${max}; split it, or delete rows and columns it does not need`,
  },
  cellChars: {
    ja: (n, max, w) => `セル ${w} の文字数が ${n} 文字あり、Excel の上限 ${max} 文字を超えています。このセルを短くして保存し直してください`,
    en: (n, max, w) => `cell ${w} holds ${n} characters, more than Excel's limit of ${max}; shorten it and save the file again`,
  },
  merges: {
    ja: (n, max) => `結合セルが ${n} 個あり、上限 ${max} 個を超えています。不要なセルの結合を解除してください`,
    en: (n, max) => `the sheet has ${n} merged areas, more than the limit of ${max}; unmerge the cells that do not need it`,
  },
};

const BYTE_LIMITS: readonly ReadLimit[] = ['fileBytes', 'partBytes', 'markupBytes'];

/** One line for a limit the file goes past: what, how much, the limit, and what to do. */
export function limitMessage(path: string, exceeded: LimitExceeded, sheet: string, locale: Locale): string {
  const bytes = BYTE_LIMITS.includes(exceeded.limit);
  const amount = bytes ? mb(exceeded.actual, locale) : formatNumber(exceeded.actual, locale);
  const n = exceeded.atLeast ? (locale === 'ja' ? `${amount} 以上` : `at least ${amount}`) : amount;
  const max = bytes ? mb(READ_LIMITS[exceeded.limit], locale) : formatNumber(READ_LIMITS[exceeded.limit], locale);
  const where = exceeded.limit === 'cells' || exceeded.limit === 'rows' || exceeded.limit === 'columns' || exceeded.limit === 'area' ? sheet : (exceeded.where ?? '');
  const text = LIMIT_TEXT[exceeded.limit][locale](n, max, where);
  if (exceeded.limit === 'fileBytes') return MESSAGES['too-large'][locale](path, text);
  return locale === 'ja' ? `${path} は読み込みの上限を超えています: ${text}` : `${path} goes past what can be read: ${text}`;
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

/**
 * A regular file's bytes, at most `maxBytes` of them: anything else (a folder, a device, a FIFO,
 * a file past the limit) is refused before it is read, and reading stops at the limit even when
 * the file grows meanwhile.
 */
export function readInputFile(path: string, locale: Locale, maxBytes: number, tooLarge: (size: number, atLeast: boolean) => UsageError): Uint8Array {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' || code === 'ENOTDIR' ? fail('missing', locale, path) : fail('unreadable', locale, path, String(code ?? error));
  }
  if (stats.isDirectory()) throw fail('directory', locale, path);
  if (!stats.isFile()) throw fail('not-file', locale, path);
  if (stats.size > maxBytes) throw tooLarge(stats.size, false);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fail('unreadable', locale, path, String((error as NodeJS.ErrnoException).code ?? error));
  }
  try {
    // Opened, it could be something else than what was stat'ed (a file swapped for a FIFO): ask again.
    if (!fstatSync(fd).isFile()) throw fail('not-file', locale, path);
    const buffer = new Uint8Array(Math.min(maxBytes + 1, Math.max(stats.size, 64 * 1024)));
    let length = 0;
    let grown = buffer;
    for (;;) {
      if (length === grown.length) {
        if (grown.length > maxBytes) throw tooLarge(length, true);
        const next = new Uint8Array(Math.min(maxBytes + 1, grown.length * 2));
        next.set(grown);
        grown = next;
      }
      let read: number;
      try {
        read = readSync(fd, grown, length, grown.length - length, null);
      } catch (error) {
        throw fail('unreadable', locale, path, String((error as NodeJS.ErrnoException).code ?? error));
      }
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw tooLarge(length, true);
    return grown.subarray(0, length);
  } finally {
    closeSync(fd);
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
  const bytes = readInputFile(path, locale, READ_LIMITS.fileBytes, (size, atLeast) =>
    new UsageError(limitMessage(path, { limit: 'fileBytes', actual: size, ...(atLeast ? { atLeast } : {}) }, '', locale)),
  );
  if (bytes.length === 0) throw fail('empty', locale, path);
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw fail(notZip(bytes, path), locale, path);
  const refused = (error: unknown, sheet: string): never => {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    if (error.reason === 'limit' && error.exceeded) throw new UsageError(limitMessage(path, error.exceeded, sheet, locale));
    if (error.reason === 'encrypted-or-xls') throw fail('encrypted', locale, path);
    throw fail('not-xlsx', locale, path, error.detail ?? '');
  };
  let source: XlsxWorkbookSource;
  try {
    source = await XlsxWorkbookSource.fromBuffer(bytes);
  } catch (error) {
    return refused(error, '');
  }
  const names = await source.sheetNames();
  const name = sheetName ?? names[0];
  if (!names.includes(name)) {
    const known = names.map((n) => `"${n}"`).join(', ');
    throw new UsageError(`${MESSAGES['no-sheet'][locale](path, name)} (${locale === 'ja' ? 'シート' : 'sheets'}: ${known})`);
  }
  let grid: SheetGrid;
  try {
    grid = await source.readSheet(name);
  } catch (error) {
    return refused(error, name);
  }
  return { grid, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const MAPPING_HELP: Record<Locale, string> = {
  ja: '作業ウィンドウが保存するのと同じ形式の JSON です（budget-check check --help に例があります）',
  en: "it is the JSON the task pane saves (see 'budget-check check --help' for an example)",
};

/** A column mapping from a JSON file (--mapping), in the format the task pane saves. Its reader (zod/mini) loads only then. */
export async function readMappingFile(path: string, locale: Locale): Promise<ColumnMapping> {
  const bytes = readInputFile(path, locale, MAPPING_BYTES, () =>
    new UsageError(locale === 'ja' ? `--mapping ${path} は大きすぎます（上限 1 MB）。${MAPPING_HELP.ja}` : `--mapping ${path} is too large (the limit is 1 MB); ${MAPPING_HELP.en}`),
  );
  const { readMapping } = await import(/* webpackChunkName: "mapping" */ '../../domain/reading/mapping-json');
  const read = readMapping(new TextDecoder('utf-8').decode(bytes));
  if ('mapping' in read) return read.mapping;
  throw new UsageError(
    locale === 'ja'
      ? `--mapping ${path} は列の対応として読めません: ${mappingProblemText(read.problem, locale)}。${MAPPING_HELP.ja}`
      : `--mapping ${path} is not a column mapping: ${mappingProblemText(read.problem, locale)}; ${MAPPING_HELP.en}`,
  );
}
