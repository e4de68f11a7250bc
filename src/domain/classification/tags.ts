import type { Reason, TagMatch } from '../model/classification';
import type { FindingDraft } from '../model/finding';
import type { Field } from '../model/table';
import { readDeclared } from './declared-vocabulary';
import { cellFinding, type ClassificationRule } from './findings';
import { BoundedMemo } from './memo';
import { MEMO_LIMIT, type DeclaredVocabulary, type PackIndex } from './pack-index';
import type { ScannedField } from './scan';
import { NO_PARTS, type SharedParts } from './shared-parts';
import { fieldWeight, KIND_WEIGHT, lengthFactor, round } from './weights';

/**
 * Tags that are not projects — 重点化すべき研究領域, 疾患領域, 開発目的: a declared cell is read
 * against the pack's vocabulary (unknown values become findings); when nothing is declared the
 * row's text suggests them, each with the words that did.
 */

export type TagKind = 'priority' | 'disease' | 'purpose';

const UNKNOWN_RULE: Record<TagKind, ClassificationRule> = {
  priority: 'priority-area-unknown',
  disease: 'disease-area-unknown',
  purpose: 'purpose-unknown',
};

function vocabularyOf(kind: TagKind, index: PackIndex): DeclaredVocabulary {
  return kind === 'priority' ? index.priorityAreas : kind === 'disease' ? index.diseaseAreas : index.purposes;
}

export interface TagResult {
  readonly tags: readonly TagMatch[];
  readonly findings: readonly FindingDraft[];
}

/** Tags in vocabulary order, one per entry, each with all its reasons. */
function ordered(vocabulary: DeclaredVocabulary, byId: ReadonlyMap<string, Reason[]>, basis: TagMatch['basis']): TagMatch[] {
  return vocabulary.entries.filter((e) => byId.has(e.id)).map((e) => ({ id: e.id, name: e.name, basis, reasons: byId.get(e.id) ?? [] }));
}

function push(byId: Map<string, Reason[]>, id: string, reason: Reason): void {
  const list = byId.get(id);
  if (!list) byId.set(id, [reason]);
  else if (!hasWords(list, reason)) list.push(reason);
}

/** Whether the list already has a reason for the same words of the same field. */
function hasWords(list: readonly Reason[], reason: Reason): boolean {
  for (const r of list) if (r.field === reason.field && r.matched === reason.matched) return true;
  return false;
}

interface DeclaredCell {
  readonly tags: readonly TagMatch[];
  readonly unknown: readonly { readonly text: string; readonly candidates: readonly string[] }[];
}

const FIELD_OF: Record<TagKind, string> = { priority: 'priorityArea', disease: 'diseaseArea', purpose: 'purpose' };

/** What a declared cell text says, remembered per vocabulary (the same few values fill a column). */
const declaredCells = new WeakMap<DeclaredVocabulary, BoundedMemo<DeclaredCell>>();

function readCell(kind: TagKind, text: string, vocabulary: DeclaredVocabulary, parts: SharedParts): DeclaredCell {
  const reading = readDeclared(text, vocabulary);
  const byId = new Map<string, Reason[]>();
  for (const f of reading.found) {
    const citation = vocabulary.entries.find((e) => e.id === f.id)?.citation;
    push(byId, f.id, { kind: 'tag', field: FIELD_OF[kind], matched: f.text, weight: 1, ...(citation ? { citation } : {}) });
  }
  return { tags: parts.tags(ordered(vocabulary, byId, 'declared')), unknown: reading.unknown };
}

const NO_TAGS: TagResult = { tags: NO_PARTS, findings: [] };

export function declaredTags(kind: TagKind, field: Field<string> | undefined, rowNumber: number, index: PackIndex, parts: SharedParts): TagResult {
  if (!field || typeof field.value !== 'string') return NO_TAGS;
  const text = field.value;
  const vocabulary = vocabularyOf(kind, index);
  let memo = declaredCells.get(vocabulary);
  if (!memo) {
    memo = new BoundedMemo(MEMO_LIMIT);
    declaredCells.set(vocabulary, memo);
  }
  const cell = memo.get(() => text, () => readCell(kind, text, vocabulary, parts));
  if (cell.unknown.length === 0) return { tags: cell.tags, findings: NO_FINDINGS };
  const findings = cell.unknown.map((u) => cellFinding(UNKNOWN_RULE[kind], field, rowNumber, { label: u.text, candidates: u.candidates }));
  return { tags: cell.tags, findings };
}

const NO_FINDINGS: readonly FindingDraft[] = [];

function hasEvidence(kind: TagKind, fields: readonly ScannedField[]): boolean {
  for (const f of fields) if (f.evidence[kind].length > 0) return true;
  return false;
}

export function suggestedTags(kind: TagKind, fields: readonly ScannedField[], index: PackIndex, parts: SharedParts): readonly TagMatch[] {
  if (!hasEvidence(kind, fields)) return NO_PARTS;
  // A row's text names a few entries at most: parallel lists, searched in turn, rather than a map per row.
  const ids: string[] = [];
  const lists: Reason[][] = [];
  for (const f of fields) {
    for (const m of f.evidence[kind]) {
      const weight = round(KIND_WEIGHT.term * lengthFactor(m.end - m.start) * fieldWeight(f.field));
      const matched = f.text.display.slice(m.start, m.end);
      for (const e of m.values) {
        const id = e.type === 'priority' ? e.areaId : e.id;
        const focus = e.type === 'priority' && index.priorityAreaById.get(id)?.kind === 'focus';
        const reasonKind = focus ? 'focus-item' : 'term';
        // Two literal shapes rather than a spread of an optional citation: no object made only to be copied.
        const reason: Reason = e.citation ? { kind: reasonKind, field: f.field, matched, weight, citation: e.citation } : { kind: reasonKind, field: f.field, matched, weight };
        const at = ids.indexOf(id);
        if (at < 0) {
          ids.push(id);
          lists.push([reason]);
        } else if (!hasWords(lists[at], reason)) {
          lists[at].push(reason);
        }
      }
    }
  }
  const tags: TagMatch[] = [];
  for (const e of vocabularyOf(kind, index).entries) {
    const at = ids.indexOf(e.id);
    if (at >= 0) tags.push({ id: e.id, name: e.name, basis: 'suggested', reasons: lists[at] });
  }
  // Kept with the row's classification: the shared list equal to it (rows name the same tags for the same words).
  return parts.tags(tags);
}
