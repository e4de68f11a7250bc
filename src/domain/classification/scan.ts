import { forEachMatch, MatchSegmenter, type Segmented } from './lexicon';
import type { Evidence, PackIndex } from './pack-index';
import { keyed, type KeyedText } from './text-key';

type EvidenceType = Evidence['type'];
type EvidenceOf<K extends EvidenceType> = Extract<Evidence, { type: K }>;

/**
 * One text field of a row, normalised and scanned once for every kind of policy word; per
 * kind, the matches are segmented so that each character counts once (see MatchSegmenter).
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

export function scanField(field: string, raw: string | undefined, index: PackIndex): ScannedField {
  if (typeof raw !== 'string' || raw.length === 0) return { field, text: EMPTY_TEXT, evidence: NOTHING };
  const text = keyed(raw);
  // Each kind of evidence is segmented on its own: a disease word inside a longer project word still counts.
  // By position in TYPES, so that a match costs array look-ups, not property look-ups by name.
  const segmenters: (MatchSegmenter<Evidence> | undefined)[] = new Array(TYPES.length).fill(undefined);
  let found = false;
  forEachMatch(index.lexicon, text.key, (start, end, key, values) => {
    found = true;
    for (const [t, typed] of byType(values)) (segmenters[t] ??= new MatchSegmenter()).add(start, end, key, typed);
  });
  if (!found) return { field, text, evidence: NOTHING };
  const of = <K extends EvidenceType>(type: K) => (segmenters[TYPES.indexOf(type)]?.kept ?? NOTHING[type]) as readonly Segmented<EvidenceOf<K>>[];
  return {
    field,
    text,
    evidence: { project: of('project'), priority: of('priority'), disease: of('disease'), purpose: of('purpose'), category: of('category'), fund: of('fund'), adjustment: of('adjustment') },
  };
}
