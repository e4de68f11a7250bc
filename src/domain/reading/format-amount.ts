import { YEN_PER_UNIT, type Unit, type Yen } from '../model/amount';
import { divideToDecimalString } from './decimal';

/** How to write an amount the way sheets do; parseAmount reads every combination back. */
export interface AmountStyle {
  /** Negative mark: 「△1,234」 (default), 「▲1,234」, 「-1,234」, or 「(1,234)」. */
  readonly negative?: '△' | '▲' | '-' | 'parentheses';
  /** Thousands separators (default true). */
  readonly grouping?: boolean;
  /** Full-width digits, commas, points, brackets and minus (「１，２３４．５」). */
  readonly fullWidth?: boolean;
  /** Append the unit (「1,234千円」). */
  readonly suffix?: boolean;
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function toFullWidth(text: string): string {
  return text.replace(/[0-9,.()-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** Integer yen → exact text in `unit` (1,234,500円 in 千円 → "1,234.5"). Throws RangeError for non-safe-integer yen. */
export function formatAmount(yen: Yen, unit: Unit, style: AmountStyle = {}): string {
  if (!Number.isSafeInteger(yen)) throw new RangeError(`formatAmount: ${yen} is not an integer number of yen`);
  const text = divideToDecimalString(BigInt(Math.abs(yen)), BigInt(YEN_PER_UNIT[unit]));
  const [whole, fraction] = text.split('.');
  let body = (style.grouping ?? true) ? group(whole) : whole;
  if (fraction !== undefined) body += `.${fraction}`;
  if (yen < 0) {
    const mark = style.negative ?? '△';
    body = mark === 'parentheses' ? `(${body})` : `${mark}${body}`;
  }
  if (style.fullWidth) body = toFullWidth(body);
  return style.suffix ? `${body}${unit}` : body;
}
