import type { Reason, Suggestion } from '../model/classification';
import type { PolicyPack } from '../policy/schema';
import { confidenceOf } from './confidence';
import { diseaseProjects } from './disease-projects';
import { markBoilerplateBigrams } from './boilerplate';
import { BoundedMemo } from './memo';
import { MEMO_LIMIT, packIndex, type Evidence, type PackIndex } from './pack-index';
import { findPhrases, phraseCitation, type Phrase } from './paragraph-model';
import type { Segmented } from './lexicon';
import { scanField, type ScannedField } from './scan';
import { fieldWeight, isTagField, KIND_WEIGHT, lengthFactor, round } from './weights';
import { markInsideWord } from './word-bounds';
import { sortSmall } from '../arrays';

/**
 * Which integrated project a 事業 most likely belongs to, from its words, with every point of
 * the score explained. A suggestion's score is exactly the sum of its reasons' weights:
 *
 * - a project's own words in the pack — official name/short name/alias (3), a listed term (2),
 *   a term of the year's 「令和X年度においては…」 item (1.5) — times a length factor (a
 *   2-character word 1.0, 3 characters 1.25, 4 or more 1.5), divided among the projects listing
 *   the same word; the longest word wins its characters (「ゲノム創薬基盤」 is 「ゲノム創薬」, not
 *   also 「創薬基盤」);
 * - in the 事業名 and tags (not the long 事業概要), phrases quoted from the project's paragraphs
 *   in the policy, weighted by how specific their character bigrams are to that project (BM25
 *   over the pack's own text), × 0.5, at most 1.5 — bigrams of programme boilerplate (事業,
 *   推進, 革新的 …) and of hiragana weigh nothing, a phrase never starts or ends inside a word
 *   (a katakana or Latin run, or a programme word: 「合研究」 of 総合研究 is no evidence, see
 *   word-bounds.ts), and a character already explained by a term is not quoted again;
 * - a Latin term counts only as a whole Latin word (「AI」 is not read in 「MAIN」);
 * - a 疾患領域 word the policy's paragraphs never use (「エイズ」 of 感染症), 1 shared among the
 *   projects whose paragraphs speak of its area, by how many of the area's words each uses
 *   (方針の4: disease work is managed inside the projects; disease-projects.ts);
 * - all times the field's weight: 事業名 1, tags (重点領域/疾患領域) 0.6, 事業概要 and 備考 0.4
 *   (these two for the pack's words only, no phrases).
 */

const PHRASE_FACTOR = 0.5;
/** A phrase is weaker evidence than a listed term: one phrase never weighs more than this (before the field weight). */
const PHRASE_CAP = 1.5;
/** Phrases weighing less than this are noise (「研究開発」 is in every paragraph). */
const MIN_PHRASE_WEIGHT = 0.4;
/** Fields read for the pack's own words only, never for phrases of the paragraphs. */
const PACK_WORDS_ONLY = new Set(['summary', 'remarks']);

/** What a 疾患領域 word the paragraphs never use weighs in all, shared among the projects that speak of its area (a phrase weighs up to 1.5). */
const DISEASE_AREA_WEIGHT = 1;

export interface SuggestInput {
  readonly name: string;
  readonly summary?: string;
  readonly tags?: readonly string[];
}

/** Ranked candidates for one 事業's text (best first; ties in the pack's order). */
export function suggestProjects(input: SuggestInput, pack: PolicyPack): Suggestion[] {
  const index = packIndex(pack);
  const fields = [
    readField('name', input.name, index),
    readField('summary', input.summary, index),
    ...(input.tags ?? []).map((t) => readField('tags', t, index)),
  ];
  return scoreProjects(fields, index);
}

/** One field scanned, with what it says for each project (pack order). */
export interface FieldReading {
  readonly scanned: ScannedField;
  readonly projectReasons: readonly (readonly Reason[])[];
}

