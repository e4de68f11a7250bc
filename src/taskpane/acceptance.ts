import { acceptanceFor, projectsToAccept } from '../domain/classification/accept-record';
import { withAccepted, withoutAccepted } from '../domain/classification/acceptance-json';
import type { AcceptedSuggestion } from '../domain/model/acceptance';
import type { CheckReport, ReportRow } from '../domain/model/report';

/**
 * The pane's side of accepting suggestions: which rows have something to accept, and the list
 * the workbook keeps after the officer accepts or withdraws. Pure, so the pane only wires it.
 */

/** A row whose figures would change if its suggestions were accepted. */
export function hasCandidates(row: ReportRow): boolean {
  const c = row.candidates;
  return (row.projects.length === 0 && row.suggestions.length > 0 && !row.noSuggestion) || c.category !== null || c.priorityAreas.length > 0 || c.diseaseAreas.length > 0;
}

/** Accepted by the officer earlier (for this year): shown with a way to withdraw. */
export function isAccepted(row: ReportRow, accepted: readonly AcceptedSuggestion[], packId: string): boolean {
  return accepted.some((a) => a.key === row.key && a.packId === packId);
}

export function acceptRow(accepted: readonly AcceptedSuggestion[], row: ReportRow, packId: string): AcceptedSuggestion[] {
  const entry = acceptanceFor(row.key, row.name, row.classification, packId);
  return entry ? withAccepted(accepted, entry) : [...accepted];
}

export function withdrawRow(accepted: readonly AcceptedSuggestion[], row: ReportRow, packId: string): AcceptedSuggestion[] {
  return withoutAccepted(accepted, row.key, packId);
}

/** Rows with no declared project whose leading suggestion is of high confidence: what 「確度「高」の候補をすべて採用」 takes. */
export function highConfidenceRows(report: CheckReport): ReportRow[] {
  return report.rows.filter((r) => r.projects.length === 0 && r.suggestions[0]?.confidence === 'high');
}

/**
 * Accepts the leading project of every such row (last year's projects with their split, when
 * they lead) — only the projects: the confidence speaks of them, not of the row's suggested
 * areas or 区分, which stay for the officer to accept row by row.
 */
export function acceptHighConfidence(accepted: readonly AcceptedSuggestion[], report: CheckReport): AcceptedSuggestion[] {
  const packId = report.policy.id;
  return highConfidenceRows(report).reduce<AcceptedSuggestion[]>((list, row) => {
    const earlier = list.find((a) => a.key === row.key && a.packId === packId);
    const { split: _earlierSplit, ...kept } = earlier ?? { key: row.key, name: row.name, packId };
    return withAccepted(list, { ...kept, ...(projectsToAccept(row.classification) ?? { projects: [row.suggestions[0].id] }) });
  }, [...accepted]);
}
