import type { FundKind } from '../model/classification';
import { fundProgrammes, programmesIn } from '../policy/programmes/fund-programmes';
import { allPriorityAreas } from '../policy/priority-areas';
import type { Citation, PolicyPack, PriorityArea, Project, VocabularyEntry } from '../policy/schema';
import { boilerplateWords } from './boilerplate';
import { buildDictionary, hasHardSeparator, type Dictionary } from './declared-list';
import { buildLexicon, type Lexicon } from './lexicon';
import { buildParagraphModel, type ParagraphModel } from './paragraph-model';
import { keyForm } from './text-key';
import { oncePer } from '../once-per';

/**
 * Everything classification derives from a pack, built once per pack object (WeakMap) so
 * that classifying 100,000 rows only scans text.
 */

/** What a policy word found in a row's text is evidence for. */
export type Evidence =
  | {
      readonly type: 'project';
      readonly projectId: string;
      readonly kind: 'alias' | 'term' | 'focus-item';
      readonly citation: Citation;
      /** 1 / number of projects listing the same word: shared words split their weight. */
      readonly share: number;
    }
  | { readonly type: 'priority'; readonly areaId: string; readonly citation: Citation }
  | { readonly type: 'disease'; readonly id: string; readonly citation?: Citation }
  | { readonly type: 'purpose'; readonly id: string; readonly citation?: Citation }
  | { readonly type: 'category'; readonly id: string }
  | {
      readonly type: 'fund';
      /** A fund-based priority area of the year's pack. */
      readonly areaId: string | null;
      /** A long-lived programme of policy/programmes (CiCLE, SCARDA …). */
      readonly programmeId?: string;
      readonly kind: FundKind;
      readonly citation?: Citation;
    }
  | { readonly type: 'adjustment'; readonly citation: Citation };

/** A declared label's reading: which project, and whether by an official form or an alias. */
export interface LabelKey {
  readonly projectId: string;
  readonly via: 'label' | 'alias';
  readonly isMarker: boolean;
}

/** A closed vocabulary for declared cells (疾患領域, 開発目的, 区分, 重点領域). */
export interface DeclaredVocabulary {
  readonly dictionary: Dictionary<string>;
  /**
   * Names and aliases that contain a separator (「創薬AIプラットフォームの実用化（「富岳」を用いた
   * 予測手法）」), longest first: read as wholes before the cell is split into segments.
   */
  readonly compounds: readonly (readonly [key: string, id: string])[];
  readonly entries: readonly { readonly id: string; readonly name: string; readonly citation?: Citation; readonly cores: readonly string[] }[];
}

export interface PackIndex {
  readonly projects: readonly Project[];
  readonly projectById: ReadonlyMap<string, Project>;
  /** Project id → position in the pack's order. */
  readonly projectOrder: ReadonlyMap<string, number>;
  readonly priorityAreaById: ReadonlyMap<string, PriorityArea>;
  readonly labels: Dictionary<LabelKey>;
  /**
   * Per project (pack order), the forms a near-miss is measured against: whole names, and the
   * 「・」-separated components of the short name (「医療機器」 of 医療機器・ヘルスケア).
   */
  readonly projectCores: readonly { readonly projectId: string; readonly cores: readonly string[]; readonly components: readonly string[] }[];
  /** 疾患領域 names and aliases that may be mistaken for a project (all but the closing その他). */
  readonly diseaseAsProject: Dictionary<string>;
  readonly diseaseAreas: DeclaredVocabulary;
  /** Per 疾患領域 id, its name, aliases and terms in key form (see disease-projects.ts). */
  readonly diseaseAreaWords: ReadonlyMap<string, readonly string[]>;
  readonly purposes: DeclaredVocabulary;
  readonly categories: DeclaredVocabulary;
  readonly priorityAreas: DeclaredVocabulary;
  readonly lexicon: Lexicon<Evidence>;
  /** Marker words of fund money (補正, 基金, 出資金 …) as keys, for cells the text scan does not read. */
  readonly fundMarkers: readonly { readonly key: string; readonly term: string; readonly kind: FundKind }[];
  readonly paragraphs: ParagraphModel;
}

/** How many distinct texts each memo keeps before starting afresh. */
export const MEMO_LIMIT = 2048;

const GENERIC_SUFFIX = /(?:プロジェクト|pj|事業|領域)+$/u;

/** A label or name reduced to what distinguishes it: no 「…プロジェクト」/PJ suffix, no marker prefix, no 「・」. */
export function core(key: string): string {
  return key.replace(GENERIC_SUFFIX, '').replace(/^[0-9]+/, '').replace(/・/g, '');
}

/** Aliases that are only a marker ("①" → "1") would match any digit in free text. */
function usableInText(key: string): boolean {
  return !/^[0-9]+$/.test(key);
}

