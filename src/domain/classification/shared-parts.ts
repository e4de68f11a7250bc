import type { Reason, RowClassification, Suggestion, TagMatch } from '../model/classification';

/**
 * Equal parts of rows' classifications, made once and shared. Thousands of rows give the same
 * reasons (the same pack word in the same field, weighing the same), the same candidates and the
 * same tags, and each row kept its own copies of them (some 2 KB a row). These parts are readonly
 * data, so one object can stand for all equal ones: nothing may write to a classification once
 * made (a write would show in every row sharing the part; test/engine/frozen-classification.test.ts
 * runs whole checks on frozen rows to hold everyone to it; freezing here cost a sixth of classify).
 * The answer is the same with or without the sharing, as JSON byte for byte: parts are equal only
 * with the same keys in the same order (every producer writes a kind of part in one order), and a
 * `citation` left out is not one written as undefined.
 *
 * What names one row alone is not shared, nor the lists holding it: a split column's reason (its
 * cell) and last year's (its row of last year's sheet).
 *
 * Parts are found by a number worked out from what they hold (a few characters of each text, the
 * weights, the members' numbers), then compared field by field, members by identity: a key string
 * per part, or a map from each shared part to an id, cost more than the rest of a row's
 * classification. A list is compared in a scratch list and copied only when it is new.
 */

/** Distinct parts remembered before starting afresh (rows already made keep theirs). */
const LIMIT = 50_000;

/** Shared by every row with nothing in a list: frozen, so that nothing can be added to it by mistake. */
export const NO_PARTS: readonly never[] = Object.freeze([]);

type Category = NonNullable<RowClassification['category']>;

/**
 * A table of parts by their number: the first part of each number, and the few others of the
 * same number (rare) apart, so that a look-up that finds its part does one get.
 */
class Table<T> {
  readonly first = new Map<number, T>();
  readonly more = new Map<number, T[]>();

  add(hash: number, part: T): void {
    if (!this.first.has(hash)) this.first.set(hash, part);
    else {
      const more = this.more.get(hash);
      if (more) more.push(part);
      else this.more.set(hash, [part]);
    }
  }

  clear(): void {
    this.first.clear();
    this.more.clear();
  }
}

/** Shared for a part whose number has no other part. */
const NO_MORE: readonly never[] = [];

export class SharedParts {
  private count = 0;
  private readonly reasonTable = new Table<Reason>();
  private readonly listTable = new Table<readonly object[]>();
  private readonly tagTable = new Table<TagMatch>();
  private readonly suggestionTable = new Table<Suggestion>();
  private readonly categories: Category[] = [];
  /** The number of the reasons list reasons() last gave. */
  private reasonsHash = 0;
  private readonly reasonScratch: Reason[] = [];
  private readonly tagScratch: TagMatch[] = [];
  private readonly suggestionScratch: Suggestion[] = [];

  constructor(private readonly limit = LIMIT) {}

  reason(r: Reason): Reason {
    return isOwn(r) ? r : this.sharedReason(r, reasonHash(r));
  }

  reasons(list: readonly Reason[]): readonly Reason[] {
    const n = list.length;
    let hash = n;
    if (n === 0) {
      this.reasonsHash = hash;
      return NO_PARTS;
    }
    const scratch = this.reasonScratch;
    let own = false;
    for (let i = 0; i < n; i++) {
      const r = list[i];
      const h = reasonHash(r);
      hash = mix(hash, h);
      if (isOwn(r)) {
        own = true;
        scratch[i] = r;
      } else scratch[i] = this.sharedReason(r, h);
    }
    this.reasonsHash = hash;
    // A row's own list: kept by the row, its other members shared.
    if (own) return sameMembers(list, scratch, n) ? list : scratch.slice(0, n);
    return this.list(list, scratch, n, hash) as readonly Reason[];
  }

  tag(t: TagMatch): TagMatch {
    return this.sharedTag(t, this.reasons(t.reasons), this.reasonsHash);
  }

  tags(list: readonly TagMatch[]): readonly TagMatch[] {
    const n = list.length;
    if (n === 0) return NO_PARTS;
    const scratch = this.tagScratch;
    let hash = n;
    for (let i = 0; i < n; i++) {
      const t = list[i];
      const reasons = this.reasons(t.reasons);
      const h = tagHash(t, this.reasonsHash);
      scratch[i] = this.sharedTag(t, reasons, h);
      hash = mix(hash, h);
    }
    return this.list(list, scratch, n, hash) as readonly TagMatch[];
  }

  /** A text candidate (one with last year's share is the row's own, and left as it is). */
  suggestion(s: Suggestion): Suggestion {
    if (s.share !== undefined) return s;
    const reasons = this.reasons(s.reasons);
    return this.sharedSuggestion(s, reasons, suggestionHash(s, this.reasonsHash));
  }

  /**
   * A row's candidates, each shared. The list itself is not: rows' texts combine words so
   * variously that hardly two rows have the same candidates with the same reasons.
   */
  suggestions(list: readonly Suggestion[]): readonly Suggestion[] {
    const n = list.length;
    if (n === 0) return NO_PARTS;
    let changed = false;
    const scratch = this.suggestionScratch;
    for (let i = 0; i < n; i++) {
      const s = this.suggestion(list[i]);
      scratch[i] = s;
      if (s !== list[i]) changed = true;
    }
    return changed ? scratch.slice(0, n) : list;
  }

