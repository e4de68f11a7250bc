import { TODO, type PackFile } from './pack-file';

/**
 * What the schema's shape cannot say about a pack file: ids unique, every citation found in the
 * section it names, every priority area in a section the text has, policy and curated parts
 * matching item for item, nothing left as TODO. Typed problems; words come from pack-messages.ts.
 */
export type PackProblem =
  | { readonly code: 'not-json'; readonly path: string; readonly detail: string }
  | { readonly code: 'shape'; readonly path: string; readonly issue: ShapeIssue }
  | { readonly code: 'duplicate-id'; readonly path: string; readonly id: string }
  | { readonly code: 'section-unknown'; readonly path: string; readonly section: string }
  | { readonly code: 'citation-not-in-section'; readonly path: string; readonly section: string }
  | { readonly code: 'project-unknown'; readonly path: string; readonly id: string }
  | { readonly code: 'curated-missing'; readonly path: string; readonly id: string }
  | { readonly code: 'curated-stray'; readonly path: string; readonly id: string }
  | { readonly code: 'label-missing'; readonly path: string; readonly id: string }
  | { readonly code: 'label-not-in-citation'; readonly path: string; readonly label: string }
  | { readonly code: 'order'; readonly path: string; readonly expected: number }
  | { readonly code: 'year'; readonly path: string; readonly expected: string }
  | { readonly code: 'todo'; readonly path: string };

/** A zod issue reduced to what a message needs (so messages do not depend on zod). */
export type ShapeIssue =
  | { readonly kind: 'type'; readonly expected: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'unknown-keys'; readonly keys: readonly string[] }
  | { readonly kind: 'one-of'; readonly values: readonly string[] }
  | { readonly kind: 'format'; readonly field: 'id' | 'packId' | 'date' | 'other' }
  | { readonly kind: 'todo-list' }
  | { readonly kind: 'other'; readonly message: string };

const squeeze = (s: string) => s.replace(/\s+/g, '');

function duplicates(items: readonly { id: string }[], path: string): PackProblem[] {
  const seen = new Set<string>();
  const out: PackProblem[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) out.push({ code: 'duplicate-id', path: `${path}[${i}].id`, id: item.id });
    seen.add(item.id);
  });
  return out;
}

