import type { Unit } from '../model/amount';
import { detectUnit } from './unit';

/**
 * What a cell's number format changes about the amount the user sees:
 * - a unit literal (#,##0"千円") states the unit of that cell;
 * - trailing commas (#,##0,) show the value divided by 1,000 per comma: a cell holding
 *   1234567 under a 千円 header shows 1,235, so the stored number is 1,000 × the amount in 千円;
 * - date codes mean the user sees a date, not an amount.
 */
export interface NumberFormatMeaning {
  readonly unit: Unit | null;
  /** Powers of 1,000 the displayed value is divided by. */
  readonly thousandsScaling: number;
  readonly isDate: boolean;
}

const PLAIN: NumberFormatMeaning = { unit: null, thousandsScaling: 0, isDate: false };

/** Splits the first (positive) section of a format into code and literal text. */
function firstSection(format: string): { code: string; literal: string } {
  let code = '';
  let literal = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ';') break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      literal += format.slice(i + 1, stop);
      i = stop;
    } else if (ch === '\\' && i + 1 < format.length) {
      literal += format[i + 1];
      i += 1;
    } else if (ch === '[') {
      // [Red], [$-411], [>=100]: colours, locales and conditions, not digits.
      const end = format.indexOf(']', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === '_' || ch === '*') {
      i += 1; // padding / fill with the next character
    } else {
      code += ch;
    }
  }
  return { code, literal };
}

/**
 * A workbook uses a handful of formats over thousands of cells, so meanings are remembered;
 * the bound only keeps a pathological sheet (a different format per cell) from growing it.
 */
const remembered = new Map<string, NumberFormatMeaning>();
const REMEMBERED_FORMATS = 1_000;

export function interpretNumberFormat(format: string | null | undefined): NumberFormatMeaning {
  if (!format || format === 'General' || format === '@') return PLAIN;
  let meaning = remembered.get(format);
  if (!meaning) {
    meaning = interpret(format);
    if (remembered.size >= REMEMBERED_FORMATS) remembered.clear();
    remembered.set(format, meaning);
  }
  return meaning;
}

function interpret(format: string): NumberFormatMeaning {
  const { code, literal } = firstSection(format);
  const lastDigit = Math.max(code.lastIndexOf('0'), code.lastIndexOf('#'), code.lastIndexOf('?'));
  let commas = 0;
  if (lastDigit >= 0) while (code[lastDigit + 1 + commas] === ',') commas += 1;
  return {
    unit: detectUnit(literal),
    thousandsScaling: commas,
    isDate: /[ymdhsge]/i.test(code.replace(/General/gi, '').replace(/e[+-]/gi, '')),
  };
}
