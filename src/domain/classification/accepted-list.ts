import type { AcceptedSuggestion } from '../model/acceptance';

/** The list with `entry` in place of any earlier acceptance of the same row and year. */
export function withAccepted(list: readonly AcceptedSuggestion[], entry: AcceptedSuggestion): AcceptedSuggestion[] {
  return [...list.filter((a) => a.key !== entry.key || a.packId !== entry.packId), entry];
}

/** The list without the row's acceptance for that year. */
export function withoutAccepted(list: readonly AcceptedSuggestion[], key: string, packId: string): AcceptedSuggestion[] {
  return list.filter((a) => a.key !== key || a.packId !== packId);
}
