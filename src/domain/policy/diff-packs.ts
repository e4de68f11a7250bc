import { allPriorityAreas } from './priority-areas';
import type { PolicyPack, PriorityArea } from './schema';

/**
 * What changed from one year's pack to another's, in the policy's own terms: projects, priority
 * areas (by their words: a focus item is its sentence), programmes, sections added, dropped or
 * reworded. Whitespace never counts as a change (PDF copies break lines anywhere).
 */
export type PackChange =
  | { readonly kind: 'project-added' | 'project-dropped'; readonly name: string }
  | { readonly kind: 'project-moved'; readonly name: string; readonly from: string; readonly to: string }
  | { readonly kind: 'project-description'; readonly name: string }
  | { readonly kind: 'area-added' | 'area-dropped'; readonly area: string; readonly section: string }
  | { readonly kind: 'programme-added' | 'programme-dropped'; readonly name: string }
  | { readonly kind: 'section-added' | 'section-dropped' | 'section-reworded'; readonly number: string; readonly heading: string }
  | { readonly kind: 'section-retitled'; readonly number: string; readonly from: string; readonly to: string };

const same = (a: string, b: string) => a.replace(/\s+/g, '').normalize('NFKC') === b.replace(/\s+/g, '').normalize('NFKC');
/** A year's own number (令和6年度 → 令和7年度) is not a rewording. */
const yearless = (s: string, reiwa: number) => s.replace(/\s+/g, '').normalize('NFKC').replaceAll(`令和${reiwa}年度`, '令和X年度');

function areaWords(a: PriorityArea): string {
  return a.kind === 'focus' ? a.citation.text : a.name;
}

export function diffPacks(before: PolicyPack, after: PolicyPack): PackChange[] {
  const out: PackChange[] = [];
  for (const p of after.projects) {
    const old = before.projects.find((q) => q.name === p.name);
    if (!old) out.push({ kind: 'project-added', name: `${p.marker}${p.name}` });
    else {
      if (old.marker !== p.marker) out.push({ kind: 'project-moved', name: p.name, from: old.marker, to: p.marker });
      if (!same(old.description, p.description)) out.push({ kind: 'project-description', name: `${p.marker}${p.name}` });
    }
  }
  for (const p of before.projects) if (!after.projects.some((q) => q.name === p.name)) out.push({ kind: 'project-dropped', name: `${p.marker}${p.name}` });

  const rb = before.fiscalYear.reiwa;
  const ra = after.fiscalYear.reiwa;
  const key = (a: PriorityArea, reiwa: number) => `${a.kind}|${yearless(areaWords(a), reiwa)}`;
  const beforeAreas = new Set(allPriorityAreas(before).map((a) => key(a, rb)));
  const afterAreas = new Set(allPriorityAreas(after).map((a) => key(a, ra)));
  for (const a of allPriorityAreas(after)) if (!beforeAreas.has(key(a, ra))) out.push({ kind: 'area-added', area: areaWords(a), section: a.section });
  for (const a of allPriorityAreas(before)) if (!afterAreas.has(key(a, rb))) out.push({ kind: 'area-dropped', area: areaWords(a), section: a.section });

  for (const p of after.programmes) if (!before.programmes.some((q) => same(q.name, p.name))) out.push({ kind: 'programme-added', name: p.name });
  for (const p of before.programmes) if (!after.programmes.some((q) => same(q.name, p.name))) out.push({ kind: 'programme-dropped', name: p.name });

  for (const s of after.sections) {
    const old = before.sections.find((q) => q.number === s.number);
    if (!old) out.push({ kind: 'section-added', number: s.number, heading: s.heading });
    else {
      if (!same(old.heading, s.heading)) out.push({ kind: 'section-retitled', number: s.number, from: old.heading, to: s.heading });
      if (yearless(old.text, rb) !== yearless(s.text, ra)) out.push({ kind: 'section-reworded', number: s.number, heading: s.heading });
    }
  }
  for (const s of before.sections) if (!after.sections.some((q) => q.number === s.number)) out.push({ kind: 'section-dropped', number: s.number, heading: s.heading });
  return out;
}

/** One line per change, Japanese first. */
export function formatPackChange(c: PackChange, locale: 'ja' | 'en' = 'ja'): string {
  const ja = locale === 'ja';
  const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
  switch (c.kind) {
    case 'project-added':
      return ja ? `+ 統合プロジェクト ${c.name}` : `+ project ${c.name}`;
    case 'project-dropped':
      return ja ? `- 統合プロジェクト ${c.name}` : `- project ${c.name}`;
    case 'project-moved':
      return ja ? `~ 統合プロジェクト ${c.name}: ${c.from} → ${c.to}` : `~ project ${c.name}: ${c.from} → ${c.to}`;
    case 'project-description':
      return ja ? `~ 統合プロジェクト ${c.name} の説明が変わりました` : `~ project ${c.name}: description reworded`;
    case 'area-added':
      return ja ? `+ 重点（${c.section}）${clip(c.area)}` : `+ priority area (${c.section}) ${clip(c.area)}`;
    case 'area-dropped':
      return ja ? `- 重点（${c.section}）${clip(c.area)}` : `- priority area (${c.section}) ${clip(c.area)}`;
    case 'programme-added':
      return ja ? `+ 名前の挙がる計画・事業 ${c.name}` : `+ named programme ${c.name}`;
    case 'programme-dropped':
      return ja ? `- 名前の挙がる計画・事業 ${c.name}` : `- named programme ${c.name}`;
    case 'section-added':
      return ja ? `+ 節 ${c.number} ${c.heading}` : `+ section ${c.number} ${c.heading}`;
    case 'section-dropped':
      return ja ? `- 節 ${c.number} ${c.heading}` : `- section ${c.number} ${c.heading}`;
    case 'section-retitled':
      return ja ? `~ 節 ${c.number} の見出し: ${c.from} → ${c.to}` : `~ section ${c.number} heading: ${c.from} → ${c.to}`;
    case 'section-reworded':
      return ja ? `~ 節 ${c.number} ${c.heading} の本文が変わりました` : `~ section ${c.number} ${c.heading}: text reworded`;
  }
}
