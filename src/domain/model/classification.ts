import type { Citation } from '../policy/schema';
import type { Yen } from './amount';
import type { FindingDraft } from './finding';

/** Where a previous-year reason comes from: the row of last year's sheet and how it was matched. */
export interface PreviousYearSource {
  readonly sheet: string;
  readonly row: number;
  readonly by: 'number' | 'name';
  /** Of the normalised names, 0…1. */
  readonly similarity: number;
}

/**
 * Why the classifier believes something. Typed, so it can be rendered in ja/en and shown
 * beside the row.
 */
export interface Reason {
  /**
   * split-column, label, alias, near-miss, term, focus-item, tag; disease-area: a 疾患領域 word
   * the policy's paragraphs do not use, placed where they speak of its area; previous-year: last
   * year's classification of the same 事業.
   */
  readonly kind: 'split-column' | 'label' | 'alias' | 'near-miss' | 'term' | 'focus-item' | 'tag' | 'disease-area' | 'previous-year';
  /** Which row field the evidence is in (name, summary, projectLabel, priorityArea …). */
  readonly field: string;
  /** The matched text as it appears (normalised). */
  readonly matched: string;
  /** Contribution to the score. */
  readonly weight: number;
  /** The policy passage behind the evidence. */
  readonly citation?: Citation;
  /** For 'previous-year': the row of last year's sheet (matched is its 事業名 there). */
  readonly previous?: PreviousYearSource;
}

/**
 * How a project share was obtained: split amount columns, a label the sheet declares, or a
 * suggestion the officer explicitly accepted. A suggestion nobody accepted is never a share:
 * it stays in `suggestions`, shown beside the figures and counted nowhere.
 */
export type Basis = 'split' | 'declared' | 'accepted';

/** Money kept out of 当初 totals: 基金, 補正予算, 政府出資. */
export type FundKind = 'fund' | 'supplementary' | 'investment';

export interface ProjectShare {
  readonly projectId: string;
  /** Yen; null when the amount is unknown (label only, several projects, no split). */
  readonly amount: Yen | null;
  readonly basis: Basis;
  /** Why this project: the split column, the label as read, or the suggestion's evidence. */
  readonly reasons?: readonly Reason[];
}

export interface Suggestion {
  readonly projectId: string;
  readonly score: number;
  readonly confidence: 'high' | 'medium' | 'low';
  readonly reasons: readonly Reason[];
  /**
   * A project inherited from last year's sheet: its amount there (weight, in yen) out of the
   * 事業's whole amount there (of), and that part of this year's amount (rounded so that the
   * parts add up to the row's amount). Null where last year named several projects without
   * amounts, or this year's amount is unknown.
   */
  readonly share?: { readonly weight: number | null; readonly of: number | null; readonly amount: Yen | null };
}

/**
 * Why a row's text gives no candidate project (「候補なし」), as data: rendered from per-locale
 * templates wherever the row is shown (see rules/no-suggestion-messages).
 *
 * - no-text: neither 事業名 nor 概要 (nor a tag) to read;
 * - no-policy-word: text, but no word of the year's policy or of the pack's vocabulary;
 * - only-generic-words: only programme words every 事業名 is made of (研究, 開発, 推進, 事業 …);
 * - disease-area-only: a 疾患領域 word, which names no project (方針の4: disease work is managed
 *   inside the integrated projects) and whose area no project paragraph speaks of;
 * - tie: several projects score the same at the top: the text does not choose between them.
 */
export type NoSuggestion =
  | { readonly code: 'no-text' }
  | { readonly code: 'no-policy-word' }
  | { readonly code: 'only-generic-words'; readonly words: readonly string[] }
  | { readonly code: 'disease-area-only'; readonly words: readonly string[]; readonly areaIds: readonly string[]; readonly areaNames: readonly string[] }
  | { readonly code: 'tie'; readonly projectIds: readonly string[]; readonly score: number };

/**
 * A tag (priority area, 疾患領域, 開発目的) with how it was obtained: written in the sheet,
 * a suggestion the officer accepted, or a suggestion from the row's text (never counted as either).
 */
export interface TagMatch {
  readonly id: string;
  readonly name: string;
  /** Only 'declared' and 'accepted' tags count in restated amounts and in rules that need a tag. */
  readonly basis: 'declared' | 'accepted' | 'suggested';
  readonly reasons: readonly Reason[];
}

export interface RowClassification {
  readonly rowNumber: number;
  /** Strongest evidence used; null when nothing could be said. */
  readonly basis: Basis | null;
  readonly projects: readonly ProjectShare[];
  /** Ranked candidates from the row's text (always computed, for display and contradiction checks). */
  readonly suggestions: readonly Suggestion[];
  /**
   * Why the text gives no candidate: set when `suggestions` is empty, or when its leaders tie
   * (they stay listed, but none of them is *the* candidate). Absent when there is a candidate.
   */
  readonly noSuggestion?: NoSuggestion;
  readonly priorityAreas: readonly TagMatch[];
  readonly diseaseAreas: readonly TagMatch[];
  readonly purposes: readonly TagMatch[];
  /** 'amed' | 'inhouse' from the 区分 column (or suggested), null when unknown. */
  readonly category: { readonly id: string; readonly basis: 'declared' | 'accepted' | 'suggested' } | null;
  /**
   * 会計区分: declared in a 会計区分 / 財源 column (declared wins), or suggested by the fund status
   * below. 'special' is another 特別会計 (label as written); 'investment' is 政府出資. null: not
   * stated, i.e. ordinary 一般会計 当初. Rows of 復興特別会計 or another 特別会計 are shown apart in the 総括.
   */
  readonly account: {
    readonly id: 'general' | 'reconstruction' | 'special' | 'supplementary' | 'fund' | 'investment';
    readonly label: string;
    readonly basis: 'declared' | 'suggested';
  } | null;
  /**
   * Fund-based, supplementary or investment money (ムーンショット, SCARDA, CiCLE, 基金, 補正):
   * reported apart, never in 当初 totals. Non-null when the account is supplementary / fund /
   * investment, a 補正 marker is in the row, or the row names a fund-based programme; null for
   * rows of 復興特別会計 or another 特別会計 (shown apart as accounts, not as fund money).
   * `via` says what decided the kind: the declared 会計区分, a marker word (補正, 基金, 出資金 …)
   * or a named programme (the year's fund-based areas, or the long-lived programmes' data).
   */
  readonly fund: {
    readonly areaId: string | null;
    readonly reasons: readonly Reason[];
    readonly kind: FundKind;
    readonly via: 'account' | 'marker' | 'programme';
  } | null;
  /** Looks like a 調整費 line (section 3). */
  readonly adjustmentFund: boolean;
}

export interface Classification {
  readonly rows: readonly RowClassification[];
  /**
   * Findings from classification, rule ids: project-label-unknown, project-label-near-miss,
   * disease-area-as-project, disease-area-unknown, purpose-unknown, category-unknown,
   * priority-area-unknown.
   */
  readonly findings: readonly FindingDraft[];
}
