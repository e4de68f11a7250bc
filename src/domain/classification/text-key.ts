import { normalizeText } from '../text/normalize';

/**
 * The two forms all matching in classification works on. Both have the same length, so a
 * position found in the key form points at the same characters in the display form —
 * reasons can then quote what the sheet says (「iPS細胞」) rather than its key (「ips細胞」).
 */

/** Middle dots people type instead of 「・」 (NFKC already folds the half-width 「･」). */
const MIDDLE_DOTS = /[·•‧∙]/g;

/** Dingbat circled digits (❶➀➊) survive NFKC; read them like ①, which NFKC turns into "1". */
const DINGBAT_DIGITS = /[\u2776-\u277e\u2780-\u2788\u278a-\u2792]/g;

function dingbatDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  const base = code >= 0x278a ? 0x278a : code >= 0x2780 ? 0x2780 : 0x2776;
  return String(code - base + 1);
}

/** NFKC, every space removed, one kind of middle dot, circled digits as digits. */
export function displayForm(text: string): string {
  return normalizeText(text).replace(/\s+/g, '').replace(MIDDLE_DOTS, '・').replace(DINGBAT_DIGITS, dingbatDigit);
}

/** displayForm with ASCII letters lower-cased (length-preserving, unlike toLowerCase on all scripts). */
export function keyForm(text: string): string {
  return keyed(text).key;
}

function lowerAscii(text: string): string {
  return text.replace(CAPITALS, lowerCase);
}

const CAPITALS = /[A-Z]/g;
const lowerCase = (c: string) => c.toLowerCase();

/** Both forms of one text. */
export interface KeyedText {
  readonly display: string;
  readonly key: string;
}

/** What displayForm changes after NFKC: spaces, middle dots, dingbat digits. */
const RESHAPED_AFTER_NFKC = /[\s·•‧∙\u2776-\u277e\u2780-\u2788\u278a-\u2792]/;
const HAS_CAPITAL = /[A-Z]/;

export function keyed(text: string): KeyedText {
  const nfkc = text.normalize('NFKC');
  // Most cells need nothing after NFKC, and many of the rest only lower-casing (「iPS細胞」, 「AI」).
  if (!RESHAPED_AFTER_NFKC.test(nfkc)) return { display: nfkc, key: HAS_CAPITAL.test(nfkc) ? lowerAscii(nfkc) : nfkc };
  const display = displayForm(text);
  return { display, key: lowerAscii(display) };
}
