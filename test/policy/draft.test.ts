import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftPack } from '../../src/domain/policy/draft/draft-pack';
import { bundledPackFiles } from '../../src/domain/policy/registry';
import type { PackFile } from '../../src/domain/policy/pack-file';
import { SOURCES_DIR } from './pack-texts';

/** Every field of a pack file that is the policy's own words (ids and curated labels are not). */
export function textFields(file: PackFile) {
  const p = file.policy;
  const projectName = new Map(p.projects.map((x) => [x.id, x.name]));
  return {
    id: file.id,
    fiscalYear: file.fiscalYear,
    title: p.title,
    decidedOn: p.decidedOn,
    decidedOnJa: p.decidedOnJa,
    decidedBy: p.decidedBy,
    sections: p.sections,
    projects: p.projects.map(({ order, marker, name, description, citation }) => ({ order, marker, name, description, citation })),
    headlineCitations: [...new Set(p.priorityAreas.filter((a) => a.kind === 'headline').map((a) => JSON.stringify(a.citation)))],
    focusItems: p.priorityAreas.filter((a) => a.kind === 'focus').map((a) => ({ section: a.section, project: projectName.get(a.projectId ?? ''), citation: a.citation })),
    sectionAreas: p.priorityAreas.filter((a) => a.kind === 'section').map((a) => ({ section: a.section, name: a.name, citation: a.citation })),
    programmes: p.programmes,
    purposes: p.purposes.map(({ name, citation }) => ({ name, citation })),
    adjustmentFund: p.adjustmentFund,
    diseaseAreaNote: p.diseaseAreaNote,
    priorityIntro: p.priorityIntro,
  };
}

describe('pack draft from the bundled texts', () => {
  it.each(bundledPackFiles().map((f) => [f.id, f] as const))('reproduces every text field of the bundled %s pack, drafted with only the other year as reference', (id, bundled) => {
    const text = readFileSync(join(SOURCES_DIR, bundled.sourceFile), 'utf8');
    const others = bundledPackFiles().filter((f) => f.id !== id);
    const draft = draftPack(text, bundled.sourceFile, others);
    expect(draft.reference).toBe(others[0].id);
    expect(textFields(draft.file)).toEqual(textFields(bundled));
  });
});
