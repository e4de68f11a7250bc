import type { NoSuggestion, Suggestion } from '../model/classification';
import { boilerplateWords } from './boilerplate';
import type { PackIndex } from './pack-index';
import type { ScannedField } from './scan';

/**
 * Why a row's text gives no candidate project, from what was read (see NoSuggestion). Checked
 * in order: a tie at the top; nothing to read; a 疾患領域 word only; programme words only;
 * otherwise no policy word at all.
 */

const CONTENT = /[\p{L}\p{N}]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
/** At most this many words are named in the reason. */
const MAX_WORDS = 4;

const NO_TIE: readonly Suggestion[] = [];

function ties(a: Suggestion, b: Suggestion): boolean {
  return Math.abs(a.score - b.score) < 1e-9;
}

/** The leaders of a ranking when they tie (equal score, within rounding): at least two, else none. */
export function tiedLeaders(suggestions: readonly Suggestion[]): readonly Suggestion[] {
  // Ranked best first, so the leaders come first; most rankings have one (no list made for them).
  if (suggestions.length < 2 || !ties(suggestions[0], suggestions[1])) return NO_TIE;
  const top = suggestions[0];
  return suggestions.filter((s) => ties(s, top));
}

function distinct(words: readonly string[]): string[] {
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** Whether every letter or digit of the text (hiragana aside: particles) lies in a programme word. */
function onlyProgrammeWords(field: ScannedField): { only: boolean; words: string[] } {
  const key = field.text.key;
  const covered = new Uint8Array(key.length);
  const words: string[] = [];
  for (const w of boilerplateWords(key)) {
    covered.fill(1, w.start, w.end);
    words.push(field.text.display.slice(w.start, w.end));
  }
  for (let i = 0; i < key.length; i++) {
    const c = key[i];
    if (!covered[i] && CONTENT.test(c) && !HIRAGANA.test(c)) return { only: false, words };
  }
  return { only: words.length > 0, words };
}

/**
 * `fields`: the row's texts the suggestion read (事業名, 概要, tags). Null when there is a
 * candidate (a single leader).
 */
export function whyNoSuggestion(fields: readonly ScannedField[], suggestions: readonly Suggestion[], index: PackIndex): NoSuggestion | null {
  if (suggestions.length > 0) {
    const tied = tiedLeaders(suggestions);
    return tied.length > 0 ? { code: 'tie', projectIds: tied.map((s) => s.projectId), score: tied[0].score } : null;
  }
  const read = fields.filter((f) => f.text.key.length > 0);
  if (read.length === 0) return { code: 'no-text' };
  const diseaseWords: string[] = [];
  const areaIds: string[] = [];
  for (const f of read) {
    for (const m of f.evidence.disease) {
      diseaseWords.push(f.text.display.slice(m.start, m.end));
      for (const v of m.values) areaIds.push(v.id);
    }
  }
  if (diseaseWords.length > 0) {
    const ids = [...new Set(areaIds)];
    const names = ids.map((id) => index.diseaseAreas.entries.find((e) => e.id === id)?.name ?? id);
    return { code: 'disease-area-only', words: distinct(diseaseWords), areaIds: ids, areaNames: names };
  }
  const programme = read.map(onlyProgrammeWords);
  if (programme.every((p) => p.only)) return { code: 'only-generic-words', words: distinct(programme.flatMap((p) => p.words)) };
  return { code: 'no-policy-word' };
}
