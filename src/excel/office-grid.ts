/**
 * Pure conversions from what Office.js returns for a range to the core's SheetGrid cells.
 * Kept apart from the Excel calls so they can be tested cell by cell.
 */
import { columnIndex, type CellRange, type CellValue } from '../domain/model/grid';

/**
 * One cell as Office.js reports it: `values` gives an error as its text ("#REF!"), so the
 * cell's value type is what tells an error from a text that merely looks like one.
 */
export function cellValueFrom(value: unknown, valueType: string): CellValue {
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (valueType === 'Error') return { error: String(value) };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Linked data types and other rich values have no place in a budget table.
  return null;
}

/**
 * `formulas` repeats the constant for cells without a formula; only text that starts with
 * "=" and differs from the cached value is a formula (a text cell typed as '=x shows "=x" in both).
 */
export function formulaFrom(formula: unknown, value: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula : null;
}

export function numberFormatFrom(format: unknown): string | null {
  return typeof format === 'string' && format !== '' ? format : null;
}

/**
 * A RangeAreas address ("Sheet1!A1:B4,'My, sheet'!D1:D4") → rectangles in sheet
 * coordinates. Null when any part is not a cell or cell-range reference, so a caller never
 * mistakes an address it could not read for "no areas".
 */
export function parseAreasAddress(address: string): CellRange[] | null {
  const areas: CellRange[] = [];
  for (const part of splitOutsideQuotes(address)) {
    const reference = part.slice(part.lastIndexOf('!') + 1).trim();
    const area = parseReference(reference);
    if (!area) return null;
    areas.push(area);
  }
  return areas;
}

/** Sheet rows in [top, top + count) that no area covers. */
export function uncoveredRows(top: number, count: number, areas: readonly CellRange[]): number[] {
  const covered = new Uint8Array(count);
  for (const area of areas) {
    for (let row = Math.max(area.top, top); row <= Math.min(area.bottom, top + count - 1); row++) covered[row - top] = 1;
  }
  const rows: number[] = [];
  covered.forEach((isCovered, offset) => {
    if (!isCovered) rows.push(top + offset);
  });
  return rows;
}

/** Commas separate areas, except inside a quoted sheet name (where '' is a literal quote). */
function splitOutsideQuotes(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function parseReference(reference: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(reference);
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] === undefined ? top : Number(m[4]) - 1;
  const right = m[3] === undefined ? left : columnIndex(m[3]);
  if (top < 0 || bottom < top || right < left) return null;
  return { top, left, bottom, right };
}