/** What a project has in a field that says nothing for it: shared, so empty cells and unnamed projects cost nothing. */
const NONE: readonly Reason[] = [];

/** Per pack index, one memo per field (names repeat much more than 事業概要 do). */
const fieldReadings = new WeakMap<PackIndex, Map<string, BoundedMemo<FieldReading>>>();

/** A field's reading, remembered by its text (事業概要 and tags recur across rows). */
/** A blank cell says nothing: one shared reading per pack and field (most rows leave a few cells blank). */
const blankReadings = new WeakMap<PackIndex, Map<string, FieldReading>>();

function blankReading(field: string, index: PackIndex): FieldReading {
  let byField = blankReadings.get(index);
  if (!byField) blankReadings.set(index, (byField = new Map()));
  let reading = byField.get(field);
  if (!reading) byField.set(field, (reading = { scanned: scanField(field, undefined, index), projectReasons: index.projects.map(() => NONE) }));
  return reading;
}

export function readField(field: string, raw: string | undefined, index: PackIndex): FieldReading {
  if (typeof raw !== 'string' || raw.length === 0) return blankReading(field, index);
  let byField = fieldReadings.get(index);
  if (!byField) {
    byField = new Map();
    fieldReadings.set(index, byField);
  }
  let memo = byField.get(field);
  if (!memo) {
    memo = new BoundedMemo(MEMO_LIMIT);
    byField.set(field, memo);
  }
  return memo.get(
    () => raw,
    () => {
      const scanned = scanField(field, raw, index);
      return { scanned, projectReasons: fieldReasons(scanned, index) };
    },
  );
}

type ProjectEvidence = Extract<Evidence, { type: 'project' }>;

function termWeight(e: ProjectEvidence, length: number): number {
  return KIND_WEIGHT[e.kind] * lengthFactor(length) * e.share;
}

/** The project's strongest reading of a kept match: its own longer word never weighs less than its shorter word inside. */
function strongest(m: Segmented<ProjectEvidence>, projectId: string): ProjectEvidence {
  let evidence = m.values[0];
  for (const v of m.values) {
    if (v.projectId === projectId) {
      evidence = v;
      break;
    }
  }
  let weight = termWeight(evidence, m.end - m.start);
  for (let i = 0; i < m.inner.length; i++) {
    const inner = m.inner[i];
    for (const v of inner.values) {
      const w = v.projectId === projectId ? termWeight(v, inner.end - inner.start) : 0;
      if (w > weight) {
        weight = w;
        evidence = v;
      }
    }
  }
  strongestWeight = weight;
  return evidence;
}
/** The weight of what strongest() last returned (a second return value, without an object per match). */
let strongestWeight = 0;

/** Adds a reason unless the same words of the same field already count for this project. */
function addReason(list: Reason[], reason: Reason): void {
  if (reason.weight <= 0) return;
  for (const r of list) if (r.field === reason.field && r.matched === reason.matched) return;
  list.push(reason);
}

/** Adds a reason to project p's list, made on its first reason (most projects have none in a field). */
function addTo(reasons: (readonly Reason[])[], p: number, reason: Reason): void {
  if (reasons[p] === NONE) reasons[p] = [];
  addReason(reasons[p] as Reason[], reason);
}

const LATIN = /[a-z0-9]/;

/** A term match that begins or ends in the middle of a Latin word (「ai」 of 「main」). */
function cutsLatinWord(key: string, start: number, end: number): boolean {
  return (start > 0 && LATIN.test(key[start - 1]) && LATIN.test(key[start])) || (end < key.length && LATIN.test(key[end - 1]) && LATIN.test(key[end]));
}

/**
 * fieldReasons' working arrays (covered characters, boilerplate bigrams, word bounds), kept between
 * calls and grown for a longer text: three typed arrays per 事業名 were a good part of the garbage.
 */
let coveredBuffer = new Uint8Array(64);
let ignoredBuffer = new Uint8Array(64);
let insideBuffer = new Uint8Array(65);

