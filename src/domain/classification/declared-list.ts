import { normalizeText } from '../text/normalize';
import { displayForm, keyForm } from './text-key';

/**
 * Reading a cell that declares one or several values (「①④」, 「医薬品、ゲノム・データ基盤」,
 * 「がん／難病」). Hard separators (、,;/ line breaks, brackets …) always split. 「・」 does not:
 * it is inside official names (医療機器・ヘルスケア, 予後・QOL), so a segment is first read as a
 * sequence of known keys — longest names win — and only split on 「・」 when that fails.
 */

const HARD_SEPARATORS = /[、,;/+&()[\]{}「」『』【】〈〉《》<>。.:\s]+/u;

/** Whether a key would be cut by splitSegments: such names must be found before splitting. */
export function hasHardSeparator(key: string): boolean {
  return HARD_SEPARATORS.test(key);
}
/** Joins two keys inside one segment: a list (・) or a range (①～④). */
const CONNECTORS = new Set(['・', '~', '〜', '-', '‐', '–', '—', '−']);
export const RANGE_CONNECTORS = new Set(['~', '〜', '-', '‐', '–', '—', '−']);
/** What people write for "none". */
const NIL = /^(?:[-‐–—―−~〜・*ー]+|なし|該当なし)$/u;

/** A segment of a declared cell, in display and key form (same length). */
export interface Segment {
  readonly display: string;
  readonly key: string;
}

export function splitSegments(text: string): Segment[] {
  const tidy = normalizeText(text).replace(/\s*・\s*/g, '・');
  return tidy
    .split(HARD_SEPARATORS)
    .map((part) => displayForm(part))
    .filter((part) => part.length > 0 && !NIL.test(part))
    .map((display) => ({ display, key: keyForm(display) }));
}

/** Sub-segments of a segment split on 「・」 (empty pieces dropped). */
export function splitOnDots(segment: Segment): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= segment.key.length; i++) {
    if (i === segment.key.length || segment.key[i] === '・') {
      if (i > start) out.push({ display: segment.display.slice(start, i), key: segment.key.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

export interface Piece<T> {
  readonly value: T;
  readonly display: string;
  /** The connector written before this piece ('' for the first or when adjacent). */
  readonly connector: string;
}

export interface Dictionary<T> {
  readonly entries: ReadonlyMap<string, T>;
  readonly maxKeyLength: number;
}

export function buildDictionary<T>(pairs: Iterable<readonly [string, T]>): Dictionary<T> {
  const entries = new Map<string, T>();
  let maxKeyLength = 0;
  for (const [key, value] of pairs) {
    // The first spelling registered wins: official names are registered before aliases.
    if (key.length === 0 || entries.has(key)) continue;
    entries.set(key, value);
    maxKeyLength = Math.max(maxKeyLength, key.length);
  }
  return { entries, maxKeyLength };
}

interface Step {
  readonly pieces: number;
  readonly previous: number;
  readonly keyStart: number;
  readonly connector: string;
}

/**
 * The segment read as known keys joined by connectors (fewest pieces), or null when some part
 * of it is no key at all.
 */
export function cover<T>(segment: Segment, dictionary: Dictionary<T>): Piece<T>[] | null {
  const { key } = segment;
  const n = key.length;
  const steps: (Step | undefined)[] = new Array(n + 1);
  steps[0] = { pieces: 0, previous: -1, keyStart: 0, connector: '' };
  for (let i = 0; i < n; i++) {
    const here = steps[i];
    if (!here) continue;
    const starts = [{ at: i, connector: '' }];
    if (i > 0 && CONNECTORS.has(key[i])) starts.push({ at: i + 1, connector: key[i] });
    for (const { at, connector } of starts) {
      for (let len = Math.min(dictionary.maxKeyLength, n - at); len >= 1; len--) {
        if (!dictionary.entries.has(key.slice(at, at + len))) continue;
        const end = at + len;
        const existing = steps[end];
        if (!existing || here.pieces + 1 < existing.pieces) steps[end] = { pieces: here.pieces + 1, previous: i, keyStart: at, connector };
      }
    }
  }
  if (!steps[n]) return null;
  const pieces: Piece<T>[] = [];
  for (let end = n; end > 0; ) {
    const step = steps[end] as Step;
    const k = key.slice(step.keyStart, end);
    pieces.unshift({ value: dictionary.entries.get(k) as T, display: segment.display.slice(step.keyStart, end), connector: step.connector });
    end = step.previous;
  }
  return pieces;
}
