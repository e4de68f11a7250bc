import type { Unit, Yen } from '../model/amount';
import type { FindingDraft } from '../model/finding';
import { a1, columnLetter, isCellError } from '../model/grid';
import type { ColumnAssignment } from '../model/table';
import { GridField } from './grid-field';
import { valueText, type GridView } from './grid-view';
import { parseAmount } from './parse-amount';

/**
 * Reading one cell into a Field, with the findings its content calls for. Amount cells
 * report error values, text that is not an amount, formulas without a cached result, and
 * fractions of a yen that were rounded.
 */

/** Trimmed; a line break inside Japanese text disappears, between Latin words it becomes a space. */
function tidy(text: string): string {
  // Most cells hold one line with single spaces: nothing to tidy.
  if (!/[\r\n\t]| {2}/.test(text)) return text.trim();
  return text
    .replace(/[ \t]*[\r\n]+[ \t]*/g, (m, i: number, s: string) => (/[\x21-\x7e]/.test(s[i - 1] ?? '') && /[\x21-\x7e]/.test(s[i + m.length] ?? '') ? ' ' : ''))
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A text field; merged cells read their top-left value (a 事業名 merged over two rows names both). */
export function readTextField(view: GridView, row: number, assignment: ColumnAssignment, findings: FindingDraft[]): GridField<string> {
  const col = assignment.col;
  // As view.source, without an object per cell: nearly no data cell is merged.
  const merge = view.mergeAt(row, col);
  const sourceRow = merge ? merge.top : row;
  const sourceCol = merge ? merge.left : col;
  const raw = view.value(sourceRow, sourceCol);
  if (isCellError(raw) && sourceRow === row) {
    findings.push({ rule: 'error-value', cell: a1(sourceRow, sourceCol), row: row + 1, column: columnLetter(col), value: raw.error, params: { column: assignment.header } });
  }
  return new GridField(tidy(valueText(raw)), view.grid, sourceRow, sourceCol);
}

export interface AmountRead {
  readonly field: GridField<Yen | null>;
  /** False for blanks and nil marks ("-", "―"): the cell says nothing is there. */
  readonly present: boolean;
}

/** The place a finding names: only a finding needs it spelled out, and nearly every amount cell has none. */
function where(row: number, col: number): { cell: string; row: number; column: string } {
  return { cell: a1(row, col), row: row + 1, column: columnLetter(col) };
}

export function readAmountField(view: GridView, row: number, assignment: ColumnAssignment, unit: Unit, findings: FindingDraft[]): AmountRead {
  const col = assignment.col;
  const raw = view.value(row, col);
  const formula = view.formula(row, col);
  if (raw === null && formula) {
    findings.push({
      rule: 'amount-not-number',
      ...where(row, col),
      value: formula,
      params: { column: assignment.header, reason: 'formula-without-cached-result', messageId: 'formula-without-cached-result', formula },
    });
    return { field: new GridField<Yen | null>(null, view.grid, row, col), present: true };
  }
  const format = view.numberFormat(row, col);
  const parsed = parseAmount(raw, unit, format);
  if (parsed.kind === 'nil') return { field: new GridField<Yen | null>(null, view.grid, row, col), present: false };
  if (parsed.kind === 'problem') {
    const problem = parsed.problem;
    if (problem.kind === 'error-value') findings.push({ rule: 'error-value', ...where(row, col), value: problem.error, params: { column: assignment.header } });
    else {
      // The message says what the cell holds: a date, TRUE/FALSE, a number beyond any amount, or text.
      const params = { column: assignment.header, reason: problem.reason, messageId: problem.reason, ...(problem.reason === 'date-format' && format ? { format } : {}) };
      findings.push({ rule: 'amount-not-number', ...where(row, col), value: valueText(raw), params });
    }
    return { field: new GridField<Yen | null>(null, view.grid, row, col), present: true };
  }
  if (parsed.rounded) {
    findings.push({ rule: 'amount-rounded', ...where(row, col), value: valueText(raw), params: { column: assignment.header, original: valueText(raw), unit: parsed.unit, yen: parsed.yen } });
  }
  return { field: new GridField<Yen | null>(parsed.yen, view.grid, row, col), present: true };
}