function growScratch(n: number): void {
  if (coveredBuffer.length >= n + 1) return;
  coveredBuffer = new Uint8Array(2 * n + 2);
  ignoredBuffer = new Uint8Array(2 * n + 2);
  insideBuffer = new Uint8Array(2 * n + 2);
}

/** Where a quoted phrase may not start or end (see word-bounds.ts), written into insideBuffer. */
function markPhraseBounds(f: ScannedField): Uint8Array {
  const inside = insideBuffer;
  markInsideWord(f.text.key, inside);
  // Words of the curated vocabulary are words too: 「病等」 of 糖尿病等 or 「循環」 of 循環器疾患 cut one
  // (「・」 still separates: 神経疾患 of 精神・神経疾患 is a word of its own).
  for (const m of f.evidence.disease) {
    for (let i = m.start + 1; i < m.end; i++) if (f.text.key[i - 1] !== '・' && f.text.key[i] !== '・') inside[i] = 1;
  }
  return inside;
}

/** Per pack index, the reasons of a field that says nothing for any project (shared: most cells). */
const noReasons = new WeakMap<PackIndex, readonly (readonly Reason[])[]>();

function nothingFor(index: PackIndex): readonly (readonly Reason[])[] {
  let none = noReasons.get(index);
  if (!none) noReasons.set(index, (none = index.projects.map(() => NONE)));
  return none;
}

function fieldReasons(f: ScannedField, index: PackIndex): readonly (readonly Reason[])[] {
  const model = index.paragraphs;
  const key = f.text.key;
  const weightOfField = fieldWeight(f.field);
  const tag = isTagField(f.field);
  // A 事業概要 (or 備考) mentions much in passing: there only the pack's own words count, no phrases (so no coverage to track).
  const phrases = !PACK_WORDS_ONLY.has(f.field);
  if (f.evidence.project.length === 0 && f.evidence.disease.length === 0 && !phrases) return nothingFor(index);
  const reasons = nothingFor(index).slice();
  if (phrases) {
    growScratch(key.length);
    coveredBuffer.fill(0, 0, key.length);
  }
  for (const m of f.evidence.project) {
    if (cutsLatinWord(key, m.start, m.end)) continue;
    if (phrases) coveredBuffer.fill(1, m.start, m.end);
    const matched = f.text.display.slice(m.start, m.end);
    for (const e of m.values) {
      const p = index.projectOrder.get(e.projectId);
      if (p === undefined) continue;
      const best = strongest(m, e.projectId);
      addTo(reasons, p, { kind: tag ? 'tag' : best.kind, field: f.field, matched, weight: round(strongestWeight * weightOfField), citation: best.citation });
    }
  }
  // Spans already explained for some project: the policy's terms, then the phrases kept.
  let kept: Phrase[] = NO_PHRASES;
  if (phrases) {
    markBoilerplateBigrams(key, ignoredBuffer);
    for (const phrase of findPhrases(model, key, coveredBuffer, ignoredBuffer, markPhraseBounds(f))) {
      const weight = round(Math.min(PHRASE_CAP, phrase.weight * PHRASE_FACTOR) * weightOfField);
      if (weight < MIN_PHRASE_WEIGHT) continue;
      const citation = phraseCitation(model, phrase.projectIndex, key.slice(phrase.start, phrase.end));
      addTo(reasons, phrase.projectIndex, { kind: tag ? 'tag' : 'term', field: f.field, matched: f.text.display.slice(phrase.start, phrase.end), weight, citation });
      if (kept === NO_PHRASES) kept = [];
      kept.push(phrase);
    }
  }
  addDiseaseAreaReasons(f, index, weightOfField, kept, reasons);
  return reasons;
}

const NO_PHRASES: Phrase[] = [];

