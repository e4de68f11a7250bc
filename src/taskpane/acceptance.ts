import { acceptanceFor, projectsToAccept } from '../domain/classification/accept-record';
import { withAccepted, withoutAccepted } from '../domain/classification/accepted-list';
import type { AcceptedSuggestion } from '../domain/model/acceptance';
import type { CheckReport, ReportRow } from '../domain/model/report';
import { appendAll } from '../domain/arrays';

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
export function highConfidenceRows(report: Pick<CheckReport, 'rows'>): ReportRow[] {
  return report.rows.filter((r) => r.projects.length === 0 && r.suggestions[0]?.confidence === 'high');
}

/**
 * Accepts the leading project of every such row (last year's projects with their split, when
 * they lead) — only the projects: the confidence speaks of them, not of the row's suggested
 * areas or 区分, which stay for the officer to accept row by row.
 * The same list as withAccepted row after row (an entry replaced moves to the end), in one pass:
 * that would copy the list once per row, which at 50,000 rows is billions of steps.
 */
export function acceptHighConfidence(accepted: readonly AcceptedSuggestion[], report: Pick<CheckReport, 'rows' | 'policy'>): AcceptedSuggestion[] {
  const packId = report.policy.id;
  const earlier = new Map(accepted.filter((a) => a.packId === packId).map((a) => [a.key, a]));
  const taken = new Map<string, AcceptedSuggestion>();
  for (const row of highConfidenceRows(report)) {
    const before = taken.get(row.key) ?? earlier.get(row.key);
    // Deleted first, so that a key taken again moves to the end, as withAccepted moves it.
    taken.delete(row.key);
    // An earlier split belongs to the projects it split: the new projects bring their own, or none.
    const { split: _earlierSplit, ...kept } = before ?? { key: row.key, name: row.name, packId };
    taken.set(row.key, { ...kept, ...(projectsToAccept(row.classification) ?? { projects: [row.suggestions[0].id] }) });
  }
  const kept = accepted.filter((a) => a.packId !== packId || !taken.has(a.key));
  return appendAll(kept, taken.values());
}
