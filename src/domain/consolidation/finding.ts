import type { FindingParams, Locale, Severity } from '../model/finding';

/**
 * Findings about the consolidation as a whole (across ministries) or about one input as read
 * back: typed data like the sheet findings, rendered from ja/en templates (rules/index.ts).
 * They name the input file, and the cell where one cell is concerned.
 */
export interface ConsolidationDraft {
  readonly rule: string;
  /** The input file concerned (the first of two, for findings about a pair). */
  readonly file?: string;
  readonly sheet?: string;
  /** A1 of the cell concerned, in `sheet` of `file`. */
  readonly cell?: string;
  readonly params: FindingParams;
}

export interface ConsolidationFinding extends ConsolidationDraft {
  readonly severity: Severity;
  /** Rendered in the requested locale. */
  readonly message: string;
}

export type { Locale, Severity };