/**
 * A 疾患領域 word the policy's paragraphs never use (「エイズ」, 「腎疾患」) — phrases cannot quote
 * it — points to the projects whose paragraphs speak of its area, each by its part (see
 * disease-projects.ts), at most DISEASE_AREA_WEIGHT in all: a hint, never more than a low
 * suggestion on its own. A word overlapping a project's own term or a quoted phrase
 * (「がんゲノム」, 「神経疾患」 of 精神・神経疾患) adds nothing.
 */
function addDiseaseAreaReasons(f: ScannedField, index: PackIndex, weightOfField: number, phrases: readonly Phrase[], reasons: (readonly Reason[])[]): void {
  if (f.evidence.disease.length === 0) return;
  const places = diseaseProjects(index);
  for (const m of f.evidence.disease) {
    if (places.inParagraphs(m.key)) continue;
    // Each character counts once: a project's word or a quoted phrase in or around it (「神経疾患」 of 精神・神経疾患) already says it.
    if (overlapsAny(f.evidence.project, m) || overlapsAny(phrases, m)) continue;
    const matched = f.text.display.slice(m.start, m.end);
    for (const v of m.values) {
      for (const place of places.byArea.get(v.id) ?? []) {
        addTo(reasons, place.projectIndex, { kind: 'disease-area', field: f.field, matched, weight: round(DISEASE_AREA_WEIGHT * place.part * weightOfField), citation: place.citation });
      }
    }
  }
}

function overlapsAny(spans: readonly { readonly start: number; readonly end: number }[], m: { readonly start: number; readonly end: number }): boolean {
  for (const t of spans) if (t.start < m.end && m.start < t.end) return true;
  return false;
}

/** The fields' reasons per project, ranked: score = sum of the reasons' weights. */
export function scoreProjects(fields: readonly FieldReading[], index: PackIndex): Suggestion[] {
  // Made with a provisional confidence and given their real one once ranked: one object per candidate.
  const scored: { projectId: string; score: number; reasons: Reason[]; confidence: Suggestion['confidence'] }[] = [];
  for (let p = 0; p < index.projects.length; p++) {
    let list: Reason[] | null = null;
    for (let i = 0; i < fields.length; i++) {
      const reasons = fields[i].projectReasons[p];
      if (reasons.length === 0) continue;
      list ??= [];
      // Within a field reasons are already distinct; only a field named twice (several tags) can repeat one.
      const repeated = namedBefore(fields, i);
      for (const r of reasons) {
        if (repeated) addReason(list, r);
        else list.push(r);
      }
    }
    if (list === null || list.length === 0) continue;
    sortSmall(list, byWeight);
    let score = 0;
    for (const r of list) score += r.weight;
    scored.push({ projectId: index.projects[p].id, score: round(score), reasons: list, confidence: 'low' });
  }
  if (scored.length === 0) return scored;
  sortSmall(scored, byScore);
  // The leader's own evidence: reasons whose words no other candidate reads in the same field.
  let ownSum = 0;
  for (const r of scored[0].reasons) if (!readByOthers(scored, r)) ownSum += r.weight;
  const own = round(ownSum);
  const runnerUp = scored.length > 1 ? scored[1].score : 0;
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i];
    s.confidence = confidenceOf(s.score, i === 0 ? runnerUp : scored[0].score, i === 0 ? own : s.score);
  }
  // Kept with the row's classification: copied at its size (a list grown by push keeps spare room).
  return scored.slice();
}

function namedBefore(fields: readonly FieldReading[], i: number): boolean {
  for (let j = 0; j < i; j++) if (fields[j].scanned.field === fields[i].scanned.field) return true;
  return false;
}

const byWeight = (a: Reason, b: Reason) => b.weight - a.weight;
const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;

/** Whether a candidate other than the leader has a reason with the same words in the same field. */
function readByOthers(scored: readonly { readonly reasons: readonly Reason[] }[], reason: Reason): boolean {
  for (let s = 1; s < scored.length; s++) {
    for (const r of scored[s].reasons) if (r.field === reason.field && r.matched === reason.matched) return true;
  }
  return false;
}
