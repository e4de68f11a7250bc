// zod/mini, as for the stored mapping; the pane loads this module only when it reads or writes its settings.
import * as z from 'zod/mini';
import type { AcceptedSuggestion } from '../model/acceptance';

/**
 * The officer's accepted suggestions as JSON, kept in the workbook's settings next to the
 * column mapping. Versioned like the mapping: anything else reads as nothing accepted, and the
 * figures fall back to what the sheet declares — never the other way round.
 */
export const ACCEPTED_FORMAT_VERSION = 1;

const ids = z.optional(z.array(z.string().check(z.minLength(1))));

const AcceptedSchema = z.object({
  key: z.string().check(z.minLength(1)),
  name: z.string(),
  packId: z.string().check(z.minLength(1)),
  projects: ids,
  split: z.optional(z.object({ weights: z.array(z.number().check(z.nonnegative())), of: z.number().check(z.positive()) })),
  category: z.optional(z.string().check(z.minLength(1))),
  priorityAreas: ids,
  diseaseAreas: ids,
});

const StoredSchema = z.object({ version: z.literal(ACCEPTED_FORMAT_VERSION), accepted: z.array(AcceptedSchema) });

export function serializeAccepted(accepted: readonly AcceptedSuggestion[]): string {
  return JSON.stringify({ version: ACCEPTED_FORMAT_VERSION, accepted });
}

export function parseAccepted(json: string): AcceptedSuggestion[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const parsed = StoredSchema.safeParse(data);
  if (!parsed.success) return [];
  return parsed.data.accepted.map((a) => ({
    key: a.key,
    name: a.name,
    packId: a.packId,
    ...(a.projects ? { projects: a.projects } : {}),
    ...(a.split ? { split: { weights: a.split.weights, of: a.split.of } } : {}),
    ...(a.category !== undefined ? { category: a.category } : {}),
    ...(a.priorityAreas ? { priorityAreas: a.priorityAreas } : {}),
    ...(a.diseaseAreas ? { diseaseAreas: a.diseaseAreas } : {}),
  }));
}
