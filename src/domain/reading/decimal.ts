/**
 * Exact decimal arithmetic for amounts. 0.29億円 multiplied in floating point is
 * 28,999,999.999999996円; holding the digits as an integer and a power of ten keeps it
 * exactly 29,000,000円 (and 9,155.3百万円 exactly 9,155,300,000円).
 */

/** sign × coefficient × 10^-scale (scale may be negative for numbers like 1e21). */
export interface Decimal {
  readonly negative: boolean;
  readonly coefficient: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
/** Beyond this the number is far outside any budget; refusing it keeps 10^scale small. */
const MAX_EXPONENT = 400;

/** "9155.3", "-0.5", "1e+21" → Decimal; null for anything else. */
export function parseDecimalText(text: string): Decimal | null {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return null;
  const [, sign, intDigits, fracDigits = '', exponent = '0'] = m;
  if (intDigits === '' && fracDigits === '') return null;
  const exp = Number(exponent);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > MAX_EXPONENT) return null;
  return {
    negative: sign === '-',
    coefficient: BigInt(`${intDigits}${fracDigits}` || '0'),
    scale: fracDigits.length - exp,
  };
}

/** The shortest decimal that round-trips to `n` (what Excel shows at full precision); null for NaN/Infinity. */
export function numberToDecimal(n: number): Decimal | null {
  if (!Number.isFinite(n)) return null;
  return parseDecimalText(String(n));
}

export interface ScaledInteger {
  readonly value: bigint;
  /** False when a fraction had to be rounded away. */
  readonly exact: boolean;
}

/**
 * d × multiplier ÷ 10^extraScale, rounded half away from zero to an integer.
 * Used to turn "9155.3" in 百万円 into yen, and to undo number formats that show thousands.
 */
export function scaleToInteger(d: Decimal, multiplier: bigint, extraScale = 0): ScaledInteger {
  const scale = d.scale + extraScale;
  let numerator = d.coefficient * multiplier;
  let denominator = 1n;
  if (scale >= 0) denominator = 10n ** BigInt(scale);
  else numerator *= 10n ** BigInt(-scale);
  let quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder * 2n >= denominator && remainder !== 0n) quotient += 1n;
  return { value: d.negative ? -quotient : quotient, exact: remainder === 0n };
}

/** Integer ÷ divisor as a plain decimal string without trailing zeros: (1234500n, 1000n) → "1234.5". */
export function divideToDecimalString(value: bigint, divisor: bigint): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const whole = magnitude / divisor;
  let remainder = magnitude % divisor;
  let fraction = '';
  // divisor is a power of ten, so the expansion terminates.
  while (remainder !== 0n) {
    remainder *= 10n;
    fraction += String(remainder / divisor);
    remainder %= divisor;
  }
  const text = fraction === '' ? String(whole) : `${whole}.${fraction}`;
  return negative ? `-${text}` : text;
}
