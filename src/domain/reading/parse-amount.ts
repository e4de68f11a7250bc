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

/**
 * A cell → integer yen, given the unit its column is in. Numbers use their shortest
 * round-trip decimal, never a float multiplication. Never throws.
 */
export function parseAmount(raw: CellValue, unit: Unit, numberFormat?: string | null): AmountParse {
  if (raw === null || raw === undefined) return { kind: 'nil' };
  if (isCellError(raw)) return { kind: 'problem', problem: { kind: 'error-value', error: raw.error } };
  if (typeof raw === 'boolean') return notNumber('boolean');
  if (typeof raw === 'string') return parseAmountText(raw, unit);
  if (typeof raw !== 'number') return notNumber('text');
  const format = interpretNumberFormat(numberFormat);
  if (format.isDate) return notNumber('date-format');
  const d = numberToDecimal(raw);
  if (!d) return notNumber('out-of-range');
  return toYen(d, format.unit ?? unit, 3 * format.thousandsScaling);
}
