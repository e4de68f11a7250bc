import type { TagMatch } from '../model/classification';
import type { ReportRow } from '../model/report';
import type { PolicyPack, PriorityArea } from '../policy/schema';

/**
 * The priority areas in the order the 再掲 block lists them: the headline areas of section 5,
 * then each project's 「令和X年度においては…」 items in project order, then the other parts.
 */
export function restatedPriorityAreas(pack: PolicyPack): PriorityArea[] {
  const headline = pack.priorityAreas.filter((a) => a.kind === 'headline');
  const others = pack.priorityAreas.filter((a) => a.kind !== 'headline');
  const focus = [...pack.projects].sort((a, b) => a.order - b.order).flatMap((p) => p.focusItems);
  return [...headline, ...focus, ...others];
}

interface Named {
  readonly id: string;
  readonly name: string;
}

/**
 * Official names (in the pack's order) of the entries a row is tagged with. A report row
 * carries tags as ids or names; its classification carries TagMatches. Either counts.
 */
function taggedNames(entries: readonly Named[], fromRow: readonly string[], fromClassification: readonly TagMatch[]): string[] {
  const said = new Set([...fromRow, ...fromClassification.flatMap((t) => [t.id, t.name])]);
  return entries.filter((e) => said.has(e.id) || said.has(e.name)).map((e) => e.name);
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
