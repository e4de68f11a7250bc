/**
 * Findings are data: a rule id, a severity, where, and typed params. Human messages are
 * rendered from per-locale templates (see rules/messages), never stored here.
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Locale = 'ja' | 'en';

export type ParamValue = string | number | boolean | null | readonly (string | number)[];
export type FindingParams = Readonly<Record<string, ParamValue>>;

/** What a reader, classifier or rule reports before severity configuration is applied. */
export interface FindingDraft {
  readonly rule: string;
  /** Sheet coordinates in A1 form ("D12"), when the finding is about one cell. */
  readonly cell?: string;
  /** Excel row number (1-based) of the 事業 or cell concerned. */
  readonly row?: number;
  /** Column letter ("D"). */
  readonly column?: string;
  /** The offending raw value, as found. */
  readonly value?: ParamValue;
  readonly params: FindingParams;
}

export interface Finding extends FindingDraft {
  readonly severity: Severity;
  readonly sheet: string;
}
