import type { CellValue } from '../../src/domain/model/grid';
import type { BudgetRow, Field, SheetTable } from '../../src/domain/model/table';

/** Builders for BudgetRow / SheetTable in classification tests: columns as a sheet might have them. */

const COLUMNS = {
  number: 'A',
  name: 'B',
  department: 'C',
  category: 'D',
  previous: 'E',
  request: 'F',
  priorityRequest: 'G',
  total: 'H',
  projectLabel: 'I',
  diseaseArea: 'J',
  purpose: 'K',
  priorityArea: 'L',
  summary: 'M',
  status: 'N',
  remarks: 'O',
  account: 'Y',
} as const;

type TextKey = 'number' | 'name' | 'department' | 'category' | 'account' | 'projectLabel' | 'diseaseArea' | 'purpose' | 'priorityArea' | 'summary' | 'status' | 'remarks';
type AmountKey = 'previous' | 'request' | 'priorityRequest' | 'total';

export interface RowSpec extends Partial<Record<TextKey, string>>, Partial<Record<AmountKey, number | null>> {
  /** Split columns: projectId → yen (null = nil cell). Columns P, Q, … in the order given. */
  readonly split?: Readonly<Record<string, number | null>>;
}

export function field<T>(value: T, cell: string, raw: CellValue = value as unknown as CellValue): Field<T> {
  return { value, cell, raw };
}

export function row(rowNumber: number, spec: RowSpec): BudgetRow {
  const out: Record<string, unknown> = { rowNumber, name: field(spec.name ?? '', `B${rowNumber}`), projectAmounts: [] };
  for (const [key, column] of Object.entries(COLUMNS)) {
    const value = spec[key as TextKey | AmountKey];
    if (value !== undefined && key !== 'name') out[key] = field(value, `${column}${rowNumber}`);
  }
  out.projectAmounts = Object.entries(spec.split ?? {}).map(([projectId, amount], i) => ({
    projectId,
    amount: field(amount, `${String.fromCharCode(80 + i)}${rowNumber}`),
  }));
  return out as unknown as BudgetRow;
}

export function table(rows: readonly BudgetRow[]): SheetTable {
  return {
    sheetName: '令和6年度要求',
    mapping: null,
    mappingSource: 'detected',
    unit: '千円',
    unitSource: 'header',
    titleLines: [],
    rows,
    subtotals: [],
    dataRange: null,
    findings: [],
  };
}
