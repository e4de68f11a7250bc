import type { Basis, Reason } from '../model/classification';
import type { ReportRow } from '../model/report';
import type { PolicyPack } from '../policy/schema';
import { packProjectName, renderNoSuggestion } from '../rules/no-suggestion-messages';
import type { SubmissionLayout } from './layout';
import { sortSmall } from '../arrays';

/**
 * 分類の根拠 of a detail line: how the line's project was obtained (分割列 / 申告 / 推定) and
 * the evidence, so the Cabinet Office can see why an amount sits where it does.
 */

export type UnattributedReason = keyof SubmissionLayout['detail']['unattributedReasons'];

const MAX_EVIDENCE = 3;

/** Reasons that support each basis: a split column, a label the sheet wrote, or any text match. */
const EVIDENCE_KINDS: Record<Basis, readonly Reason['kind'][] | null> = {
  split: ['split-column'],
  declared: ['label', 'alias', 'near-miss'],
  accepted: null,
};

function evidenceText(reasons: readonly Reason[], basis: Basis, layout: SubmissionLayout): string | null {
  const kinds = EVIDENCE_KINDS[basis];
  const chosen = sortSmall(
    reasons.filter((r) => kinds === null || kinds.includes(r.kind)),
    (a, b) => b.weight - a.weight,
  ).slice(0, MAX_EVIDENCE);
  if (chosen.length === 0) return null;
  const { fieldNames, previousYear } = layout.detail;
  return chosen.map((r) => (r.kind === 'previous-year' && r.previous ? previousYear(r.previous.sheet, r.previous.row) : `${fieldNames[r.field] ?? r.field}「${r.matched}」`)).join('・');
}

function confidenceText(confidence: string, layout: SubmissionLayout): string {
  const { confidenceNames, evidenceLabels } = layout.detail;
  return `${evidenceLabels.confidence}：${confidenceNames[confidence] ?? confidence}`;
}

function withDetails(head: string, details: readonly (string | null)[]): string {
  const shown = details.filter((d): d is string => d !== null && d !== '');
  return shown.length > 0 ? `${head}（${shown.join('、')}）` : head;
}

/** The leading candidate of a row, or every project of last year's sheet when they lead (they are one suggestion). */
export function leadingCandidates(row: ReportRow): ReportRow['suggestions'] {
  const top = row.suggestions[0];
  if (!top || row.noSuggestion) return [];
  return top.amount !== undefined ? row.suggestions.filter((s) => s.amount !== undefined) : [top];
}

/** The basis of a line attributed to `projectId`. */
export function shareBasisText(row: ReportRow, projectId: string, layout: SubmissionLayout): string {
  const { basisNames, fieldNames } = layout.detail;
  const basis = row.classification.projects.find((p) => p.projectId === projectId)?.basis ?? row.basis;
  if (basis === null) return basisNames.none;
  const suggestion = row.classification.suggestions.find((s) => s.projectId === projectId);
  const evidence = evidenceText(suggestion?.reasons ?? [], basis, layout);
  const fallback = basis === 'split' ? (fieldNames.projectAmount ?? null) : null;
  const confidence = basis === 'accepted' && suggestion ? confidenceText(suggestion.confidence, layout) : null;
  return withDetails(basisNames[basis], [evidence ?? fallback, confidence]);
}

/** The basis of a 「統合プロジェクト未特定」 line: why no project, and what the sheet or the classifier offered. */
export function unattributedBasisText(row: ReportRow, reason: UnattributedReason, pack: PolicyPack, layout: SubmissionLayout): string {
  const { unattributedReasons, evidenceLabels } = layout.detail;
  const head = unattributedReasons[reason];
  if (reason === 'unsplit' || reason === 'notInPack') {
    return withDetails(head, [row.projects.map((p) => pack.projects.find((q) => q.id === p.id)?.name ?? p.name).join('・')]);
  }
  if (reason === 'none') {
    // The 提出様式 is written in Japanese, like every other label of the layout.
    if (row.noSuggestion) return withDetails(head, [`${evidenceLabels.noCandidate}：${renderNoSuggestion(row.noSuggestion, 'ja', packProjectName(pack))}`]);
    const best = row.classification.suggestions[0];
    const names = leadingCandidates(row).flatMap((s) => pack.projects.find((p) => p.id === s.id)?.name ?? []);
    const from = best?.reasons.find((r) => r.kind === 'previous-year')?.previous;
    return withDetails(
      head,
      names.length > 0 && best ? [`${evidenceLabels.candidate}：${names.join('・')}`, confidenceText(best.confidence, layout), from ? layout.detail.previousYear(from.sheet, from.row) : null] : [],
    );
  }
  return head;
}
