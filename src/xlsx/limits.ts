/**
 * What the .xlsx reader accepts, stated once: the README's table of limits is this object,
 * and each refusal names the limit it hit. Every limit is checked while the file is read,
 * before the work it would cost is done: a zip bomb stops at the first megabyte past its
 * ratio, a sheet of a million rows at the row past the limit.
 *
 * The figures leave wide room above real ministry sheets (50–1,000 事業, 20–60 columns,
 * a few hundred KB) and cover the benchmark's 100,000-row table.
 */
export const READ_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Entries in the zip archive (a workbook has a few dozen). */
  zipEntries: 10_000,
  /** One part of the workbook (a sheet's XML, the shared strings), uncompressed. */
  partBytes: 256 * 1024 * 1024,
  /** Uncompressed ÷ compressed size of a part, checked once it has passed ratioGraceBytes. */
  compressionRatio: 100,
  ratioGraceBytes: 1024 * 1024,
  /** One XML tag, comment or processing instruction. */
  markupBytes: 1024 * 1024,
  /** Cells that hold a value or a formula, in the whole sheet. */
  cells: 2_500_000,
  /** Rows, columns and cells (rows × columns) of the table's area. */
  rows: 150_000,
  columns: 1_000,
  area: 5_000_000,
  /** Characters in one cell: Excel's own limit. */
  cellChars: 32_767,
  /** Merged areas in the sheet. */
  merges: 100_000,
} as const;

/** A limit a file can go past (ratioGraceBytes only says when the ratio is checked). */
export type ReadLimit = Exclude<keyof typeof READ_LIMITS, 'ratioGraceBytes'>;

/**
 * Why a file cannot be read:
 * - not-xlsx: not a zip holding a workbook, or a damaged one;
 * - encrypted-or-xls: an OLE compound file (a password-protected .xlsx, or a legacy .xls);
 * - limit: beyond one of READ_LIMITS (which, how much, and where when known).
 */
export type UnreadableReason = 'not-xlsx' | 'encrypted-or-xls' | 'limit';

export interface LimitExceeded {
  readonly limit: ReadLimit;
  /** What was found: a count, a size in bytes or a ratio; at least this much when `atLeast`. */
  readonly actual: number;
  readonly atLeast?: boolean;
  /** The part of the workbook, or a cell in A1 form. */
  readonly where?: string;
}

const NOT_XLSX = 'Excel ファイル (.xlsx) として読めません / not a readable .xlsx file';
const ENCRYPTED_OR_XLS =
  'Excel ファイル (.xlsx) として読めません: パスワードで保護されたファイルか旧形式 (.xls) です。パスワードを解除し .xlsx 形式で保存し直してください / ' +
  'not a readable .xlsx file: it is password-protected (encrypted) or an old .xls file; remove the password and save it as .xlsx';

/** Thrown for input that is not a readable .xlsx workbook; the CLI reports it and exits 2. */
export class UnreadableWorkbookError extends Error {
  override readonly name = 'UnreadableWorkbookError';

  constructor(
    readonly reason: UnreadableReason,
    /** For 'not-xlsx': what was wrong, in English, for the curious (never needed to act). */
    readonly detail?: string,
    readonly exceeded?: LimitExceeded,
  ) {
    super(
      reason === 'encrypted-or-xls'
        ? ENCRYPTED_OR_XLS
        : reason === 'limit' && exceeded
          ? `${NOT_XLSX}: ${exceeded.limit} ${exceeded.atLeast ? '> ' : ''}${exceeded.actual} (limit ${READ_LIMITS[exceeded.limit]})${exceeded.where ? ` at ${exceeded.where}` : ''}`
          : `${NOT_XLSX}${detail ? ` (${detail})` : ''}`,
    );
  }
}

export function damaged(detail: string): UnreadableWorkbookError {
  return new UnreadableWorkbookError('not-xlsx', detail);
}

export function beyondLimit(limit: ReadLimit, actual: number, where?: string, atLeast = false): UnreadableWorkbookError {
  return new UnreadableWorkbookError('limit', undefined, { limit, actual, ...(where !== undefined ? { where } : {}), ...(atLeast ? { atLeast } : {}) });
}
