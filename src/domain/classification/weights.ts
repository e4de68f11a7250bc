/**
 * The numbers behind every reason's weight, in one place (see suggest-projects.ts for how a
 * project's score is made of them).
 */

/** By what a matched word is in the pack: a project's name or alias, a listed term, a focus-item term. */
export const KIND_WEIGHT = { alias: 3, term: 2, 'focus-item': 1.5 } as const;

/** By where the word is in the row: the 事業名 says most, a long 事業概要 mentions much in passing. */
const FIELD_WEIGHT: Readonly<Record<string, number>> = { name: 1, summary: 0.4, remarks: 0.4, department: 0.4 };
/** Declared tag columns (重点領域, 疾患領域) read as text. */
const TAG_FIELD_WEIGHT = 0.6;

/** Longer words are more specific: 2 characters 1.0, 3 characters 1.25, 4 or more 1.5. */
export function lengthFactor(length: number): number {
  return Math.min(1.5, 0.5 + length / 4);
}

export function fieldWeight(field: string): number {
  return FIELD_WEIGHT[field] ?? TAG_FIELD_WEIGHT;
}

export function isTagField(field: string): boolean {
  return !(field in FIELD_WEIGHT);
}

/** Weights are shown to users: three decimals are plenty and keep sums reproducible. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
