import { columnIndex, columnLetter } from '../domain/model/grid';

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/**
 * A shared formula as one of the cells it was filled into: relative A1 references move by
 * the cell's distance from the formula's first cell ("A1*10" filled down one row reads
 * "A2*10"); $-anchored parts, text in quotes and quoted sheet names stay. A reference moved
 * off the sheet becomes #REF!, as in Excel.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.])/.exec(formula.slice(i, i + 16));
    const before = i > 0 ? formula[i - 1] : '';
    if (m && !/[A-Za-z0-9_.$]/.test(before)) {
      const [whole, colAnchor, letters, rowAnchor, digits] = m;
      const col = columnIndex(letters) + (colAnchor ? 0 : cols);
      const row = Number(digits) - 1 + (rowAnchor ? 0 : rows);
      out += col < 0 || col > LAST_COL || row < 0 || row > LAST_ROW ? '#REF!' : `${colAnchor}${columnLetter(col)}${rowAnchor}${row + 1}`;
      i += whole.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
