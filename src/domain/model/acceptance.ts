/**
 * What the officer explicitly accepted of a row's suggestions. Totals count only what the sheet
 * declares and what is listed here; a suggestion nobody accepted is shown beside the figures
 * and counted nowhere. Kept in the workbook's settings, so a colleague who opens the workbook
 * sees the same figures; the sheet's own cells are never changed by accepting.
 */
export interface AcceptedSuggestion {
  /**
   * The row it belongs to, stable when rows move: 事業番号 when the sheet has one, else the
   * normalised 事業名 (see rowKey).
   */
  readonly key: string;
  /** The 事業名 as it read when accepted, for display. */
  readonly name: string;
  /** Project, 区分 and tag ids belong to one year's pack. */
  readonly packId: string;
  readonly projects?: readonly string[];
  /**
   * Last year's split, when the accepted projects are last year's: its amounts of these projects
   * (weights, in the order of `projects`) and of the whole 事業 (of). Each check divides the row's
   * amount in these proportions, so the parts follow this year's amount; what no accepted project
   * weighs stays 統合プロジェクト未特定.
   */
  readonly split?: { readonly weights: readonly number[]; readonly of: number };
  readonly category?: string;
  readonly priorityAreas?: readonly string[];
  readonly diseaseAreas?: readonly string[];
}
