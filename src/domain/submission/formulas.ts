import { columnLetter } from '../model/grid';

/**
 * Formula text for the sheet's totals. Only functions that Excel, Excel on the web and
 * LibreOffice evaluate alike (SUMIFS, SUMPRODUCT, FIND, IF, SUM), so the Cabinet Office can
 * audit the totals in any of them.
 */

/** "F12" for 0-based coordinates. */
export function ref(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "$F$40:$F$95": one column of the detail block. */
export function columnRange(col: number, top: number, bottom: number): string {
  const letter = columnLetter(col);
  return `$${letter}$${top + 1}:$${letter}$${bottom + 1}`;
}

/** A string literal in formula syntax. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A SUMIFS criterion that matches exactly `text`: wildcards (* ? ~) are escaped, and a
 * leading comparison sign (= < >) is kept literal by an explicit "=".
 */
export function exactCriterion(text: string): string {
  const escaped = text.replace(/[~*?]/g, '~$&');
  return literal(/^[=<>]/.test(escaped) ? `=${escaped}` : escaped);
}

export function sumifs(sumRange: string, conditions: readonly (readonly [range: string, value: string])[]): string {
  const args = conditions.map(([range, value]) => `${range},${exactCriterion(value)}`);
  return `=SUMIFS(${[sumRange, ...args].join(',')})`;
}

/**
 * Sum of `sumRange` over lines whose tag cell lists `tag` and whose 集計対象 is `counted`.
 * A tag cell joins names with `separator`; wrapping both sides in it makes the match exact
 * (a name that is part of another name does not match).
 */
export function sumTagged(sumRange: string, tagRange: string, tag: string, separator: string, countedRange: string, counted: string): string {
  const needle = literal(`${separator}${tag}${separator}`);
  const sep = literal(separator);
  return `=SUMPRODUCT(ISNUMBER(FIND(${needle},${sep}&${tagRange}&${sep}))*(${countedRange}=${literal(counted)}),${sumRange})`;
}

export function difference(minuend: string, subtrahend: string): string {
  return `=${minuend}-${subtrahend}`;
}

export function sum(range: string): string {
  return `=SUM(${range})`;
}

/** 増減率 = 増減 / 前年度, with a word instead of a division by zero. */
export function rate(change: string, previous: string, total: string, fromZero: string, none: string): string {
  return `=IF(${previous}=0,IF(${total}=0,${literal(none)},${literal(fromZero)}),${change}/${previous})`;
}