function labelPairs(project: Project): [string, LabelKey][] {
  const official = (key: string, isMarker = false): [string, LabelKey] => [key, { projectId: project.id, via: 'label', isMarker }];
  const name = keyForm(project.name);
  const short = keyForm(project.shortName);
  const marker = keyForm(project.marker);
  return [
    official(name),
    official(short),
    official(marker, true),
    official(`${marker}${name}`),
    official(`${marker}${short}`),
    official(`${short}pj`),
    official(`pj${marker}`),
    ...project.aliases.map((a): [string, LabelKey] => [keyForm(a), { projectId: project.id, via: 'alias', isMarker: keyForm(a) === marker }]),
  ];
}

/** Official spellings of every project before any alias, so an alias never shadows a name. */
function officialFirst(pairs: [string, LabelKey][]): [string, LabelKey][] {
  return [...pairs.filter(([, v]) => v.via === 'label'), ...pairs.filter(([, v]) => v.via === 'alias')];
}

/**
 * Names first; then aliases and terms, except a word several entries share (「がん」 is a term
 * of three focus items): declaring it names none of them in particular.
 */
function vocabulary(entries: readonly (VocabularyEntry | PriorityArea)[], withTerms: boolean): DeclaredVocabulary {
  const others: [string, string][] = [];
  for (const e of entries) {
    if ('aliases' in e) for (const a of e.aliases) others.push([keyForm(a), e.id]);
    if (withTerms) for (const t of e.terms) others.push([keyForm(t), e.id]);
  }
  const owners = new Map<string, Set<string>>();
  for (const [key, id] of others) owners.set(key, (owners.get(key) ?? new Set()).add(id));
  const pairs: [string, string][] = [
    ...entries.map((e): [string, string] => [keyForm(e.name), e.id]),
    ...others.filter(([key]) => owners.get(key)?.size === 1),
  ];
  const dictionary = buildDictionary(pairs);
  return {
    dictionary,
    compounds: [...dictionary.entries].filter(([key]) => hasHardSeparator(key)).sort((a, b) => b[0].length - a[0].length),
    entries: entries.map((e) => ({
      id: e.id,
      name: e.name,
      citation: e.citation,
      cores: [e.name, ...('aliases' in e ? e.aliases : [])].map((s) => core(keyForm(s))).filter((s) => s.length > 0),
    })),
  };
}

/**
 * A word made only of programme words (「革新的技術」 = 革新的 + 技術, 「研究開発基盤」, 「実証研究」):
 * as a year's focus-item term it would point a 事業名 to one project for words every 事業名 uses.
 */
function onlyProgrammeWords(key: string): boolean {
  let covered = 0;
  for (const w of boilerplateWords(key)) covered += w.end - w.start;
  return covered === key.length;
}

