import type { Citation } from '../policy/schema';
import type { Yen } from './amount';
import type { FindingDraft } from './finding';

/**
 * Why the classifier believes something. Typed, so it can be rendered in ja/en and shown
 * beside the row.
 */
export interface Reason {
  /** split-column, label, alias, near-miss, term, focus-item, tag, heuristic */
  readonly kind: 'split-column' | 'label' | 'alias' | 'near-miss' | 'term' | 'focus-item' | 'tag';
  /** Which row field the evidence is in (name, summary, projectLabel, priorityArea …). */
  readonly field: string;
  /** The matched text as it appears (normalised). */
  readonly matched: string;
  /** Contribution to the score. */
  readonly weight: number;
  /** The policy passage behind the evidence. */
  readonly citation?: Citation;
}

export type Basis = 'split' | 'declared' | 'suggested';

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
}

/**
 * A tag (priority area, 疾患領域, 開発目的) with how it was obtained: written in the sheet,
 * a suggestion the officer accepted, or a suggestion from the row's text (never counted as either).
 */
export interface TagMatch {
  readonly id: string;
  readonly name: string;
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
  readonly priorityAreas: readonly TagMatch[];
  readonly diseaseAreas: readonly TagMatch[];
  readonly purposes: readonly TagMatch[];
  /** 'amed' | 'inhouse' from the 区分 column (or suggested), null when unknown. */
  readonly category: { readonly id: string; readonly basis: 'declared' | 'suggested' } | null;
  /** Fund-based / supplementary money (ムーンショット, SCARDA, 基金): reported apart, not in totals. */
  readonly fund: { readonly areaId: string | null; readonly reasons: readonly Reason[] } | null;
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
