/**
 * Reads the plain text of a 資源配分方針 into its title, decision line and numbered sections,
 * keeping every word as printed. Numbering as in the published texts: 「１．」 (sections),
 * 「（１）」/「(1)」 (subsections), 「①」 (the integrated projects under 5(1)). Lines of a PDF
 * copy are broken anywhere; a paragraph ends at a line that ends with 「。」 or a list item.
 */

export interface PolicySection {
  /** "2", "2(1)", "5(1)①" — digits half-width, as the pack's citations write them. */
  readonly number: string;
  /** The heading as printed after its number (e.g. 「調整費の活用」). */
  readonly heading: string;
  /** The section's own paragraphs (not its subsections'), joined by "\n". */
  readonly text: string;
}

export interface ParsedPolicyText {
  readonly title: string;
  /** 「令和5年6月26日」 as printed (spaces between characters removed). */
  readonly decidedOnJa: string;
  readonly decidedBy: string;
  readonly sections: readonly PolicySection[];
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫';

/** Full-width digits and brackets to ASCII, nothing else. */
function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/（/g, '(').replace(/）/g, ')');
}

type Heading = { level: 1 | 2 | 3; key: string; heading: string };

/** A heading line, or null for body text (「（２）の説明も踏まえ、…」 is body: headings carry no 、 or 。). */
export function headingOf(line: string): Heading | null {
  const t = line.trim();
  if (t === '' || /[、。]/.test(t) || t.length > 60) return null;
  const top = /^([0-9０-９]{1,2})[.．]\s*(\S.*)$/.exec(t);
  if (top) return { level: 1, key: asciiDigits(top[1]), heading: top[2].trim() };
  const sub = /^[(（]([0-9０-９]{1,2})[)）]\s*(\S.*)$/.exec(t);
  if (sub && !sub[2].startsWith('の')) return { level: 2, key: `(${asciiDigits(sub[1])})`, heading: sub[2].trim() };
  if (CIRCLED.includes(t[0]) && t.length > 1) return { level: 3, key: t[0], heading: t.slice(1).trim() };
  return null;
}

/** Markdown-ish list bullets a copy may add before 「・」. */
function bodyLine(line: string): string {
  return line.trim().replace(/^-\s+(?=・)/, '');
}

function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = bodyLine(raw);
    if (line === '') continue;
    if (line.startsWith('・') && current !== '') {
      out.push(current);
      current = '';
    }
    current += line;
    if (current.endsWith('。')) {
      out.push(current);
      current = '';
    }
  }
  if (current !== '') out.push(current);
  return out;
}

/** Removes the spaces a PDF copy puts between characters: 「令 和 ３ 年」 → 「令和３年」. */
function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

export function parsePolicyText(text: string): ParsedPolicyText {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const firstHeading = lines.findIndex((l) => headingOf(l)?.level === 1);
  const front = (firstHeading < 0 ? lines : lines.slice(0, firstHeading)).map((l) => l.trim()).filter((l) => l !== '');
  const title = front.find((l) => l.includes('資源配分方針')) ?? front[0] ?? '';
  const decided = front.find((l) => /^令\s*和.*日$/.test(l)) ?? '';
  const decidedBy = front.find((l) => l.endsWith('決定') && l !== decided) ?? '';

  const sections: PolicySection[] = [];
  let top = '';
  let sub = '';
  let body: string[] = [];
  let open: { number: string; heading: string } | null = null;
  const close = () => {
    if (open) sections.push({ ...open, text: paragraphs(body).join('\n') });
    body = [];
  };
  for (const line of firstHeading < 0 ? [] : lines.slice(firstHeading)) {
    const h = headingOf(line);
    // Circled headings only under a subsection: ① elsewhere is part of a sentence.
    if (h === null || (h.level === 3 && sub === '')) {
      body.push(line);
      continue;
    }
    close();
    if (h.level === 1) [top, sub] = [h.key, ''];
    if (h.level === 2) sub = h.key;
    const number = h.level === 1 ? top : h.level === 2 ? `${top}${sub}` : `${top}${sub}${h.key}`;
    open = { number, heading: h.heading };
  }
  close();
  return { title: title.trim(), decidedOnJa: squeeze(decided), decidedBy: decidedBy.trim(), sections };
}

/** The sentences of a passage, each ending with 「。」 (a trailing fragment kept as it is). */
export function sentences(text: string): string[] {
  return (text.match(/[^。\n]+。?/g) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}
