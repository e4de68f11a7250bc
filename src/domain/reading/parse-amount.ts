import { YEN_PER_UNIT, type Unit, type Yen } from '../model/amount';
import { isCellError, type CellValue } from '../model/grid';
import { numberToDecimal, parseDecimalText, scaleToInteger, type Decimal } from './decimal';
import { interpretNumberFormat } from './number-format';
import { splitUnitSuffix } from './unit';

/** Why a cell that should hold an amount does not. */
export type NotNumberReason =
  /** Text that is not an amount: 「未定」「調整中」「1-2」. */
  | 'text'
  | 'boolean'
  /** A number the user sees as a date because of its format. */
  | 'date-format'
  /** Beyond what yen arithmetic can hold exactly (NaN, ±Infinity, > 9,007兆円). */
  | 'out-of-range';

export type AmountProblem =
  | { readonly kind: 'error-value'; readonly error: string }
  | { readonly kind: 'not-number'; readonly reason: NotNumberReason };

export type AmountParse =
  /** `unit` is the unit actually applied (a suffix or format literal beats the column's); `rounded` when a fraction of a yen was rounded half away from zero. */
  | { readonly kind: 'amount'; readonly yen: Yen; readonly unit: Unit; readonly rounded: boolean }
  /** Blank, "-", "―", "－" …: nothing requested. */
  | { readonly kind: 'nil' }
  | { readonly kind: 'problem'; readonly problem: AmountProblem };

/** Dash-like marks sheets use for "nothing" (ー is the long-vowel mark people type as a dash). */
const NIL = /^[-‐‑‒–—―−ー─━]+$/;
const MINUS_SIGNS = '△▲-‐‑‒–—―−ー';
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

/** Full-width ASCII (０-９，．（）－) to half-width and all spaces removed; other characters kept. */
function halfWidthCompact(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\uFFE5/g, '¥')
    .replace(/\uFF70/g, 'ー')
    .replace(/\s+/g, '');
}

function notNumber(reason: NotNumberReason): AmountParse {
  return { kind: 'problem', problem: { kind: 'not-number', reason } };
}

function toYen(d: Decimal, unit: Unit, extraScale = 0): AmountParse {
  const { value, exact } = scaleToInteger(d, BigInt(YEN_PER_UNIT[unit]), extraScale);
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  if (value > max || value < -max) return notNumber('out-of-range');
  return { kind: 'amount', yen: Number(value), unit, rounded: !exact };
}

function parseAmountText(raw: string, columnUnit: Unit): AmountParse {
  let s = halfWidthCompact(raw);
  if (s === '' || NIL.test(s)) return { kind: 'nil' };
  const suffix = splitUnitSuffix(s);
  let unit = suffix.unit ?? columnUnit;
  s = suffix.rest;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  } else if (MINUS_SIGNS.includes(s[0] ?? '') || s[0] === '+') {
    negative = s[0] !== '+';
    s = s.slice(1);
  }
  if (s.startsWith('¥')) {
    s = s.slice(1);
    if (!suffix.unit) unit = '円';
  }
  if (!DIGITS.test(s)) return notNumber('text');
  const d = parseDecimalText(s.replace(/,/g, ''));
  if (!d) return notNumber('text');
  return toYen({ ...d, negative }, unit);
}

/** Decimal places that still make whole yen in each unit (千円 has 3: 1.234千円 = 1,234円). */
const YEN_DIGITS: Record<Unit, number> = { 円: 0, 千円: 3, 百万円: 6, 億円: 8 };
/**
 * The number and its float product each err by at most 2^-53 of the amount, so below 2^51 yen
 * (2,251兆円, beyond any budget) the product lies within half a yen of the exact amount.
 */
const EXACT_PRODUCT_LIMIT = 2 ** 51;

/**
 * The common case without decimal arithmetic: a number whose shortest decimal has no more
 * places than the unit has yen digits is a whole number of yen, and the float product rounds
 * to exactly that number. Anything else (fractions of a yen, huge numbers) takes the exact path.
 */
function wholeYen(raw: number, unit: Unit): AmountParse | null {
  const places = Number.isInteger(raw) ? 0 : decimalPlaces(raw);
  if (places > YEN_DIGITS[unit]) return null;
  const yen = Math.round(raw * YEN_PER_UNIT[unit]);
  if (!(Math.abs(yen) < EXACT_PRODUCT_LIMIT)) return null;
  // -0 (a cell holding minus zero) is the amount 0.
  return { kind: 'amount', yen: yen === 0 ? 0 : yen, unit, rounded: false };
}

/** Digits after the point in a number's shortest decimal; Infinity for exponent forms (1e-7). */
function decimalPlaces(n: number): number {
  const text = String(n);
  if (text.includes('e')) return Infinity;
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * A cell → integer yen, given the unit its column is in. Numbers mean their shortest
 * round-trip decimal (what Excel shows), never a float multiplication's error. Never throws.
 */
export function parseAmount(raw: CellValue, unit: Unit, numberFormat?: string | null): AmountParse {
  if (raw === null || raw === undefined) return { kind: 'nil' };
  if (isCellError(raw)) return { kind: 'problem', problem: { kind: 'error-value', error: raw.error } };
  if (typeof raw === 'boolean') return notNumber('boolean');
  if (typeof raw === 'string') return parseAmountText(raw, unit);
  if (typeof raw !== 'number') return notNumber('text');
  const format = interpretNumberFormat(numberFormat);
  if (format.isDate) return notNumber('date-format');
  if (format.thousandsScaling === 0) {
    const quick = wholeYen(raw, format.unit ?? unit);
    if (quick) return quick;
  }
  const d = numberToDecimal(raw);
  if (!d) return notNumber('out-of-range');
  return toYen(d, format.unit ?? unit, 3 * format.thousandsScaling);
}
