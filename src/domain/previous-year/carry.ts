import type { PreviousRow, PreviousYear } from '../model/previous-year';
import { allPriorityAreas } from '../policy/priority-areas';
import type { PolicyPack } from '../policy/schema';
import { oncePer } from '../once-per';

/**
 * What of last year's classification can be said in this year's pack. Projects, 重点領域 and
 * 疾患領域 are ids of a year's pack, and a year's facts live in its pack, never in code: the
 * packs hold no table from one plan period's projects to the next's, so an id is carried over
 * only when this year's pack has it. Within one plan period the projects are the same and
 * everything carries; across periods (6 projects → 8) only the ids both packs share do, and the
 * check says which did not (previous-project-not-carried). 重点領域 change every year: only
 * those this year's policy names again are carried.
 */

/** Last year's projects are this year's: the same plan period, the same ids in the same order. */
export function sameProjects(source: Pick<PreviousYear, 'planPeriod' | 'projects'>, pack: PolicyPack): boolean {
  return source.planPeriod === pack.planPeriod && source.projects.length === pack.projects.length && source.projects.every((p, i) => pack.projects[i]?.id === p.id);
}

export interface Carried {
  readonly projects: ReadonlySet<string>;
  readonly priorityAreas: ReadonlySet<string>;
  readonly diseaseAreas: ReadonlySet<string>;
}

/** The ids this year's pack has, by kind: a previous-year id outside them is not carried. */
export const carriedIds = oncePer(
  (pack: PolicyPack): Carried => ({
    projects: new Set(pack.projects.map((p) => p.id)),
    priorityAreas: new Set(allPriorityAreas(pack).map((a) => a.id)),
    diseaseAreas: new Set(pack.vocabularies.diseaseAreas.map((d) => d.id)),
  }),
);

/** Last year's projects of a continuing 事業 that this year's pack does not have, by id. */
export function projectsNotCarried(previous: PreviousRow, pack: PolicyPack): string[] {
  const known = carriedIds(pack).projects;
  return previous.projects.map((p) => p.projectId).filter((id) => !known.has(id));
}

/** Last year's projects of a continuing 事業 that this year's pack has, by id. */
export function projectsCarried(previous: PreviousRow, pack: PolicyPack): string[] {
  const known = carriedIds(pack).projects;
  return previous.projects.map((p) => p.projectId).filter((id) => known.has(id));
}
