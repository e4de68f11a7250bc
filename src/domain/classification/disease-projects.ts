import type { Citation } from '../policy/schema';
import type { PackIndex } from './pack-index';
import { oncePer } from '../once-per';

/**
 * Which projects the year's policy places a 疾患領域 in. Section 4 of the policy: disease work
 * is managed inside the integrated projects; each project's paragraph names the diseases it
 * takes up (⑤: 「新興・再興感染症については…」, ④: 「移植、精神疾患、認知症、肝炎…」). A word
 * the curated 疾患領域 vocabulary (from the 推進計画) files under an area — 「エイズ」 under
 * 感染症 — but which no paragraph uses itself points to the projects whose paragraphs speak of
 * its area: each project's part is the share of the area's words (name, aliases, terms) its
 * paragraphs use. The closing その他 is a catch-all of unrelated things and is never spread.
 */

export interface AreaProject {
  readonly projectIndex: number;
  /** This project's part of the area: its paragraphs' words of the area ÷ all projects' (sums to 1). */
  readonly part: number;
  /** The passage of the project that speaks of the area first. */
  readonly citation: Citation;
}

interface DiseaseProjects {
  /** Area id → the projects whose paragraphs speak of it (empty: none does). */
  readonly byArea: ReadonlyMap<string, readonly AreaProject[]>;
  /** Whether a word (key form) occurs in some project's paragraph (then phrases quote it directly). */
  inParagraphs(key: string): boolean;
}

function build(index: PackIndex): DiseaseProjects {
  const passages = index.paragraphs.passages;
  const entries = index.diseaseAreas.entries;
  const areas = index.projects.length > 0 ? entries.slice(0, Math.max(0, entries.length - 1)) : [];
  const byArea = new Map<string, AreaProject[]>();
  for (const area of areas) {
    const source = index.diseaseAreaWords.get(area.id) ?? [];
    const counts = passages.map((list) => source.filter((w) => list.some((p) => p.key.includes(w))).length);
    const total = counts.reduce((a, b) => a + b, 0);
    const projects: AreaProject[] = [];
    if (total > 0) {
      counts.forEach((count, p) => {
        if (count === 0) return;
        const passage = passages[p].find((x) => source.some((w) => x.key.includes(w))) ?? passages[p][0];
        projects.push({ projectIndex: p, part: count / total, citation: passage.citation });
      });
    }
    byArea.set(area.id, projects);
  }
  const all = passages.flatMap((list) => list.map((p) => p.key)).join('\n');
  // Asked for each 疾患領域 word of each cell: remembered per word (the lexicon's keys, a bounded set).
  const found = new Map<string, boolean>();
  const inParagraphs = (key: string) => {
    let known = found.get(key);
    if (known === undefined) found.set(key, (known = all.includes(key)));
    return known;
  };
  return { byArea, inParagraphs };
}

/** Worked out once per pack index: every 疾患領域 word of every row asks. */
export const diseaseProjects = oncePer(build);
