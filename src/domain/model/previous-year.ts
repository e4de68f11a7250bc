import type { Yen } from './amount';

/**
 * Last year's sheet as the engine remembers it: each 事業 with what it was classified as there
 * (the projects it declared, with their amounts, and its 重点領域 and 疾患領域). Small plain
 * data, so the pane sends it to the engine's worker with each check, as it sends policy files.
 * Read from a request sheet (declared or accepted classification) or from a submission sheet
 * this product wrote (its 事業別明細).
 */

/** A project last year's sheet gave a 事業, with its amount there (null: named without a split). */
export interface PreviousProject {
  readonly projectId: string;
  readonly amount: Yen | null;
}

export interface PreviousRow {
  /** The row of last year's sheet (Excel's number) the 事業 is on; its first detail line on a submission sheet. */
  readonly row: number;
  /** 事業番号 as written; null where the sheet has none. */
  readonly number: string | null;
  readonly name: string;
  /** Declared (or accepted) projects, by id of last year's pack. */
  readonly projects: readonly PreviousProject[];
  /** Declared (or accepted) 重点化すべき研究領域 and 疾患領域, by id of last year's pack. */
  readonly priorityAreas: readonly string[];
  readonly diseaseAreas: readonly string[];
}

export interface PreviousYear {
  readonly sheet: string;
  /** The file it came from, where there is one (the CLI's --previous, a file chosen in the pane). */
  readonly file?: string;
  readonly kind: 'request' | 'submission';
  /** The policy pack last year's labels were read with: its id, plan period and projects (official names). */
  readonly packId: string;
  readonly planPeriod: string;
  readonly projects: readonly { readonly id: string; readonly name: string }[];
  /** The fiscal year the sheet's title names (令和5年度), or null. */
  readonly fiscalYear: string | null;
  readonly rows: readonly PreviousRow[];
}

/** How a 事業 of this year's sheet was found in last year's. */
export interface Continuation {
  /** This year's row (Excel's number). */
  readonly row: number;
  readonly previous: PreviousRow;
  /** By 事業番号 (both sheets number their 事業), else by normalised name. */
  readonly by: 'number' | 'name';
  /** How alike the normalised names are, 0…1 (1: the same name). */
  readonly similarity: number;
}

/** This year's sheet against last year's: continuing, new and discontinued 事業. */
export interface PreviousYearMatch {
  readonly source: Omit<PreviousYear, 'rows'>;
  readonly continuing: readonly Continuation[];
  /** Rows of this year's sheet with no 事業 of last year's: 新規. */
  readonly added: readonly number[];
  /** 事業 of last year's sheet not in this year's: 廃止 (or renamed beyond recognition). */
  readonly discontinued: readonly PreviousRow[];
  /**
   * Whether last year's projects are this year's (the same plan period and project ids). When
   * not, and the packs give no mapping, only project ids this year's pack has are carried over.
   */
  readonly sameProjects: boolean;
}
