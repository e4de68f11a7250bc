import type { Unit } from './amount';
import type { Basis, Reason, RowClassification } from './classification';
import type { Finding, Severity } from './finding';

/**
 * The check report: the envelope the pane shows, the CLI prints as JSON, and the submission
 * sheet is built from. Amounts are in 千円 (the canonical unit) as plain numbers.
 */
export interface ReportFinding extends Finding {
  /** Rendered in the report's locale. */
  readonly message: string;
}

export interface AmountTotals {
  /** 要求・要望額 */
  readonly total: number;
  /** うち要求 */
  readonly request: number;
  /** うち要望 */
  readonly priorityRequest: number;
  /** 前年度予算額 */
  readonly previous: number;
  /** 増減 = total − previous */
  readonly change: number;
}

export interface ReportTotals {
  readonly amed: AmountTotals;
  readonly inhouse: AmountTotals;
  /** amed + inhouse (+ rows of unknown 区分, which a finding reports). */
  readonly all: AmountTotals;
  /** Fund-based rows (ムーンショット, SCARDA, 基金): never included above. */
  readonly fund: AmountTotals;
  /** Per project of the pack, in official order: amounts of shares (split or single-project). */
  readonly byProject: readonly {
    readonly projectId: string;
    readonly name: string;
    readonly amed: number;
    readonly inhouse: number;
    readonly total: number;
    readonly previous: number;
    readonly change: number;
  }[];
  /** Amount that could not be attributed to any project (no project, or several without split). */
  readonly unattributed: number;
  /** The previous-year amount of what is unattributed, so that byProject + unattributed = all for 前年度 too. */
  readonly unattributedPrevious?: number;
}

export interface ReportRow {
  /** Excel row number. */
  readonly row: number;
  readonly name: string;
  /** 'amed' | 'inhouse' | null */
  readonly category: string | null;
  readonly previous: number | null;
  readonly request: number | null;
  readonly priorityRequest: number | null;
  readonly total: number | null;
  /** previous: this share of the row's 前年度予算額, pro rata to the shares' amounts (null when it cannot be split). */
  readonly projects: readonly { readonly id: string; readonly name: string; readonly amount: number | null; readonly previous?: number | null }[];
  readonly suggestions: readonly { readonly id: string; readonly name: string; readonly score: number; readonly confidence: string; readonly reasons: readonly Reason[] }[];
  readonly priorityAreas: readonly string[];
  readonly diseaseAreas: readonly string[];
  readonly purposes: readonly string[];
  readonly basis: Basis | null;
  readonly fund: boolean;
  /** A1 of the 事業名 cell, to select the row. */
  readonly cell: string;
  readonly classification: RowClassification;
}

export interface CheckReport {
  readonly tool: { readonly name: string; readonly version: string };
  readonly generatedAt: string;
  readonly locale: 'ja' | 'en';
  readonly input: { readonly file?: string; readonly sheet: string; readonly sha256: string; readonly range: string | null };
  readonly policy: {
    readonly id: string;
    readonly title: string;
    readonly fiscalYear: string;
    readonly decidedOn: string;
    /** How the year was chosen. */
    readonly chosenBy: 'argument' | 'sheet' | 'default';
  };
  readonly unit: '千円';
  readonly sourceUnit: Unit;
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly rows: number;
    readonly byRule: Readonly<Record<string, number>>;
  };
  readonly status: 'ok' | 'warnings' | 'errors';
  readonly totals: ReportTotals;
  readonly findings: readonly ReportFinding[];
  /** Findings grouped by rule, in catalogue order, with the rule's title in the locale. */
  readonly groups: readonly { readonly rule: string; readonly title: string; readonly severity: Severity; readonly count: number }[];
  readonly rows: readonly ReportRow[];
}
