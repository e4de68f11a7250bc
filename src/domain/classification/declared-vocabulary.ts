import { cover, splitOnDots, splitSegments, type Segment } from './declared-list';
import { BoundedMemo } from './memo';
import { core, MEMO_LIMIT, type DeclaredVocabulary } from './pack-index';
import { similarity } from './similarity';
import { displayForm, keyForm } from './text-key';
import { appendAll, maxOf } from '../arrays';

/**
 * Reading a declared 疾患領域 / 開発目的 / 重点領域 / 区分 cell against its vocabulary. A value
 * that differs from an entry only by 「・」 or a 「…領域」 suffix is that entry; anything else
 * unknown is returned with the closest entries' names.
 */

const CANDIDATES = 3;

export interface DeclaredReading {
  readonly found: readonly { readonly id: string; readonly text: string }[];
  readonly unknown: readonly { readonly text: string; readonly candidates: readonly string[] }[];
}

/**
 * Readings of cell texts already seen, per vocabulary. Kept here rather than on the pack index,
 * so that the index (which every step reads) depends on none of the steps that read it.
 */
const readings = new WeakMap<DeclaredVocabulary, BoundedMemo<DeclaredReading>>();

export function readDeclared(text: string, vocabulary: DeclaredVocabulary): DeclaredReading {
  let memo = readings.get(vocabulary);
  if (!memo) {
    memo = new BoundedMemo(MEMO_LIMIT);
    readings.set(vocabulary, memo);
  }
  return memo.get(() => text, () => read(text, vocabulary));
}

function read(text: string, vocabulary: DeclaredVocabulary): DeclaredReading {
  const found: { id: string; text: string }[] = [];
  const unknown: { text: string; candidates: string[] }[] = [];
  for (const segment of splitSegments(takeCompounds(text, vocabulary, found))) {
    const whole = readWhole(segment, vocabulary);
    if (whole) {
      appendAll(found, whole);
      continue;
    }
    const pieces = splitOnDots(segment);
    const readings = pieces.length > 1 ? pieces.map((p) => readWhole(p, vocabulary)) : [];
    if (readings.some((r) => r !== null)) {
      readings.forEach((r, i) => (r ? appendAll(found, r) : unknown.push(closest(pieces[i], vocabulary))));
    } else {
      unknown.push(closest(segment, vocabulary));
    }
  }
  return { found, unknown };
}

/**
 * Finds the entries whose names contain separators, records them, and returns the text with
 * each replaced by a separator, so that splitting cannot cut them into unknown pieces.
 */
function takeCompounds(text: string, vocabulary: DeclaredVocabulary, found: { id: string; text: string }[]): string {
  if (vocabulary.compounds.length === 0) return text;
  let display = displayForm(text);
  let key = keyForm(display);
  const hits: { at: number; id: string; text: string }[] = [];
  for (const [compound, id] of vocabulary.compounds) {
    for (let at = key.indexOf(compound); at >= 0; at = key.indexOf(compound, at + 1)) {
      hits.push({ at, id, text: display.slice(at, at + compound.length) });
      const blank = '、'.padEnd(compound.length, ' ');
      display = display.slice(0, at) + blank + display.slice(at + compound.length);
      key = key.slice(0, at) + blank + key.slice(at + compound.length);
    }
  }
  appendAll(found, hits.sort((a, b) => a.at - b.at).map(({ id, text: t }) => ({ id, text: t })));
  return hits.length > 0 ? display : text;
}

function readWhole(segment: Segment, vocabulary: DeclaredVocabulary): { id: string; text: string }[] | null {
  const pieces = cover(segment, vocabulary.dictionary);
  if (pieces) return pieces.map((p) => ({ id: p.value, text: p.display }));
  const essential = core(segment.key);
  const entry = vocabulary.entries.find((e) => e.cores.includes(essential));
  return entry ? [{ id: entry.id, text: segment.display }] : null;
}

function closest(segment: Segment, vocabulary: DeclaredVocabulary): { text: string; candidates: string[] } {
  const essential = core(segment.key) || segment.key;
  const ranked = vocabulary.entries
    .map((e) => ({ name: e.name, score: maxOf(e.cores.map((c) => similarity(essential, c)), 0) }))
    .sort((a, b) => b.score - a.score);
  return { text: segment.display, candidates: ranked.slice(0, CANDIDATES).map((r) => r.name) };
}
