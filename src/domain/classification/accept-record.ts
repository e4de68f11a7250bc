import type { AcceptedSuggestion } from '../model/acceptance';
import type { RowClassification, TagMatch } from '../model/classification';

/**
 * What ［候補を採用する］ records of a row's suggestions (accept.ts applies it to a check). Apart
 * from applying, so that the pane's first download, which records, does not carry what applies.
 */

/**
 * The projects accepting a row's suggestions takes when it declares none: last year's, all of
 * them with their split, when they lead; else the leading suggestion. Null when there is none.
 */
export function projectsToAccept(cls: RowClassification): Pick<AcceptedSuggestion, 'projects' | 'split'> | null {
  // A tie at the top (「候補なし」) has no leading project to accept.
  const top = cls.projects.length === 0 && !cls.noSuggestion ? cls.suggestions[0] : undefined;
  if (!top) return null;
  if (top.share === undefined) return { projects: [top.projectId] };
  const inherited = cls.suggestions.filter((s) => s.share !== undefined);
  const weights = inherited.map((s) => s.share?.weight ?? null);
  const of = top.share.of;
  const split = inherited.length > 1 || (of !== null && weights[0] !== null && weights[0] !== of);
  return {
    projects: inherited.map((s) => s.projectId),
    ...(split && of !== null && weights.every((w): w is number => w !== null) ? { split: { weights, of } } : {}),
  };
}

/**
 * What accepting a row's suggestions records: the projects (see projectsToAccept), a suggested
 * 区分, and the suggested priority and disease areas. Null when the row has nothing to accept.
 */
export function acceptanceFor(key: string, name: string, cls: RowClassification, packId: string): AcceptedSuggestion | null {
  const top = projectsToAccept(cls);
  const suggestedIds = (tags: readonly TagMatch[]) => (tags.some((t) => t.basis === 'declared') ? [] : tags.filter((t) => t.basis === 'suggested').map((t) => t.id));
  const priorityAreas = suggestedIds(cls.priorityAreas);
  const diseaseAreas = suggestedIds(cls.diseaseAreas);
  const category = cls.category?.basis === 'suggested' ? cls.category.id : undefined;
  if (!top && priorityAreas.length === 0 && diseaseAreas.length === 0 && category === undefined) return null;
  return {
    key,
    name,
    packId,
    ...top,
    ...(category !== undefined ? { category } : {}),
    ...(priorityAreas.length > 0 ? { priorityAreas } : {}),
    ...(diseaseAreas.length > 0 ? { diseaseAreas } : {}),
  };
}
