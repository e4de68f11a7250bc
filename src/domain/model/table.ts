import type { CellValue } from './grid';
import type { Unit, Yen } from './amount';
import type { FindingDraft } from './finding';

/** What a column means. One amount column per project is 'projectAmount' with projectId. */
export const COLUMN_ROLES = [
  'number', // 事業番号
  'name', // 事業名 / 研究事業名
  'department', // 担当部局・課室
  'ministry', // 府省
  'category', // 区分 (AMED / インハウス)
  'account', // 会計区分 / 財源 (一般会計, 復興特別会計, 補正, 基金, 政府出資 …)
  'previous', // 前年度予算額
  'request', // 要求額
  'priorityRequest', // 要望額
  'total', // 計 / 要求・要望額
  'projectLabel', // 統合プロジェクト (label text)
  'projectAmount', // one amount column per project (split)
  'projectPrevious', // one 前年度 column per project (the previous year's split), with projectId
  'diseaseArea', // 疾患領域
  'purpose', // 開発目的
  'priorityArea', // 重点領域
  'summary', // 事業概要
  'status', // 新規/継続
  'remarks', // 備考
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const AMOUNT_ROLES: readonly ColumnRole[] = ['previous', 'request', 'priorityRequest', 'total', 'projectAmount', 'projectPrevious'];

export interface ColumnAssignment {
  /** Sheet column, 0-based. */
  readonly col: number;
  readonly role: ColumnRole;
  /** For 'projectAmount' and 'projectPrevious': the pack's project id. */
  readonly projectId?: string;
  /** The header text as found (parent and child joined with " / "). */
  readonly header: string;
  /** Unit stated in this column's header, if any. */
  readonly unit?: Unit;
}

/**
 * A user-confirmed or stored mapping; overrides detection. Serialises to JSON so the
 * add-in can keep it in the workbook.
 */
export interface ColumnMapping {
  /** Sheet rows (0-based, inclusive) that make up the header. */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly columns: readonly ColumnAssignment[];
  /** Unit the user confirmed for the whole table, overriding detection. */
  readonly unit?: Unit;
}

/** A field of a row, remembering where it came from. */
export interface Field<T> {
  readonly value: T;
  /** A1 address of the source cell. */
  readonly cell: string;
  readonly raw: CellValue;
}

/** An amount after parsing; null value = nil ("-", "―", blank) or unparseable (then a finding says so). */
export type AmountField = Field<Yen | null>;

export interface BudgetRow {
  /** Excel row number as users see it (1-based). */
  readonly rowNumber: number;
  readonly number?: Field<string>;
  readonly name: Field<string>;
  readonly department?: Field<string>;
  readonly ministry?: Field<string>;
  readonly category?: Field<string>;
  /** 会計区分 / 財源 / 予算区分 as written. */
  readonly account?: Field<string>;
  readonly previous?: AmountField;
  readonly request?: AmountField;
  readonly priorityRequest?: AmountField;
  readonly total?: AmountField;
  readonly projectLabel?: Field<string>;
  /** Split columns, in the pack's project order; only the columns the sheet has. */
  readonly projectAmounts: readonly { readonly projectId: string; readonly amount: AmountField }[];
  /** 前年度 by project, where the sheet splits it (then 前年度 by project is exact, not allocated). */
  readonly projectPrevious?: readonly { readonly projectId: string; readonly amount: AmountField }[];
  readonly diseaseArea?: Field<string>;
  readonly purpose?: Field<string>;
  readonly priorityArea?: Field<string>;
  readonly summary?: Field<string>;
  readonly status?: Field<string>;
  readonly remarks?: Field<string>;
}

/** A 小計/合計/計 row: kept out of the data, kept for the subtotal check. */
export interface SubtotalRow {
  readonly rowNumber: number;
  readonly label: Field<string>;
  /** 'subtotal' sums the data rows since the previous subtotal; 'grandTotal' sums all data rows. */
  readonly kind: 'subtotal' | 'grandTotal';
  /** Amount columns of this row by role (and projectId for split columns). */
  readonly amounts: readonly { readonly role: ColumnRole; readonly projectId?: string; readonly amount: AmountField }[];
  /** Data rows (rowNumber) this subtotal covers. */
  readonly covers: readonly number[];
}

/** The result of reading one sheet: pure data, plus what went wrong as finding drafts. */
export interface SheetTable {
  readonly sheetName: string;
  /** null when no header was found (a finding says so). */
  readonly mapping: ColumnMapping | null;
  /** How the mapping came about. */
  readonly mappingSource: 'detected' | 'user' | 'none';
  readonly unit: Unit;
  /** Where the unit came from. 'assumed' produces a finding. */
  readonly unitSource: 'header' | 'title' | 'user' | 'assumed';
  /** Title rows' text above the header (used to guess the fiscal year and ministry). */
  readonly titleLines: readonly string[];
  readonly rows: readonly BudgetRow[];
  readonly subtotals: readonly SubtotalRow[];
  /** Sheet rows (0-based) of the data block, for "source range" in the submission sheet. */
  readonly dataRange: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number } | null;
  /**
   * Findings produced while reading, with rule ids from the catalogue:
   * header-not-found, required-column-missing, unit-assumed, amount-not-number, error-value.
   */
  readonly findings: readonly FindingDraft[];
}
