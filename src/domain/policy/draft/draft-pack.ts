import { assemblePack } from '../assemble';
import { TODO, type CuratedPart, type PackFile } from '../pack-file';
import { allPriorityAreas } from '../priority-areas';
import { policyFromText } from './policy-from-text';

/**
 * A pack file drafted from a new year's text. The policy part is what the text states
 * (policy-from-text.ts). The curated part is copied from the nearest bundled year for items of
 * the same name (listed under curated.review, to be read by a person); what nothing could fill
 * reads TODO and is listed under `todo`, so the draft fails validation until a person resolves it.
 */
export interface Draft {
  readonly file: PackFile;
  /** The reference year the curated vocabulary was copied from (null: none given). */
  readonly reference: string | null;
}

/** The reference year nearest to the drafted one (the later of two equally near). */
export function nearestPack(western: number, packs: readonly PackFile[]): PackFile | null {
  let best: PackFile | null = null;
  for (const p of packs) {
    const d = Math.abs(p.fiscalYear.western - western);
    const bestD = best ? Math.abs(best.fiscalYear.western - western) : Infinity;
    if (d < bestD || (d === bestD && best !== null && p.fiscalYear.western > best.fiscalYear.western)) best = p;
  }
  return best;
}

const CIRCLED = /[①-⑳]/;

/** The spellings every sheet uses for a project, from its name and marker (no year's knowledge). */
function markerAliases(shortName: string, name: string, marker: string): string[] {
  return [shortName, `${shortName}PJ`, `${shortName}P`, name, `${marker}${shortName}`, `${marker}${name}`, `PJ${marker}`, `P${marker}`, `プロジェクト${marker}`, marker];
}

export function draftPack(text: string, sourceFile: string, references: readonly PackFile[]): Draft {
  const title = /令和\s*([0-9０-９]+)\s*年度/.exec(text.normalize('NFKC'));
  const western = title ? 2018 + Number(title[1]) : 0;
  const refFile = nearestPack(western, references);
  const ref = refFile ? assemblePack(refFile) : null;
  const read = policyFromText(text, ref);
  const { policy } = read;
  const todo = [...read.todo];
  const review: string[] = [];
  const from = ref ? `${ref.id}` : '';
  const refAreas = ref ? allPriorityAreas(ref) : [];

  const projects: CuratedPart['projects'] = policy.projects.map((p, i) => {
    const source = ref?.projects.find((r) => r.id === read.matched.get(p.id));
    const shortName = source?.shortName ?? p.name.replace(/プロジェクト$/, '');
    const generated = markerAliases(shortName, p.name, p.marker);
    if (source) {
      review.push(`curated.projects[${i}] (${p.name}): aliases and terms copied from ${from}`);
      // A marker is the project's place in this year's list: the reference year's markers are dropped.
      const aliases = [...new Set([...generated, ...source.aliases.filter((a) => !CIRCLED.test(a))])];
      return { id: p.id, shortName, aliases, terms: [...source.terms] };
    }
    todo.push(`curated.projects[${i}].terms (${p.name}): words that point a 事業 to this project (at least one)`);
    return { id: p.id, shortName, aliases: generated, terms: [TODO] };
  });

  const priorityAreas: CuratedPart['priorityAreas'] = policy.priorityAreas.map((a, i) => {
    const source = refAreas.find((r) => r.id === read.matched.get(a.id));
    if (source) {
      review.push(`curated.priorityAreas[${i}] (${a.id}): ${a.kind === 'section' ? '' : 'label, '}terms and fundBased copied from ${from}`);
      return { id: a.id, ...(a.kind === 'section' ? {} : { label: source.name }), fundBased: source.fundBased, terms: [...source.terms] };
    }
    if (a.kind === 'section') {
      const fundBased = /基金|政府出資/.test(`${a.name ?? ''}${a.citation.text}`);
      review.push(`curated.priorityAreas[${i}] (${a.id}): new section; fundBased set to ${fundBased} from its words (基金・政府出資), terms are its heading`);
      return { id: a.id, fundBased, terms: [a.name ?? a.id] };
    }
    if (a.id !== 'headline-1') todo.push(`curated.priorityAreas[${i}].label (${a.id}): a short name for 「${a.citation.text.slice(0, 40)}…」`);
    return { id: a.id, label: TODO, fundBased: false, terms: [] };
  });

  const sameProjects = ref !== null && ref.projects.length === policy.projects.length;
  if (!sameProjects) todo.push(`curated.planPeriod.name: the 推進計画 period of these ${policy.projects.length} projects (e.g. 第3期), with its source`);
  const copied = (what: string) => review.push(`curated.${what}: copied from ${from}`);
  const v = ref?.vocabularies;
  if (ref) ['note', 'diseaseAreas', 'purposes', 'categories', 'ministries', 'adjustmentFund', 'fundTerms'].forEach(copied);
  else todo.push('curated: no bundled year to copy the vocabulary from; write each part');
  const c = refFile?.curated;
  const none = { source: TODO, entries: [] };

  const curated: CuratedPart = {
    note: c?.note ?? TODO,
    planPeriod: sameProjects && c ? c.planPeriod : { name: TODO, source: TODO },
    projects,
    priorityAreas,
    diseaseAreas: c?.diseaseAreas ?? none,
    purposes: policy.purposes.map((p) => {
      const r = v?.purposes.find((x) => x.name === p.name);
      return { id: p.id, aliases: r?.aliases ?? [], terms: r?.terms ?? [] };
    }),
    categories: c?.categories ?? none,
    ministries: c?.ministries ?? none,
    adjustmentFund: c?.adjustmentFund ?? { source: TODO, terms: [] },
    fundTerms: c?.fundTerms ?? [],
    review,
  };
  return {
    reference: ref?.id ?? null,
    file: { schemaVersion: 2, id: read.id, fiscalYear: read.fiscalYear, sourceFile, policy, curated, todo },
  };
}
