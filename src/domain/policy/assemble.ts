import type { PackFile } from './pack-file';
import type { PolicyPack, PriorityArea } from './schema';

/**
 * The engine's PolicyPack from a pack file: each policy item joined with its curated vocabulary.
 * Free of zod at run time (types only), so the pane's first download can assemble the bundled
 * packs. Assumes a valid file (checkPackFile); the bundled ones are proved valid by their test.
 */
export function assemblePack(file: PackFile): PolicyPack {
  const { policy, curated } = file;
  const curatedArea = new Map(curated.priorityAreas.map((a) => [a.id, a]));
  const curatedProject = new Map(curated.projects.map((p) => [p.id, p]));
  const curatedPurpose = new Map(curated.purposes.map((p) => [p.id, p]));

  const area = (a: PackFile['policy']['priorityAreas'][number]): PriorityArea => {
    const c = curatedArea.get(a.id);
    return {
      id: a.id,
      name: a.name ?? c?.label ?? a.id,
      kind: a.kind,
      section: a.section,
      ...(a.projectId === undefined ? {} : { projectId: a.projectId }),
      fundBased: c?.fundBased ?? false,
      citation: a.citation,
      terms: c && c.terms.length > 0 ? c.terms : [a.name ?? c?.label ?? a.id],
    };
  };

  return {
    schemaVersion: 1,
    id: file.id,
    fiscalYear: file.fiscalYear,
    title: policy.title,
    decidedOn: policy.decidedOn,
    decidedOnJa: policy.decidedOnJa,
    decidedBy: policy.decidedBy,
    sourceFile: file.sourceFile,
    planPeriod: curated.planPeriod.name,
    projects: policy.projects.map((p) => {
      const c = curatedProject.get(p.id);
      return {
        id: p.id,
        order: p.order,
        name: p.name,
        shortName: c?.shortName ?? p.name,
        marker: p.marker,
        aliases: c?.aliases ?? [],
        description: p.description,
        citation: p.citation,
        terms: c?.terms ?? [p.name],
        focusItems: policy.priorityAreas.filter((a) => a.kind === 'focus' && a.projectId === p.id).map(area),
      };
    }),
    priorityAreas: policy.priorityAreas.filter((a) => a.kind !== 'focus').map(area),
    vocabularies: {
      diseaseAreas: curated.diseaseAreas.entries,
      purposes: policy.purposes.map((p) => ({ id: p.id, name: p.name, aliases: curatedPurpose.get(p.id)?.aliases ?? [], terms: curatedPurpose.get(p.id)?.terms ?? [], citation: p.citation })),
      categories: curated.categories.entries,
      ministries: curated.ministries.entries,
    },
    adjustmentFund: { name: policy.adjustmentFund.name, terms: [policy.adjustmentFund.name, ...curated.adjustmentFund.terms.filter((t) => t !== policy.adjustmentFund.name)], citation: policy.adjustmentFund.citation },
    diseaseAreaSource: curated.diseaseAreas.source,
    sections: policy.sections,
    programmes: policy.programmes,
    diseaseAreaNote: policy.diseaseAreaNote,
    priorityIntro: policy.priorityIntro,
    fundTerms: curated.fundTerms,
  };
}