/** Every string of the file still reading TODO, by path. */
function todos(value: unknown, path: string, out: PackProblem[]): void {
  if (typeof value === 'string') {
    if (value.includes(TODO)) out.push({ code: 'todo', path });
  } else if (Array.isArray(value)) value.forEach((v, i) => todos(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) todos(v, path === '' ? k : `${path}.${k}`, out);
}

export function checkPackFile(file: PackFile): PackProblem[] {
  const { policy, curated } = file;
  const problems: PackProblem[] = [];
  todos({ policy, curated }, '', problems);
  // One year, said the same way everywhere: the id users type, the western year, the label, the title.
  const { reiwa, western, label } = file.fiscalYear;
  if (file.id !== `R${reiwa}`) problems.push({ code: 'year', path: 'id', expected: `R${reiwa}` });
  if (western !== 2018 + reiwa) problems.push({ code: 'year', path: 'fiscalYear.western', expected: String(2018 + reiwa) });
  if (label !== `令和${reiwa}年度`) problems.push({ code: 'year', path: 'fiscalYear.label', expected: `令和${reiwa}年度` });
  if (!policy.title.includes(TODO) && !policy.title.normalize('NFKC').includes(`令和${reiwa}年度`)) problems.push({ code: 'year', path: 'policy.title', expected: `令和${reiwa}年度…` });

  for (const [items, path] of [
    [policy.projects, 'policy.projects'],
    [policy.priorityAreas, 'policy.priorityAreas'],
    [policy.purposes, 'policy.purposes'],
    [curated.projects, 'curated.projects'],
    [curated.priorityAreas, 'curated.priorityAreas'],
    [curated.diseaseAreas.entries, 'curated.diseaseAreas.entries'],
    [curated.categories.entries, 'curated.categories.entries'],
    [curated.ministries.entries, 'curated.ministries.entries'],
  ] as const) {
    for (const p of duplicates(items, path)) problems.push(p);
  }
  const numbers = new Set<string>();
  policy.sections.forEach((s, i) => {
    if (numbers.has(s.number)) problems.push({ code: 'duplicate-id', path: `policy.sections[${i}].number`, id: s.number });
    numbers.add(s.number);
  });

  const sectionText = new Map(policy.sections.map((s) => [s.number, squeeze(s.text)]));
  const cite = (path: string, citation: { section: string; text: string }) => {
    const text = sectionText.get(citation.section);
    if (text === undefined) problems.push({ code: 'section-unknown', path: `${path}.section`, section: citation.section });
    else if (!citation.text.includes(TODO) && !text.includes(squeeze(citation.text))) problems.push({ code: 'citation-not-in-section', path: `${path}.text`, section: citation.section });
  };
  policy.projects.forEach((p, i) => {
    if (p.order !== i + 1) problems.push({ code: 'order', path: `policy.projects[${i}].order`, expected: i + 1 });
    cite(`policy.projects[${i}].citation`, p.citation);
    cite(`policy.projects[${i}].description`, { section: p.citation.section, text: p.description });
  });
  const projectIds = new Set(policy.projects.map((p) => p.id));
  const curatedAreas = new Map(curated.priorityAreas.map((a) => [a.id, a]));
  policy.priorityAreas.forEach((a, i) => {
    const path = `policy.priorityAreas[${i}]`;
    if (!numbers.has(a.section)) problems.push({ code: 'section-unknown', path: `${path}.section`, section: a.section });
    cite(`${path}.citation`, a.citation);
    if (a.projectId !== undefined && !projectIds.has(a.projectId)) problems.push({ code: 'project-unknown', path: `${path}.projectId`, id: a.projectId });
    const c = curatedAreas.get(a.id);
    if (!c) problems.push({ code: 'curated-missing', path: 'curated.priorityAreas', id: a.id });
    else if (a.kind !== 'section' && c.label === undefined) problems.push({ code: 'label-missing', path: `curated.priorityAreas[${curated.priorityAreas.indexOf(c)}].label`, id: a.id });
    else if (a.kind === 'headline' && c.label !== undefined && !c.label.includes(TODO) && !squeeze(a.citation.text).includes(squeeze(c.label))) {
      problems.push({ code: 'label-not-in-citation', path: `curated.priorityAreas[${curated.priorityAreas.indexOf(c)}].label`, label: c.label });
    }
  });
  policy.purposes.forEach((p, i) => cite(`policy.purposes[${i}].citation`, p.citation));
  cite('policy.adjustmentFund.citation', policy.adjustmentFund.citation);
  cite('policy.diseaseAreaNote', policy.diseaseAreaNote);
  cite('policy.priorityIntro', policy.priorityIntro);
  policy.programmes.forEach((p, i) => {
    if (!numbers.has(p.section)) problems.push({ code: 'section-unknown', path: `policy.programmes[${i}].section`, section: p.section });
  });

  const areaIds = new Set(policy.priorityAreas.map((a) => a.id));
  curated.priorityAreas.forEach((a, i) => {
    if (!areaIds.has(a.id)) problems.push({ code: 'curated-stray', path: `curated.priorityAreas[${i}].id`, id: a.id });
  });
  const curatedProjects = new Set(curated.projects.map((p) => p.id));
  for (const p of policy.projects) if (!curatedProjects.has(p.id)) problems.push({ code: 'curated-missing', path: 'curated.projects', id: p.id });
  curated.projects.forEach((p, i) => {
    if (!projectIds.has(p.id)) problems.push({ code: 'curated-stray', path: `curated.projects[${i}].id`, id: p.id });
  });
  return problems;
}
