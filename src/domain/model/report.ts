import type { Unit } from './amount';
import type { Basis, NoSuggestion, Reason, RowClassification } from './classification';
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
  /** 前年度予算額; null when the sheet has no 前年度 column (a finding says so), never a silent 0. */
  readonly previous: number | null;
  /** 増減 = total − previous; null when 前年度 is not known (shown 「－」, never 皆増). */
  readonly change: number | null;
}

/** A line of the table by integrated project. */
export interface ProjectTotals {
  /** null: 統合プロジェクト未特定 (no declared or accepted project, several without split, a remainder). */
  readonly projectId: string | null;
  readonly name: string;
  readonly amed: number;
  readonly inhouse: number;
  /** 区分不明: rows whose 区分 is neither declared nor accepted. amed + inhouse + unknownCategory = total. */
  readonly unknownCategory: number;
  readonly total: number;
  readonly previous: number | null;
  readonly change: number | null;
  /** Part of 前年度 here was allocated pro rata to this year's shares (the sheet does not split it): 参考. */
  readonly previousEstimated: boolean;
  /**
   * 候補（未確定）: amounts of rows with no declared or accepted project whose leading suggestion is
   * this project. Already inside 統合プロジェクト未特定; never added to this line's figures.
   */
  readonly candidate: number;
}

/**
 * The 計 line under the table by project: the engine's own 合計 (by 区分, and all), so the table
 * visibly adds up to 合計. Nothing to mark and no candidate: a 計 restates nothing.
 */
export function projectTableTotal(totals: Pick<ReportTotals, 'amed' | 'inhouse' | 'unknownCategory' | 'all'>): ProjectTotals {
  return {
    projectId: null,
    name: '計',
    amed: totals.amed.total,
    inhouse: totals.inhouse.total,
    unknownCategory: totals.unknownCategory.total,
    total: totals.all.total,
    previous: totals.all.previous,
    change: totals.all.change,
    previousEstimated: false,
    candidate: 0,
  };
}

/** Money kept apart from the initial-budget totals, with why. */
export interface ApartTotals {
  /** 'fund' (基金・補正・政府出資 …) or an account id ('reconstruction', 'special'). */
  readonly id: string;
  /** 「基金等」「復興特別会計」 or the 特別会計 as the sheet names it. */
  readonly label: string;
  readonly totals: AmountTotals;
}

/**
 * The report's totals, in 千円. Every data row is counted in exactly one place: the initial
 * budget (`all`, split by 区分 with a 区分不明 line), or one of the `apart` lines. The projects
 * plus 統合プロジェクト未特定 add up to `all` in every column.
 */
export interface ReportTotals {
  readonly amed: AmountTotals;
  readonly inhouse: AmountTotals;
  /** 区分不明 */
  readonly unknownCategory: AmountTotals;
  /** 合計 = amed + inhouse + unknownCategory. */
  readonly all: AmountTotals;
  /** Fund-based rows (ムーンショット, SCARDA, 基金, 補正 …): never included above. */
  readonly fund: AmountTotals;
  /** 復興特別会計 and any other 特別会計 the sheet declares: never included above. */
  readonly accounts: readonly ApartTotals[];
  /** Per project of the pack, in official order. */
  readonly byProject: readonly ProjectTotals[];
  /** 統合プロジェクト未特定, so that byProject + unspecified = all, column by column. */
  readonly unspecified: ProjectTotals;
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
  /**
   * Declared, split or accepted projects only. previous: this share of the row's 前年度予算額, pro
   * rata to the shares' amounts (null when it cannot be split); previousEstimated when so split.
   */
  readonly projects: readonly {
    readonly id: string;
    readonly name: string;
    readonly amount: number | null;
    readonly previous?: number | null;
    readonly previousEstimated?: boolean;
    readonly basis: Basis;
  }[];
  /** amount (千円): for a project from last year's sheet, its part of this year's amount by last year's split. */
  readonly suggestions: readonly { readonly id: string; readonly name: string; readonly score: number; readonly confidence: string; readonly reasons: readonly Reason[]; readonly amount?: number | null }[];
  /** 「候補なし」 and why (typed; rendered per locale): only on a row with no stated project and no single candidate. */
  readonly noSuggestion?: NoSuggestion;
  /** Declared or accepted tags only (the 再掲 counts these); suggestions are in `candidates`. */
  readonly priorityAreas: readonly string[];
  readonly diseaseAreas: readonly string[];
  readonly purposes: readonly string[];
  /** 候補（未確定）: suggested tags and 区分 nobody has accepted, shown beside, counted nowhere. */
  readonly candidates: {
    readonly category: string | null;
    readonly priorityAreas: readonly string[];
    readonly diseaseAreas: readonly string[];
    readonly purposes: readonly string[];
  };
  readonly basis: Basis | null;
  /** Where the row's money is counted: the initial budget, or a line apart (see ReportTotals). */
  readonly ledger: 'main' | 'fund' | 'account';
  /** The 会計区分 the sheet declares or the fund status implies; null: ordinary 一般会計 当初. */
  readonly account: { readonly id: string; readonly label: string; readonly basis: 'declared' | 'suggested' } | null;
  readonly fund: boolean;
  /** The row's identity for acceptances (事業番号, else the normalised 事業名). */
  readonly key: string;
  /** A1 of the 事業名 cell, to select the row. */
  readonly cell: string;
  /** 事業番号, 担当部局・課室 and 新規/継続 as the sheet writes them, where it has those columns (carried to the detail block). */
  readonly number?: string;
  readonly department?: string;
  readonly newOrContinuing?: string;
  /** A1 of the row's 統合プロジェクト cell, where the sheet has that column (an accepted label can be written there on request). */
  readonly labelCell?: string;
  readonly classification: RowClassification;
}

/**
 * This year's sheet against last year's, when one was given: every 事業 of this year's sheet is
 * continuing (継続, found in last year's) or new (新規), and last year's 事業 found nowhere in
 * this year's are discontinued (廃止). The counts of continuing and new add up to the rows.
 */
export interface PreviousYearSection {
  readonly source: {
    readonly file?: string;
    readonly sheet: string;
    readonly kind: 'request' | 'submission';
    /** The fiscal year last year's title names, as its pack labels it (or as written). */
    readonly fiscalYear: string | null;
    /** The pack last year's labels were read with. */
    readonly policyId: string;
    /** Last year's projects are this year's; when not, only ids this year's pack has were carried over. */
    readonly sameProjects: boolean;
  };
  readonly continuing: readonly {
    readonly row: number;
    readonly name: string;
    readonly cell: string;
    readonly previousRow: number;
    readonly previousName: string;
    readonly by: 'number' | 'name';
    /** Of the normalised names, 0…1. */
    readonly similarity: number;
  }[];
  readonly added: readonly { readonly row: number; readonly name: string; readonly cell: string }[];
  readonly discontinued: readonly { readonly previousRow: number; readonly name: string; readonly number: string | null }[];
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
  /**
   * The ministry the sheet states: its 府省 column, else its title, else the file name (in
   * that order); null when none names one, which the CLI and the pane say rather than write
   * 府省（不明） silently. What the user gives (--ministry, the pane's field) overrides it.
   */
  readonly ministry: { readonly name: string; readonly from: 'column' | 'title' | 'file'; readonly text: string } | null;
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
  /** Only when last year's sheet was given. */
  readonly previousYear?: PreviousYearSection;
}
