import { UNITS, type Unit } from '../model/amount';

/**
 * Where sheets state their unit: 「（単位：千円）」 in a title, 「要求額（千円）」 in a header,
 * a header cell that is just 「千円」, or a number format such as #,##0"千円". An amount
 * inside brackets (「（175億円）」) is not a unit statement, so a unit counts only when it
 * follows 単位 or stands alone inside brackets.
 */
const UNIT_ALTERNATION = '百万円|億円|千円|円';
const OPEN = '[(\\[【〔<《〈「『]';
const CLOSE = '[)\\]】〕>》〉」』]';

const AFTER_TANI = new RegExp(`単位[:：]?(${UNIT_ALTERNATION})`);
const BRACKETED = new RegExp(`${OPEN}(${UNIT_ALTERNATION})${CLOSE}`);
const ALONE = new RegExp(`^(${UNIT_ALTERNATION})$`);

/** Unit annotations to drop from header text before matching synonyms. */
const ANNOTATIONS = new RegExp(`${OPEN}?単位[:：]?(?:${UNIT_ALTERNATION})${CLOSE}?|${OPEN}(?:${UNIT_ALTERNATION})${CLOSE}`, 'g');

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function asUnit(text: string | undefined): Unit | null {
  return (UNITS as readonly string[]).includes(text ?? '') ? (text as Unit) : null;
}

/** The unit a text states (title, header, number-format literal), or null. */
export function detectUnit(text: string): Unit | null {
  const t = compact(text);
  for (const pattern of [AFTER_TANI, BRACKETED, ALONE]) {
    const unit = asUnit(pattern.exec(t)?.[1]);
    if (unit) return unit;
  }
  return null;
}

/** The text with unit statements removed (NFKC, no spaces): 「要求額（千円）」 → 「要求額」. */
export function stripUnitStatements(text: string): string {
  const t = compact(text).replace(ANNOTATIONS, '');
  return ALONE.test(t) ? '' : t;
}

/** True when the text says 単位 (a table-wide statement rather than one column's). */
export function mentionsUnitWord(text: string): boolean {
  return compact(text).includes('単位');
}

/** A unit written after a number: 「1,234千円」 → {unit: 千円, rest: "1,234"}. */
const UNIT_SUFFIX = new RegExp(`(${UNIT_ALTERNATION})$`);

export function splitUnitSuffix(text: string): { unit: Unit | null; rest: string } {
  const m = UNIT_SUFFIX.exec(text);
  const unit = asUnit(m?.[1]);
  return unit ? { unit, rest: text.slice(0, text.length - unit.length) } : { unit: null, rest: text };
}
