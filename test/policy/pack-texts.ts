import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Citation, PolicyPack } from '../../src/domain/policy/schema';

/** Test helpers over the real packs' source texts (src/domain/policy/sources). */

export const SOURCES_DIR = join(__dirname, '..', '..', 'src', 'domain', 'policy', 'sources');
export const PACKS_DIR = join(__dirname, '..', '..', 'src', 'domain', 'policy', 'packs');

/** The comparison form for "verbatim": all whitespace removed, nothing else changed. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

export function sourceText(pack: PolicyPack): string {
  return withoutWhitespace(readFileSync(join(SOURCES_DIR, pack.sourceFile), 'utf8'));
}

/** Every passage a pack claims is quoted from its source, labelled by where it sits in the pack. */
export function quotedPassages(pack: PolicyPack): { where: string; citation: Citation }[] {
  const out: { where: string; citation: Citation }[] = [];
  for (const project of pack.projects) {
    out.push({ where: `projects.${project.id}.citation`, citation: project.citation });
    out.push({ where: `projects.${project.id}.description`, citation: { section: project.citation.section, text: project.description } });
    for (const item of project.focusItems) out.push({ where: `projects.${project.id}.focusItems.${item.id}`, citation: item.citation });
  }
  for (const area of pack.priorityAreas) out.push({ where: `priorityAreas.${area.id}`, citation: area.citation });
  for (const [name, entries] of Object.entries(pack.vocabularies)) {
    for (const entry of entries) if (entry.citation) out.push({ where: `vocabularies.${name}.${entry.id}`, citation: entry.citation });
  }
  out.push({ where: 'adjustmentFund', citation: pack.adjustmentFund.citation });
  out.push({ where: 'diseaseAreaNote', citation: pack.diseaseAreaNote });
  out.push({ where: 'priorityIntro', citation: pack.priorityIntro });
  return out;
}
