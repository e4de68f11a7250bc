import type { AcceptedSuggestion } from '../model/acceptance';
import type { Unit } from '../model/amount';
import type { Classification, ProjectShare, RowClassification, TagMatch } from '../model/classification';
import type { BudgetRow } from '../model/table';
import { splitByWeights, withRest } from '../previous-year/shares';
import { allPriorityAreas } from '../policy/priority-areas';
import type { PolicyPack } from '../policy/schema';
import { matchKey } from '../text/normalize';
import { rowAmount } from './row-amount';

/**
 * Applies what the officer accepted to a classification. Only where the sheet declares nothing:
 * a label or split column on the sheet always wins over an acceptance made earlier. Ids the
 * year's pack does not know (an acceptance kept from another year or pack) are ignored.
 */

/** A row's identity across re-reads: its 事業番号 when it has one, else its normalised 事業名. */
export function rowKey(row: Pick<BudgetRow, 'number' | 'name'>): string {
  const number = typeof row.number?.value === 'string' ? row.number.value.trim() : '';
  if (number !== '') return `no:${matchKey(number)}`;
  return `name:${matchKey(typeof row.name.value === 'string' ? row.name.value : String(row.name.value ?? ''))}`;
}

/**
 * One accepted project takes the row's amount; several take last year's proportions when the
 * acceptance carries them (else their amounts are unknown: 統合プロジェクト未特定, as a label
 * naming several projects without a split).
 */
function acceptedShares(row: BudgetRow, cls: RowClassification, accepted: AcceptedSuggestion, pack: PolicyPack, unit: Unit): ProjectShare[] {
  const ids = accepted.projects ?? [];
  const known = pack.projects.filter((p) => ids.includes(p.id));
  const split = accepted.split && accepted.split.weights.length === ids.length && known.length === ids.length ? accepted.split : null;
  const parts = split ? splitByWeights(rowAmount(row), withRest(split.weights, split.of), unit) : null;
  return known.map((p) => ({
    projectId: p.id,
    amount: parts ? parts[ids.indexOf(p.id)] : known.length === 1 ? rowAmount(row) : null,
    basis: 'accepted',
    reasons: cls.suggestions.find((s) => s.projectId === p.id)?.reasons ?? [],
  }));
}

function acceptedTags(current: readonly TagMatch[], ids: readonly string[] | undefined, entries: readonly { readonly id: string; readonly name: string }[]): readonly TagMatch[] {
  if (!ids || ids.length === 0 || current.some((t) => t.basis === 'declared')) return current;
  const accepted = entries
    .filter((e) => ids.includes(e.id))
    .map((e): TagMatch => ({ id: e.id, name: e.name, basis: 'accepted', reasons: current.find((t) => t.id === e.id)?.reasons ?? [] }));
  if (accepted.length === 0) return current;
  // Suggestions that were not accepted stay beside the accepted ones, still uncounted.
  return [...accepted, ...current.filter((t) => !ids.includes(t.id))];
}

function applyToRow(row: BudgetRow, cls: RowClassification, accepted: AcceptedSuggestion, pack: PolicyPack, unit: Unit): RowClassification {
  const shares = cls.projects.length === 0 && accepted.projects ? acceptedShares(row, cls, accepted, pack, unit) : [];
  const category =
    accepted.category !== undefined && cls.category?.basis !== 'declared' && pack.vocabularies.categories.some((c) => c.id === accepted.category)
      ? { id: accepted.category, basis: 'accepted' as const }
      : cls.category;
  return {
    ...cls,
    ...(shares.length > 0 ? { projects: shares, basis: 'accepted' as const } : {}),
    category,
    priorityAreas: acceptedTags(cls.priorityAreas, accepted.priorityAreas, allPriorityAreas(pack)),
    diseaseAreas: acceptedTags(cls.diseaseAreas, accepted.diseaseAreas, pack.vocabularies.diseaseAreas),
  };
}

/** `unit`: the sheet's, in which last year's proportions are rounded (see previous-year/shares.ts). */
export function applyAccepted(rows: readonly BudgetRow[], classification: Classification, accepted: readonly AcceptedSuggestion[], pack: PolicyPack, unit: Unit = '円'): Classification {
  const forPack = new Map(accepted.filter((a) => a.packId === pack.id).map((a) => [a.key, a]));
  if (forPack.size === 0) return classification;
  const byRow = new Map(rows.map((r) => [r.rowNumber, r]));
  return {
    ...classification,
    rows: classification.rows.map((cls) => {
      const row = byRow.get(cls.rowNumber);
      const mine = row && forPack.get(rowKey(row));
      return row && mine ? applyToRow(row, cls, mine, pack, unit) : cls;
    }),
  };
}
