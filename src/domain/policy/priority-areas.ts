import type { PolicyPack, PriorityArea } from './schema';

// Its own module, free of zod at run time: the pane's first download uses it to accept
// suggestions, and schema.ts would bring the whole of zod with it.
/** Every priority area of a pack: headline, sections, and each project's focus items. */
export function allPriorityAreas(pack: PolicyPack): PriorityArea[] {
  return pack.priorityAreas.concat(pack.projects.flatMap((p) => p.focusItems));
}