  category(c: RowClassification['category']): RowClassification['category'] {
    if (c === null) return c;
    for (const known of this.categories) if (known === c || (known.id === c.id && known.basis === c.basis)) return known;
    this.count++;
    this.categories.push(c);
    return c;
  }

  private sharedReason(r: Reason, hash: number): Reason {
    const table = this.table(this.reasonTable);
    const first = table.first.get(hash);
    if (first !== undefined) {
      if (first === r || sameReason(first, r)) return first;
      for (const known of table.more.get(hash) ?? NO_MORE) if (sameReason(known, r)) return known;
    }
    return this.keep(table, hash, r);
  }

  private sharedTag(t: TagMatch, reasons: readonly Reason[], hash: number): TagMatch {
    const table = this.table(this.tagTable);
    const first = table.first.get(hash);
    if (first !== undefined) {
      if (sameTag(first, t, reasons)) return first;
      for (const known of table.more.get(hash) ?? NO_MORE) if (sameTag(known, t, reasons)) return known;
    }
    return this.keep(table, hash, reasons === t.reasons ? t : { id: t.id, name: t.name, basis: t.basis, reasons });
  }

  private sharedSuggestion(s: Suggestion, reasons: readonly Reason[], hash: number): Suggestion {
    const table = this.table(this.suggestionTable);
    const first = table.first.get(hash);
    if (first !== undefined) {
      if (sameSuggestion(first, s, reasons)) return first;
      for (const known of table.more.get(hash) ?? NO_MORE) if (sameSuggestion(known, s, reasons)) return known;
    }
    return this.keep(table, hash, reasons === s.reasons ? s : { projectId: s.projectId, score: s.score, reasons, confidence: s.confidence });
  }

  /**
   * The shared list of the n members in `scratch` (each already shared, so compared by
   * identity), else a copy of them at their size becomes it; `original` is the list they came from.
   */
  private list(original: readonly object[], scratch: readonly object[], n: number, hash: number): readonly object[] {
    const table = this.table(this.listTable);
    const first = table.first.get(hash);
    if (first !== undefined) {
      if (first === original || sameMembers(first, scratch, n)) return first;
      for (const known of table.more.get(hash) ?? NO_MORE) if (sameMembers(known, scratch, n)) return known;
    }
    return this.keep(table, hash, scratch.slice(0, n));
  }

  /** `table`, once a table full of parts has started afresh. */
  private table<T>(table: Table<T>): Table<T> {
    if (this.count >= this.limit) this.startAfresh();
    return table;
  }

  /** `part` becomes the shared one of its number. */
  private keep<T>(table: Table<T>, hash: number, part: T): T {
    this.count++;
    table.add(hash, part);
    return part;
  }

  /** Forgets every shared part (the rows keep theirs): a sheet of ever new words does not fill memory. */
  private startAfresh(): void {
    this.count = 0;
    this.reasonTable.clear();
    this.listTable.clear();
    this.tagTable.clear();
    this.suggestionTable.clear();
    this.categories.length = 0;
  }
}

/** A reason naming one row alone: a split column's (its cell) or last year's (its row there). */
function isOwn(r: Reason): boolean {
  return r.kind === 'split-column' || r.kind === 'previous-year';
}

function sameReason(a: Reason, b: Reason): boolean {
  // A citation left out and one written as undefined differ in the object's keys (`in` only then: it is slow).
  return a.matched === b.matched && a.field === b.field && a.kind === b.kind && a.weight === b.weight && a.citation === b.citation && (a.citation !== undefined || 'citation' in a === 'citation' in b);
}

/** Whether `known` is `t` with its reasons shared as `reasons`. */
function sameTag(known: TagMatch, t: TagMatch, reasons: readonly Reason[]): boolean {
  return known.reasons === reasons && known.id === t.id && known.name === t.name && known.basis === t.basis;
}

function sameSuggestion(known: Suggestion, s: Suggestion, reasons: readonly Reason[]): boolean {
  return known.reasons === reasons && known.projectId === s.projectId && known.score === s.score && known.confidence === s.confidence;
}

function sameMembers(a: readonly object[], b: readonly object[], n: number): boolean {
  if (a.length !== n) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

function mix(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x5bd1e995) ^ (hash >>> 15);
}

/** A text by its length and three of its characters: enough to tell most words apart, without reading them through. */
function textHash(hash: number, text: string): number {
  const n = text.length;
  if (n === 0) return mix(hash, 0);
  return mix(mix(mix(mix(hash, n), text.charCodeAt(0)), text.charCodeAt(n >> 1)), text.charCodeAt(n - 1));
}

/** Kinds and fields are a few names each: their lengths and first characters tell them apart well enough. */
function reasonHash(r: Reason): number {
  const head = (r.kind.length << 24) ^ (r.kind.charCodeAt(0) << 16) ^ (r.field.length << 8) ^ r.field.charCodeAt(0);
  return mix(textHash(head, r.matched), Math.round(r.weight * 1000));
}

function tagHash(t: TagMatch, reasonsHash: number): number {
  return mix(textHash(textHash(2, t.id), t.basis), reasonsHash);
}

function suggestionHash(s: Suggestion, reasonsHash: number): number {
  return mix(mix(textHash(textHash(3, s.projectId), s.confidence), Math.round(s.score * 1000)), reasonsHash);
}
