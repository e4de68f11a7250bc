import type { TagMatch } from '../model/classification';
import type { ReportRow } from '../model/report';
import type { PolicyPack, PriorityArea } from '../policy/schema';
import { sortSmall } from '../arrays';
import { oncePer } from '../once-per';

/**
 * The priority areas in the order the 再掲 block lists them: the headline areas of section 5,
 * then each project's 「令和X年度においては…」 items in project order, then the other parts.
 * Worked out once per pack: every detail line asks for the order.
 */
export const restatedPriorityAreas = oncePer((pack: PolicyPack): readonly PriorityArea[] => {
  const headline = pack.priorityAreas.filter((a) => a.kind === 'headline');
  const others = pack.priorityAreas.filter((a) => a.kind !== 'headline');
  const focus = [...pack.projects].sort((a, b) => a.order - b.order).flatMap((p) => p.focusItems);
  return [...headline, ...focus, ...others];
});

interface Named {
  readonly id: string;
  readonly name: string;
}

/** Where each id and name stands among the entries, worked out once per list (the lists are the pack's own). */
const positions = oncePer((entries: readonly Named[]): ReadonlyMap<string, readonly number[]> => {
  const map = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const key of new Set([e.id, e.name])) map.set(key, [...(map.get(key) ?? []), i]);
  });
  return map;
});

/** Adds the positions not yet in `hits` (a function, not a closure per call: this runs for every detail line). */
function mark(hits: number[], found: readonly number[] | undefined): void {
  if (found) for (const i of found) if (!hits.includes(i)) hits.push(i);
}

/**
 * Official names (in the pack's order) of the entries a row is tagged with. A report row
 * carries tags as ids or names; its classification carries TagMatches. Either counts.
 */
function taggedNames(entries: readonly Named[], fromRow: readonly string[], fromClassification: readonly TagMatch[]): string[] {
  if (fromRow.length === 0 && fromClassification.length === 0) return [];
  const at = positions(entries);
  // A row has a tag or two: a short list beats a Set and a sort of one for every detail line.
  const hits: number[] = [];
  for (const said of fromRow) mark(hits, at.get(said));
  for (const tag of fromClassification) {
    mark(hits, at.get(tag.id));
    mark(hits, at.get(tag.name));
  }
  if (hits.length > 1) sortSmall(hits, (a, b) => a - b);
  return hits.map((i) => entries[i].name);
}

export interface RowTags {
  readonly priorityAreas: readonly string[];
  readonly diseaseAreas: readonly string[];
  readonly purposes: readonly string[];
}

export function rowTags(row: ReportRow, pack: PolicyPack): RowTags {
  const vocab = pack.vocabularies;
  return {
    priorityAreas: taggedNames(restatedPriorityAreas(pack), row.priorityAreas, row.classification.priorityAreas),
    diseaseAreas: taggedNames(vocab.diseaseAreas, row.diseaseAreas, row.classification.diseaseAreas),
    purposes: taggedNames(vocab.purposes, row.purposes, row.classification.purposes),
  };
}
