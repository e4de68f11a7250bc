import type { Classification, Reason, RowClassification, Suggestion, TagMatch } from '../model/classification';
import type { Continuation, PreviousYearMatch } from '../model/previous-year';
import type { BudgetRow, SheetTable } from '../model/table';
import { CONFIDENCE_THRESHOLDS } from '../classification/confidence';
import { rowAmount } from '../classification/row-amount';
import { round } from '../classification/weights';
import { allPriorityAreas } from '../policy/priority-areas';
import type { PolicyPack } from '../policy/schema';
import { carriedIds } from './carry';
import { splitByWeights } from './shares';

/**
 * A continuing 事業 is offered what last year's sheet said of it — its projects (with last
 * year's split applied to this year's amount), 重点領域 and 疾患領域 — as suggestions, never as
 * declarations: they count nowhere until the officer accepts them (accept.ts), exactly like a
 * suggestion from the row's text, and what this year's sheet declares always wins (a row that
 * declares projects, or tags of a kind, is offered none of that kind).
 *
 * Last year's classification was a person's decision about the same 事業, so it leads the
 * suggestions: its reason weighs the row's best text score plus PREVIOUS_YEAR_WEIGHT, and the
 * text-based candidates follow it (each only "low", being behind the leader). It is of high
 * confidence only when the 事業 is certainly the same — matched by 事業番号 or by the same
 * normalised name — and last year's projects are this year's; otherwise medium.
 */

/** What last year's classification weighs above the best text evidence: the score a high-confidence text suggestion needs. */
export const PREVIOUS_YEAR_WEIGHT = CONFIDENCE_THRESHOLDS.high.minScore;

function confidence(match: Continuation, sameProjects: boolean): Suggestion['confidence'] {
  return (match.by === 'number' || match.similarity === 1) && sameProjects ? 'high' : 'medium';
}

function previousReason(match: Continuation, sheet: string, weight: number): Reason {
  return {
    kind: 'previous-year',
    field: 'previousYear',
    matched: match.previous.name,
    weight,
    previous: { sheet, row: match.previous.row, by: match.by, similarity: round(match.similarity) },
  };
}

function inheritedSuggestions(row: BudgetRow, cls: RowClassification, match: Continuation, previous: PreviousYearMatch, pack: PolicyPack, unit: SheetTable['unit']): Suggestion[] | null {
  const known = carriedIds(pack).projects;
  const last = match.previous.projects;
  if (cls.projects.length > 0 || !last.some((p) => known.has(p.projectId))) return null;
  // Last year's whole split weighs this year's amount: a project not carried leaves its part unattributed.
  const weights = last.map((p) => p.amount);
  const parts = splitByWeights(rowAmount(row), weights, unit);
  const of = weights.every((w): w is number => w !== null) ? weights.reduce((sum, w) => sum + w, 0) : null;
  const topText = cls.suggestions[0]?.score ?? 0;
  const reason = previousReason(match, previous.source.sheet, round(topText + PREVIOUS_YEAR_WEIGHT));
  const level = confidence(match, previous.sameProjects);
  const inherited = last.flatMap((p, i): Suggestion[] => {
    if (!known.has(p.projectId)) return [];
    const text = cls.suggestions.find((s) => s.projectId === p.projectId);
    const score = round(reason.weight + (text?.score ?? 0));
    return [{ projectId: p.projectId, score, confidence: level, reasons: [reason, ...(text?.reasons ?? [])], share: { weight: p.amount, of, amount: parts[i] } }];
  });
  const ids = new Set(inherited.map((s) => s.projectId));
  // Behind the leader, a candidate is low by definition (see confidence.ts).
  const rest = cls.suggestions.filter((s) => !ids.has(s.projectId)).map((s) => ({ ...s, confidence: 'low' as const }));
  return [...inherited, ...rest];
}

function inheritedTags(current: readonly TagMatch[], ids: readonly string[], entries: readonly { readonly id: string; readonly name: string }[], reason: Reason): TagMatch[] | null {
  if (ids.length === 0 || current.some((t) => t.basis === 'declared')) return null;
  const wanted = new Set(ids);
  const from = entries.filter((e) => wanted.has(e.id));
  if (from.length === 0) return null;
  const inherited = from.map((e): TagMatch => ({ id: e.id, name: e.name, basis: 'suggested', reasons: [reason, ...(current.find((t) => t.id === e.id)?.reasons ?? [])] }));
  return [...inherited, ...current.filter((t) => !wanted.has(t.id))];
}

/** The classification with last year's suggestions added to each continuing 事業. */
export function inheritPrevious(table: SheetTable, classification: Classification, previous: PreviousYearMatch, pack: PolicyPack): Classification {
  if (previous.continuing.length === 0) return classification;
  const rows = new Map(table.rows.map((r) => [r.rowNumber, r]));
  const matches = new Map(previous.continuing.map((c) => [c.row, c]));
  const carried = carriedIds(pack);
  const priorityEntries = allPriorityAreas(pack);
  return {
    ...classification,
    rows: classification.rows.map((cls) => {
      const match = matches.get(cls.rowNumber);
      const row = rows.get(cls.rowNumber);
      if (!match || !row) return cls;
      const suggestions = inheritedSuggestions(row, cls, match, previous, pack, table.unit);
      // Tags carry the same reason, weighed as a declared tag read from text would be.
      const reason = previousReason(match, previous.source.sheet, 1);
      const priorityAreas = inheritedTags(cls.priorityAreas, match.previous.priorityAreas.filter((id) => carried.priorityAreas.has(id)), priorityEntries, reason);
      const diseaseAreas = inheritedTags(cls.diseaseAreas, match.previous.diseaseAreas.filter((id) => carried.diseaseAreas.has(id)), pack.vocabularies.diseaseAreas, reason);
      if (!suggestions && !priorityAreas && !diseaseAreas) return cls;
      // Last year's projects lead, together: the row has a candidate now, whatever its text said.
      const { noSuggestion: _none, ...withCandidate } = cls;
      return {
        ...(suggestions ? withCandidate : cls),
        ...(suggestions ? { suggestions } : {}),
        ...(priorityAreas ? { priorityAreas } : {}),
        ...(diseaseAreas ? { diseaseAreas } : {}),
      };
    }),
  };
}
