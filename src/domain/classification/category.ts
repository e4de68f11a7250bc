import type { RowClassification } from '../model/classification';
import type { FindingDraft } from '../model/finding';
import type { Field } from '../model/table';
import { readDeclared } from './declared-vocabulary';
import { cellFinding } from './findings';
import { BoundedMemo } from './memo';
import { MEMO_LIMIT, type PackIndex } from './pack-index';
import type { ScannedField } from './scan';
import { keyForm } from './text-key';

/**
 * 区分: AMED対象経費 or インハウス研究機関経費. A declared cell is read leniently (「AMED対象経費
 * （補助金）」 is AMED); text naming both or neither is a finding. Without a declared value, the
 * pack's category terms in the row's text (国立研究開発法人, 研究所 … for インハウス) suggest one
 * when they point one way only.
 */

export interface CategoryResult {
  readonly category: RowClassification['category'];
  readonly findings: readonly FindingDraft[];
}

/** The category a declared text names, or null; remembered per text (a 区分 column holds two or three values). */
const declaredIds = new WeakMap<PackIndex, BoundedMemo<string | null>>();

function categoryOf(text: string, index: PackIndex): string | null {
  const vocabulary = index.categories;
  let ids = [...new Set(readDeclared(text, vocabulary).found.map((f) => f.id))];
  if (ids.length === 0) {
    // No value read cleanly: accept text that contains exactly one category's spelling.
    const key = keyForm(text);
    ids = [...new Set([...vocabulary.dictionary.entries].filter(([k]) => key.includes(k)).map(([, id]) => id))];
  }
  return ids.length === 1 ? ids[0] : null;
}

const NO_FINDINGS: readonly FindingDraft[] = [];

export function declaredCategory(field: Field<string>, rowNumber: number, index: PackIndex): CategoryResult {
  let memo = declaredIds.get(index);
  if (!memo) {
    memo = new BoundedMemo(MEMO_LIMIT);
    declaredIds.set(index, memo);
  }
  const id = memo.get(() => field.value, () => categoryOf(field.value, index));
  if (id !== null) return { category: { id, basis: 'declared' }, findings: NO_FINDINGS };
  const candidates = index.categories.entries.map((e) => e.name);
  return { category: null, findings: [cellFinding('category-unknown', field, rowNumber, { label: field.value, candidates })] };
}

export function suggestedCategory(fields: readonly ScannedField[]): RowClassification['category'] {
  const votes = new Map<string, Set<string>>();
  for (const f of fields) {
    for (const m of f.evidence['category']) {
      for (const e of m.values) votes.set(e.id, (votes.get(e.id) ?? new Set()).add(m.key));
    }
  }
  const ranked = [...votes].map(([id, words]) => ({ id, count: words.size })).sort((a, b) => b.count - a.count);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1].count === ranked[0].count)) return null;
  return { id: ranked[0].id, basis: 'suggested' };
}
