import type { PolicyPart } from '../pack-file';
import { TODO } from '../pack-file';
import type { PolicyPack } from '../schema';
import { allPriorityAreas } from '../priority-areas';
import { parsePolicyText, sentences, type PolicySection } from '../text/parse-policy-text';

/**
 * The policy part of a pack, read from the text alone: everything the text states. Ids are
 * taken from a reference pack where the same item is there (same project name, same sentence,
 * same heading), else made from the numbering; they are not the policy's words.
 */
export interface PolicyFromText {
  readonly id: string;
  readonly fiscalYear: { western: number; reiwa: number; label: string };
  readonly policy: PolicyPart;
  /** Items this text has and the reference (if any) matched, by id: used to copy curated vocabulary. */
  readonly matched: ReadonlyMap<string, string>;
  readonly todo: readonly string[];
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const key = (s: string) => squeeze(s).normalize('NFKC');

function isoDate(decidedOnJa: string): string | null {
  const m = /令和(\d+)年(\d+)月(\d+)日/.exec(key(decidedOnJa));
  if (!m) return null;
  const pad = (n: string) => n.padStart(2, '0');
  return `${2018 + Number(m[1])}-${pad(m[2])}-${pad(m[3])}`;
}

function paragraphsOf(section: PolicySection): string[] {
  return section.text.split('\n').filter((p) => p !== '');
}

const unbullet = (p: string) => p.replace(/^・/, '');

/** 「…」 names and 「…（SCARDA）」-style acronyms a section names. */
function programmesIn(section: PolicySection): { name: string; section: string }[] {
  const out: { name: string; section: string }[] = [];
  for (const m of section.text.matchAll(/「([^「」、。]{2,60})」/g)) out.push({ name: m[1], section: section.number });
  for (const m of section.text.matchAll(/([^、。「」\s（）]{2,40})（([A-Z][A-Za-z]{2,})）/g)) out.push({ name: `${m[1]}（${m[2]}）`, section: section.number });
  return out;
}

export function policyFromText(text: string, reference: PolicyPack | null): PolicyFromText {
  const parsed = parsePolicyText(text);
  const todo: string[] = [];
  const matched = new Map<string, string>();
  const reiwaMatch = /令和(\d+)年度/.exec(key(parsed.title));
  const reiwa = reiwaMatch ? Number(reiwaMatch[1]) : 0;
  if (!reiwaMatch) todo.push('fiscalYear: the title names no 令和X年度');
  const yearOpening = `令和${reiwa}年度においては`;
  const sectionWith = (test: (s: PolicySection) => boolean, what: string, path: string): PolicySection | null => {
    const found = parsed.sections.find(test) ?? null;
    if (!found) todo.push(`${path}: no section ${what} was found in the text`);
    return found;
  };
  const s3 = sectionWith((s) => /^\d+$/.test(s.number) && s.heading.includes('調整費'), '「調整費…」', 'policy.adjustmentFund');
  const s4 = sectionWith((s) => /^\d+$/.test(s.number) && s.heading.includes('留意点'), '「…留意点」', 'policy.diseaseAreaNote');
  const s5 = sectionWith((s) => /^\d+$/.test(s.number) && s.heading.includes('重点化すべき研究領域'), '「重点化すべき研究領域」', 'policy.priorityIntro');
  const top5 = s5?.number ?? '5';
  const cite = (section: string, t: string) => ({ section, text: t });
  const refAreas = reference ? allPriorityAreas(reference) : [];

  const projectSections = parsed.sections.filter((s) => new RegExp(`^${top5}\\(1\\)[①-⑫]$`).test(s.number));
  const projects: PolicyPart['projects'] = [];
  const areas: PolicyPart['priorityAreas'] = [];

  // Headline areas: the first sentence of §5. Which phrases of it are areas is a curated choice,
  // so only those the reference labels with words of this sentence are kept; otherwise one TODO.
  const introSentence = s5 ? (sentences(s5.text)[0] ?? '') : '';
  const headlines = refAreas.filter((a) => a.kind === 'headline' && key(introSentence).includes(key(a.name)));
  for (const h of headlines) {
    areas.push({ id: h.id, kind: 'headline', section: top5, citation: cite(top5, introSentence) });
    matched.set(h.id, h.id);
  }
  if (headlines.length === 0 && s5) {
    areas.push({ id: 'headline-1', kind: 'headline', section: top5, citation: cite(top5, introSentence) });
    todo.push(`curated.priorityAreas[headline-1].label: name each area §${top5}'s first sentence puts first (one entry per area, its words as printed)`);
  }

  projectSections.forEach((section, i) => {
    const marker = section.number.slice(-1);
    const name = section.heading;
    const ref = reference?.projects.find((p) => p.name === name);
    const id = ref?.id ?? `project-${i + 1}`;
    if (ref) matched.set(id, ref.id);
    const paras = paragraphsOf(section);
    let yearAt = paras.findIndex((p) => key(p).startsWith(yearOpening));
    if (yearAt < 0) {
      todo.push(`policy.projects[${i}]: no paragraph of ${marker}${name} starts with 「${yearOpening}」; split its description from the year's items by hand`);
      yearAt = paras.length;
    }
    const description = paras.slice(0, yearAt).join('\n');
    projects.push({ id, order: i + 1, marker, name, description: description || TODO, citation: cite(section.number, sentences(description)[0] ?? TODO) });
    sentences(paras.slice(yearAt).join('\n')).forEach((sentence, n) => {
      const refItem = ref?.focusItems.find((f) => key(sentence) === key(f.citation.text));
      const itemId = refItem?.id ?? `${id}-${n + 1}`;
      if (refItem) matched.set(itemId, refItem.id);
      areas.push({ id: itemId, kind: 'focus', section: section.number, projectId: id, citation: cite(section.number, sentence) });
    });
  });

  for (const section of parsed.sections.filter((s) => new RegExp(`^${top5}\\(([2-9]|\\d\\d)\\)$`).test(s.number))) {
    const ref = refAreas.find((a) => a.kind === 'section' && (key(section.heading).startsWith(key(a.name)) || key(a.name).startsWith(key(section.heading))));
    const id = ref?.id ?? `section-${section.number.replace(/[()]/g, '-').replace(/-$/, '')}`;
    if (ref) matched.set(id, ref.id);
    areas.push({ id, kind: 'section', section: section.number, name: section.heading, citation: cite(section.number, section.text) });
  }

  const programmes = new Map<string, { name: string; section: string }>();
  for (const section of parsed.sections.filter((s) => s.number.startsWith(top5))) for (const p of programmesIn(section)) if (!programmes.has(p.name)) programmes.set(p.name, p);

  const s4paras = s4 ? paragraphsOf(s4).map(unbullet) : [];
  const purposePara = s4paras.find((p) => p.includes('開発目的（')) ?? null;
  if (!purposePara) todo.push('policy.purposes: no 「開発目的（…）」 passage was found; list them with their citation');
  const purposeNames = purposePara ? (/開発目的（([^）]+)）/.exec(purposePara)?.[1].split('／') ?? []) : [];
  const purposes = purposeNames.map((name, i) => ({
    id: reference?.vocabularies.purposes.find((p) => p.name === name)?.id ?? `purpose-${i + 1}`,
    name,
    citation: cite(s4?.number ?? '4', purposePara ?? TODO),
  }));
  const diseasePara = s4paras.find((p) => p.startsWith('疾患領域に関連した研究開発は')) ?? null;
  if (!diseasePara) todo.push('policy.diseaseAreaNote: no 「疾患領域に関連した研究開発は…」 passage was found in the notes section');
  const fundName = s3 ? (/^(.+?)は、/.exec(s3.text)?.[1] ?? TODO) : TODO;

  const decidedOn = isoDate(parsed.decidedOnJa);
  if (!decidedOn) todo.push('policy.decidedOn: the decision date (令和X年X月X日) was not found below the title');
  return {
    id: `R${reiwa}`,
    fiscalYear: { western: 2018 + reiwa, reiwa, label: `令和${reiwa}年度` },
    policy: {
      title: parsed.title || TODO,
      decidedOn: decidedOn ?? TODO,
      decidedOnJa: parsed.decidedOnJa || TODO,
      decidedBy: parsed.decidedBy || TODO,
      sections: [...parsed.sections],
      projects,
      priorityAreas: areas,
      programmes: [...programmes.values()],
      purposes,
      adjustmentFund: { name: fundName, citation: cite(s3?.number ?? '3', s3?.text || TODO) },
      diseaseAreaNote: cite(s4?.number ?? '4', diseasePara ?? TODO),
      priorityIntro: cite(top5, s5?.text || TODO),
    },
    matched,
    todo,
  };
}
