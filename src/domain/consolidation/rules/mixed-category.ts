import { matchKey } from '../../text/normalize';
import type { ConsolidationDraft } from '../finding';
import type { ConsolidationRule } from './rule';

/**
 * A program with both AMED対象経費 and インハウス研究機関経費 lines, in one ministry or across
 * several: legitimate when a program funds both, but the two are always shown apart and a
 * hearing asks which part is which.
 */
export const mixedCategory: ConsolidationRule = {
  id: 'mixed-category',
  severity: 'warning',
  docs: {
    title: { ja: 'AMEDとインハウスにまたがる事業', en: 'Program in both AMED and in-house' },
    description: {
      ja: '同じ名称の事業に、AMED対象経費の行とインハウス研究機関経費の行の両方がないかを確かめます。',
      en: 'Checks whether a program name has both AMED and in-house (インハウス) lines.',
    },
  },
  messages: {
    ja: '事業「{name}」にAMED対象経費の行（{amedIn}）とインハウス研究機関経費の行（{inhouseIn}）があります。二重計上でないこと、それぞれの内容を説明できるようにしてください。',
    en: 'The program "{name}" has AMED lines ({amedIn}) and in-house lines ({inhouseIn}). Make sure nothing is counted twice and that each part can be explained.',
  },
  check(ctx) {
    const names = Object.fromEntries(ctx.pack.vocabularies.categories.map((c) => [c.id, c.name]));
    const byName = new Map<string, { name: string; file: string; sheet: string; cell: string; amed: Set<string>; inhouse: Set<string> }>();
    for (const part of ctx.parts) {
      const where = part.ministry ?? part.input.file;
      for (const line of part.lines) {
        const key = matchKey(line.name);
        if (key === '') continue;
        const entry = byName.get(key) ?? { name: line.name, file: part.input.file, sheet: part.input.sheet, cell: line.source, amed: new Set<string>(), inhouse: new Set<string>() };
        byName.set(key, entry);
        if (line.category === names.amed) entry.amed.add(where);
        if (line.category === names.inhouse) entry.inhouse.add(where);
      }
    }
    const drafts: ConsolidationDraft[] = [];
    for (const e of byName.values()) {
      if (e.amed.size > 0 && e.inhouse.size > 0) {
        drafts.push({ rule: 'mixed-category', file: e.file, sheet: e.sheet, cell: e.cell, params: { name: e.name, amedIn: [...e.amed], inhouseIn: [...e.inhouse] } });
      }
    }
    return drafts;
  },
};
