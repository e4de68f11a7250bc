import type { RowClassification, Suggestion, TagMatch } from '../model/classification';
import type { ReportRow } from '../model/report';
import { NO_PARTS } from '../classification/shared-parts';

/**
 * The parts of report rows that follow from parts rows' classifications share (see
 * classification/shared-parts.ts): the tag names counted and the candidates, and each candidate
 * project as the report shows it. Made once per report for each shared part, not per row; like
 * the classification's, they are readonly data nobody writes to once made. Empty lists are one
 * shared empty list.
 */

type ReportSuggestion = ReportRow['suggestions'][number];

/** What a row's tags and 区分 give the report (the row's fields of the same names). */
export interface TagView {
  readonly priorityAreas: readonly string[];
  readonly diseaseAreas: readonly string[];
  readonly purposes: readonly string[];
  readonly candidates: ReportRow['candidates'];
}

export class ReportRowParts {
  /** Lists of tag names by their names (rows name the same tags for different words), and candidates by those lists. */
  private readonly lists = new Map<string, readonly string[]>();
  private readonly candidates = new Map<string | null, Map<readonly string[], Map<readonly string[], Map<readonly string[], TagView['candidates']>>>>();
  private readonly shown = new Map<Suggestion, ReportSuggestion>();

  /** @param nameOf a project id as the pack's official name */
  constructor(private readonly nameOf: (id: string) => string) {}

  /** The row's declared or accepted tag names (counted in the 再掲) and its candidates nobody accepted. */
  tagView(cls: RowClassification): TagView {
    const category = cls.category?.basis === 'suggested' ? cls.category.id : null;
    const suggested = [this.names(cls.priorityAreas, true), this.names(cls.diseaseAreas, true), this.names(cls.purposes, true)] as const;
    const byPriority = at(this.candidates, category, () => new Map());
    const byDisease = at(byPriority, suggested[0], () => new Map());
    const byPurpose = at(byDisease, suggested[1], () => new Map());
    const candidates = at(byPurpose, suggested[2], () => ({ category, priorityAreas: suggested[0], diseaseAreas: suggested[1], purposes: suggested[2] }));
    return { priorityAreas: this.names(cls.priorityAreas, false), diseaseAreas: this.names(cls.diseaseAreas, false), purposes: this.names(cls.purposes, false), candidates };
  }

  /** The row's candidate projects as the report shows them; `amount` gives one with last year's share its part, in 千円. */
  suggestions(list: readonly Suggestion[], amount: (s: Suggestion) => number | null): readonly ReportSuggestion[] {
    if (list.length === 0) return NO_PARTS;
    return list.map((s) => (s.share ? this.show(s, amount(s)) : at(this.shown, s, () => this.show(s))));
  }

  private show(s: Suggestion, amount?: number | null): ReportSuggestion {
    const { projectId: id, score, confidence, reasons } = s;
    const name = this.nameOf(id);
    return amount !== undefined ? { id, name, score, confidence, reasons, amount } : { id, name, score, confidence, reasons };
  }

  /** The names of the tags suggested (or of the others), the same list for the same names. */
  private names(tags: readonly TagMatch[], suggested: boolean): readonly string[] {
    let key = '';
    let count = 0;
    for (const t of tags) {
      if ((t.basis === 'suggested') !== suggested) continue;
      key = count++ === 0 ? t.name : `${key}\u0001${t.name}`;
    }
    if (count === 0) return NO_PARTS;
    // filter().map() rather than push(): the list is kept, and a pushed-to list keeps room for 16.
    return at(this.lists, key, () => tags.filter((t) => (t.basis === 'suggested') === suggested).map((t) => t.name));
  }
}

function at<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
