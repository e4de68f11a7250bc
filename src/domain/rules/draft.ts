import type { Yen } from '../model/amount';
import type { FindingDraft, FindingParams, ParamValue } from '../model/finding';
import { columnLetter, isCellError, parseA1, type CellValue } from '../model/grid';
import type { AmountField, BudgetRow, Field, SheetTable } from '../model/table';
import { oncePer } from '../once-per';

/** A cell's raw value as a finding value (error values by their text, e.g. "#REF!"). */
export function rawParam(raw: CellValue): ParamValue {
  return isCellError(raw) ? raw.error : raw;
}

/**
 * The column letters of an A1 address, as columnLetter(parseA1(cell).col) spells them; undefined
 * when the address is malformed. The reader writes plain "H6" addresses: those are read by
 * their characters, without a regular expression per finding; anything else goes through parseA1.
 */
function columnOfCell(cell: string): string | undefined {
  let letters = 0;
  while (letters < cell.length && letters < 4) {
    const code = cell.charCodeAt(letters);
    if (code < 65 || code > 90) break; // A–Z
    letters++;
  }
  const digits = cell.length - letters;
  if (letters >= 1 && letters <= 3 && digits >= 1 && digits <= 7 && cell.charCodeAt(letters) !== 48) {
    let plain = true;
    for (let i = letters; i < cell.length && plain; i++) {
      const code = cell.charCodeAt(i);
      plain = code >= 48 && code <= 57;
    }
    if (plain) return cell.slice(0, letters);
  }
  const at = parseA1(cell);
  return at ? columnLetter(at.col) : undefined;
}

/** A draft about one field of a row: cell, row and column come from the field's address. */
export function fieldDraft(rule: string, rowNumber: number, field: Field<unknown>, params: FindingParams): FindingDraft {
  // Read once: a table's field spells its address out when asked.
  const cell = field.cell;
  const column = columnOfCell(cell);
  const value = rawParam(field.raw);
  // Two literals rather than a spread: one object per finding, the keys in the same order.
  return column !== undefined ? { rule, cell, row: rowNumber, column, value, params } : { rule, cell, row: rowNumber, value, params };
}

/** The header text of the column a cell is in, as the sheet writes it (column letter when unmapped). */
export function headerOf(table: SheetTable, cell: string): string {
  const at = parseA1(cell);
  if (!at) return cell;
  const column = table.mapping?.columns.find((c) => c.col === at.col);
  return column ? column.header : columnLetter(at.col);
}

/** Reading rules whose cells hold no usable amount. */
const UNREADABLE_RULES = new Set(['amount-not-number', 'error-value']);

/** Unreadable cells already gathered, by the reader's findings: several rules of a check ask for them. */
const unreadableIn = oncePer((findings: SheetTable['findings']): ReadonlySet<string> => {
  const cells = new Set<string>();
  for (const f of findings) if (f.cell && UNREADABLE_RULES.has(f.rule)) cells.add(f.cell);
  return cells;
});

/** Cells (A1) the reader could not turn into an amount. */
export function unreadableCells(table: SheetTable): ReadonlySet<string> {
  return unreadableIn(table.findings);
}

/**
 * An amount as arithmetic sees it: the parsed value; 0 for a nil cell ("-", blank); undefined
 * when the column is absent or the cell could not be read (another finding reports that).
 */
export function knownAmount(field: AmountField | undefined, unreadable: ReadonlySet<string>): Yen | undefined {
  if (!field) return undefined;
  if (field.value !== null) return field.value;
  // Most sheets have no unreadable cell: then no address is spelled out for each blank one.
  return unreadable.size > 0 && unreadable.has(field.cell) ? undefined : 0;
}

/** True when a text field is missing or blank. */
export function isBlank(field: Field<string> | undefined): boolean {
  return !field || field.value.trim() === '';
}

/**
 * What a row requests in all: its 計, or 要求 + 要望 when 計 is blank or absent. Undefined when
 * neither is written or a needed cell is unreadable.
 */
export function requestedTotal(row: BudgetRow, unreadable: ReadonlySet<string>): { readonly amount: Yen; readonly field: AmountField } | undefined {
  if (row.total && row.total.value !== null) return { amount: row.total.value, field: row.total };
  if (!row.request || row.request.value === null) return undefined;
  const priorityRequest = row.priorityRequest ? knownAmount(row.priorityRequest, unreadable) : 0;
  if (priorityRequest === undefined) return undefined;
  return { amount: row.request.value + priorityRequest, field: row.request };
}