function lexiconPairs(pack: PolicyPack): [string, Evidence][] {
  const projectWords: { key: string; projectId: string; kind: 'alias' | 'term' | 'focus-item'; citation: Citation }[] = [];
  for (const p of pack.projects) {
    for (const a of [p.name, p.shortName, ...p.aliases]) projectWords.push({ key: keyForm(a), projectId: p.id, kind: 'alias', citation: p.citation });
    for (const t of p.terms) projectWords.push({ key: keyForm(t), projectId: p.id, kind: 'term', citation: p.citation });
    for (const f of p.focusItems) {
      for (const t of [f.name, ...f.terms]) projectWords.push({ key: keyForm(t), projectId: p.id, kind: 'focus-item', citation: f.citation });
    }
  }
  const projectsPerKey = new Map<string, Set<string>>();
  for (const w of projectWords) projectsPerKey.set(w.key, (projectsPerKey.get(w.key) ?? new Set()).add(w.projectId));
  // The policy's own paragraphs, per project (standing paragraph and the year's items).
  const paragraphs = pack.projects.map((p) => ({ id: p.id, key: keyForm([p.description, ...p.focusItems.map((f) => f.citation.text)].join('\n')) }));
  /**
   * A focus item's word weighs less the more projects the policy's text uses it in: 「感染症」 is a
   * term of ①'s 新興・再興感染症 item, but the paragraphs of ⑤ and ⑥ speak of 感染症 too, so it
   * does not point to ① alone. Names, aliases and standing terms keep their share by listing.
   */
  const sharers = (w: (typeof projectWords)[number]): number => {
    const listing = projectsPerKey.get(w.key) ?? new Set<string>();
    if (w.kind !== 'focus-item') return listing.size;
    const all = new Set(listing);
    for (const p of paragraphs) if (p.key.includes(w.key)) all.add(p.id);
    return all.size;
  };

  const pairs: [string, Evidence][] = [];
  const seen = new Set<string>();
  for (const w of projectWords) {
    // One word, one project: the strongest kind registered first (alias, term, focus item).
    const id = `${w.key}\u0000${w.projectId}`;
    if (!usableInText(w.key) || seen.has(id) || (w.kind === 'focus-item' && onlyProgrammeWords(w.key))) continue;
    seen.add(id);
    const share = 1 / Math.max(1, sharers(w));
    pairs.push([w.key, { type: 'project', projectId: w.projectId, kind: w.kind, citation: w.citation, share }]);
  }
  for (const area of allPriorityAreas(pack)) {
    for (const t of [area.name, ...area.terms]) pairs.push([keyForm(t), { type: 'priority', areaId: area.id, citation: area.citation }]);
    if (area.fundBased) for (const t of [area.name, ...area.terms]) pairs.push([keyForm(t), { type: 'fund', areaId: area.id, kind: 'fund', citation: area.citation }]);
  }
  // Long-lived programmes from the year they exist, whether or not the year's pack names them.
  // A programme the year's policy also names (ムーンショット in R4 and R6, CiCLE in R6) keeps that area.
  const fundAreas = allPriorityAreas(pack)
    .filter((a) => a.fundBased)
    .map((a) => ({ area: a, keys: [a.name, ...a.terms].map(keyForm) }));
  for (const p of programmesIn(pack.fiscalYear.western)) {
    const keys = p.terms.map(keyForm);
    const area = fundAreas.find((a) => keys.some((k) => a.keys.some((ak) => k.includes(ak) || ak.includes(k))))?.area;
    for (const key of keys) pairs.push([key, { type: 'fund', areaId: area?.id ?? null, programmeId: p.id, kind: p.kind, ...(area ? { citation: area.citation } : {}) }]);
  }
  const markers = fundMarkers();
  for (const m of markers) pairs.push([m.key, { type: 'fund', areaId: null, kind: m.kind }]);
  for (const t of pack.fundTerms) {
    const key = keyForm(t);
    if (!markers.some((m) => m.key === key)) pairs.push([key, { type: 'fund', areaId: null, kind: 'fund' }]);
  }
  const v = pack.vocabularies;
  // The 疾患領域 list is the 推進計画's, not this policy's: a match cites no policy passage.
  for (const e of v.diseaseAreas) for (const t of [e.name, ...e.aliases, ...e.terms]) pairs.push([keyForm(t), { type: 'disease', id: e.id, ...(e.citation ? { citation: e.citation } : {}) }]);
  for (const e of v.purposes) for (const t of [e.name, ...e.aliases, ...e.terms]) pairs.push([keyForm(t), { type: 'purpose', id: e.id, ...(e.citation ? { citation: e.citation } : {}) }]);
  for (const e of v.categories) for (const t of [e.name, ...e.aliases, ...e.terms]) pairs.push([keyForm(t), { type: 'category', id: e.id }]);
  for (const t of [pack.adjustmentFund.name, ...pack.adjustmentFund.terms]) pairs.push([keyForm(t), { type: 'adjustment', citation: pack.adjustmentFund.citation }]);
  return pairs;
}

/** Every word of a 疾患領域 as the curated vocabulary lists it, in key form, distinct (one character is too little). */
function areaWords(entry: VocabularyEntry): string[] {
  return [...new Set([entry.name, ...entry.aliases, ...entry.terms].map(keyForm).filter((k) => k.length > 1))];
}

function fundMarkers(): PackIndex['fundMarkers'] {
  return fundProgrammes().markers.map((m) => ({ key: keyForm(m.term), term: m.term, kind: m.kind }));
}

function build(pack: PolicyPack): PackIndex {
  const diseases = pack.vocabularies.diseaseAreas;
  const mistakable = diseases.slice(0, Math.max(1, diseases.length - 1));
  return {
    projects: pack.projects,
    projectById: new Map(pack.projects.map((p) => [p.id, p])),
    projectOrder: new Map(pack.projects.map((p, i) => [p.id, i])),
    priorityAreaById: new Map(allPriorityAreas(pack).map((a) => [a.id, a])),
    labels: buildDictionary(officialFirst(pack.projects.flatMap(labelPairs))),
    projectCores: pack.projects.map((p) => ({
      projectId: p.id,
      cores: [...new Set([p.name, p.shortName, ...p.aliases].map((s) => core(keyForm(s))).filter((s) => s.length > 1))],
      components: keyForm(p.shortName).split('・').filter((c) => c.length > 1),
    })),
    diseaseAsProject: buildDictionary(mistakable.flatMap((e) => [e.name, ...e.aliases].map((t): [string, string] => [keyForm(t), e.id]))),
    diseaseAreas: vocabulary(diseases, true),
    diseaseAreaWords: new Map(diseases.map((e) => [e.id, areaWords(e)])),
    purposes: vocabulary(pack.vocabularies.purposes, true),
    categories: vocabulary(pack.vocabularies.categories, false),
    priorityAreas: vocabulary(allPriorityAreas(pack), true),
    lexicon: buildLexicon(lexiconPairs(pack)),
    fundMarkers: fundMarkers(),
    paragraphs: buildParagraphModel(pack),
  };
}

/** The pack's index, built once per pack: every row of every check reads it. */
export const packIndex = oncePer(build);
