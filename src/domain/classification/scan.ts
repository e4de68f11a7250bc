import { forEachMatch, type LexiconMatch, type Segmented } from './lexicon';
import type { Evidence, PackIndex } from './pack-index';
import { keyed, type KeyedText } from './text-key';

type EvidenceType = Evidence['type'];
type EvidenceOf<K extends EvidenceType> = Extract<Evidence, { type: K }>;

/**
 * One text field of a row, normalised and scanned once for every kind of policy word; per
 * kind, the matches are segmented so that each character counts once (see visit).
 */
export interface ScannedField {
  /** The row field it came from (name, summary, priorityArea …), as reasons name it. */
  readonly field: string;
  readonly text: KeyedText;
  readonly evidence: { readonly [K in EvidenceType]: readonly Segmented<EvidenceOf<K>>[] };
}

const TYPES: readonly EvidenceType[] = ['project', 'priority', 'disease', 'purpose', 'category', 'fund', 'adjustment'];
const NOTHING: ScannedField['evidence'] = { project: [], priority: [], disease: [], purpose: [], category: [], fund: [], adjustment: [] };
const EMPTY_TEXT: KeyedText = { display: '', key: '' };

/** A lexicon key's evidence split by type: [position in TYPES, values] for the types present. */
type Grouped = readonly (readonly [type: number, values: readonly Evidence[]])[];

/** Worked out once per key (the arrays are the lexicon's own). */
const grouped = new WeakMap<readonly Evidence[], Grouped>();

function byType(values: readonly Evidence[]): Grouped {
  let split = grouped.get(values);
  if (!split) {
    split = TYPES.map((type, t) => [t, values.filter((v) => v.type === type)] as const).filter(([, vs]) => vs.length > 0);
    grouped.set(values, split);
  }
  return split;
}

/**
 * One scan's state per evidence type (position in TYPES), reset for each field: the kept matches
 * and the last kept one with its end. Module-level, so that a scan makes no segmenter or closure
 * per field; scanField never calls itself.
 */
const keptOf: Segmented<Evidence>[][] = TYPES.map(() => []);
/** How many of keptOf[t] belong to this scan (the lists are overwritten, never shortened: no reallocation). */
const countOf: number[] = TYPES.map(() => 0);
const lastOf: (KeptMatch | null)[] = TYPES.map(() => null);
const endOf: number[] = TYPES.map(() => -1);

/** A kept match while the scan still adds the matches inside it. */
interface KeptMatch extends Segmented<Evidence> {
  inner: LexiconMatch<Evidence>[];
}

/** Shared by every kept match with nothing inside; frozen, so that nothing can be added to it by mistake. */
const NONE_INSIDE: LexiconMatch<Evidence>[] = Object.freeze([]) as unknown as LexiconMatch<Evidence>[];

/**
 * Maximal munch, left to right, per type: at each position the longest match wins its characters
 * and every character counts once, so 「ゲノム創薬基盤」 reads as 「ゲノム創薬」+「基盤」, not also as
 * 「創薬基盤」. The matches lying inside a kept one are kept with it (「脳科学」 inside 「脳科学研究」).
 * Fed the matches as forEachMatch visits them (by start, longest first).
 */
function visit(start: number, end: number, key: string, values: readonly Evidence[]): void {
  // Indexed, not `for (const [t, typed] of …)`: destructuring each pair made an iterator per match.
  const groups = byType(values);
  for (let g = 0; g < groups.length; g++) {
    const t = groups[g][0];
    const typed = groups[g][1];
    if (start >= endOf[t]) {
      const kept: KeptMatch = { start, end, key, values: typed, inner: NONE_INSIDE };
      endOf[t] = end;
      lastOf[t] = kept;
      keptOf[t][countOf[t]++] = kept;
    } else if (end <= endOf[t]) {
      const last = lastOf[t] as KeptMatch;
      // Most kept matches have nothing inside: their list is made only for the first one found.
      if (last.inner === NONE_INSIDE) last.inner = [];
      last.inner.push({ start, end, key, values: typed });
    }
    // Otherwise it starts inside the kept match and runs past it: its characters are taken.
  }
}

function keptAny(): boolean {
  for (const count of countOf) if (count > 0) return true;
  return false;
}

/** The matches kept for type t, as a list of their own (the working list is reused by the next scan). */
function keptFor<K extends EvidenceType>(t: number, type: K): readonly Segmented<EvidenceOf<K>>[] {
  const count = countOf[t];
  return (count === 0 ? NOTHING[type] : keptOf[t].slice(0, count)) as readonly Segmented<EvidenceOf<K>>[];
}

export function scanField(field: string, raw: string | undefined, index: PackIndex): ScannedField {
  if (typeof raw !== 'string' || raw.length === 0) return { field, text: EMPTY_TEXT, evidence: NOTHING };
  const text = keyed(raw);
  // Each kind of evidence is segmented on its own: a disease word inside a longer project word still counts.
  for (let t = 0; t < TYPES.length; t++) {
    countOf[t] = 0;
    lastOf[t] = null;
    endOf[t] = -1;
  }
  forEachMatch(index.lexicon, text.key, visit);
  if (!keptAny()) return { field, text, evidence: NOTHING };
  const evidence: ScannedField['evidence'] = {
    project: keptFor(0, 'project'),
    priority: keptFor(1, 'priority'),
    disease: keptFor(2, 'disease'),
    purpose: keptFor(3, 'purpose'),
    category: keptFor(4, 'category'),
    fund: keptFor(5, 'fund'),
    adjustment: keptFor(6, 'adjustment'),
  };
  for (let t = 0; t < TYPES.length; t++) lastOf[t] = null;
  return { field, text, evidence };
}
