import type { Yen } from '../model/amount';
import { a1, type SheetGrid } from '../model/grid';
import type { AmountField, BudgetRow, Field } from '../model/table';
import { GridField } from './grid-field';

/**
 * A table's data rows kept column by column: each text column as one array of values, each
 * amount column as one Float64Array (NaN for no amount). A BudgetRow is a view of one row of
 * these columns: its fields are made when read, with their address and raw value worked out
 * from the grid only when asked. A table of 20,000 rows keeps a few hundred bytes a row, where
 * an object per cell with its address spelled out kept two thousand.
 */

/** A BudgetRow's text fields besides its name, in the order a row lists them. */
export const TEXT_ROLES = ['number', 'department', 'ministry', 'category', 'account', 'projectLabel', 'diseaseArea', 'purpose', 'priorityArea', 'summary', 'status', 'remarks'] as const;
export type TextRole = (typeof TEXT_ROLES)[number];

/** A BudgetRow's amounts of one column each, in the order a row lists them. */
export const SINGLE_AMOUNT_ROLES = ['previous', 'request', 'priorityRequest', 'total'] as const;
export type SingleAmountRole = (typeof SINGLE_AMOUNT_ROLES)[number];

/** Where a table's columns are, and which of its amount columns (by index) each amount of a row comes from. */
export interface RowLayout {
  /** The name column; null when the table has none: each row's name is then blank, placed at `left`. */
  readonly name: number | null;
  readonly left: number;
  /** Text columns, in the order add() is given their fields. */
  readonly text: readonly { readonly role: TextRole; readonly col: number }[];
  /** Amount columns, in the order add() is given their fields. */
  readonly amounts: readonly number[];
  readonly single: readonly { readonly role: SingleAmountRole; readonly index: number }[];
  readonly projects: readonly { readonly projectId: string; readonly index: number }[];
  readonly previousByProject: readonly { readonly projectId: string; readonly index: number }[];
}

/** No amount: parsed amounts are whole yen, never NaN. */
const NIL = NaN;

class TextColumn {
  values: string[] = [];
  /** Rows (by index) whose value a merged area shows from another cell, and that cell. */
  private moved: Map<number, { readonly row: number; readonly col: number }> | undefined;

  constructor(readonly col: number) {}

  add(index: number, row: number, field: GridField<string>): void {
    this.values.push(field.value);
    if (field.sheetRow !== row || field.sheetCol !== this.col) (this.moved ??= new Map()).set(index, { row: field.sheetRow, col: field.sheetCol });
  }

  field(grid: SheetGrid, index: number, row: number): GridField<string> {
    const at = this.moved?.get(index);
    return at ? new GridField(this.values[index], grid, at.row, at.col) : new GridField(this.values[index], grid, row, this.col);
  }
}

class AmountColumn {
  values: Float64Array;

  constructor(
    readonly col: number,
    capacity: number,
  ) {
    this.values = new Float64Array(capacity);
  }

  field(grid: SheetGrid, index: number, row: number): GridField<Yen | null> {
    const value = this.values[index];
    return new GridField(Number.isNaN(value) ? null : value, grid, row, this.col);
  }
}

type TextColumns = Record<TextRole, TextColumn | undefined>;

/** The columns of a table's data rows; add() appends a row and gives its view. */
export class TableColumns {
  private readonly name: TextColumn | null;
  private readonly text: TextColumns;
  private readonly textInOrder: readonly TextColumn[];
  private readonly amounts: readonly AmountColumn[];
  private readonly single: Record<SingleAmountRole, AmountColumn | undefined>;
  private count = 0;

  /** `capacity`: the most rows the table can have (the rows below its header). */
  constructor(
    private readonly grid: SheetGrid,
    private readonly layout: RowLayout,
    capacity: number,
  ) {
    this.name = layout.name === null ? null : new TextColumn(layout.name);
    const text: TextColumns = { number: undefined, department: undefined, ministry: undefined, category: undefined, account: undefined, projectLabel: undefined, diseaseArea: undefined, purpose: undefined, priorityArea: undefined, summary: undefined, status: undefined, remarks: undefined };
    this.textInOrder = layout.text.map(({ role, col }) => (text[role] = new TextColumn(col)));
    this.text = text;
    this.amounts = layout.amounts.map((col) => new AmountColumn(col, capacity));
    this.single = { previous: undefined, request: undefined, priorityRequest: undefined, total: undefined };
    for (const { role, index } of layout.single) this.single[role] = this.amounts[index];
  }

  /** Appends a data row (sheet row `row`, 0-based) from its fields: text in the layout's order, amounts likewise. */
  add(row: number, name: GridField<string> | null, text: readonly GridField<string>[], amounts: readonly Field<Yen | null>[]): BudgetRow {
    const index = this.count++;
    if (this.name && name) this.name.add(index, row, name);
    for (let i = 0; i < this.textInOrder.length; i++) this.textInOrder[i].add(index, row, text[i]);
    for (let i = 0; i < this.amounts.length; i++) this.amounts[i].values[index] = amounts[i].value ?? NIL;
    return new TableRow(this, index, row + 1);
  }

  /** Drops the room left over once every row is in. */
  finish(): void {
    for (const column of this.textInOrder) column.values = column.values.slice();
    if (this.name) this.name.values = this.name.values.slice();
    for (const column of this.amounts) column.values = column.values.slice(0, this.count);
  }

  nameField(index: number, row: number): Field<string> {
    return this.name ? this.name.field(this.grid, index, row) : { value: '', cell: a1(row, this.layout.left), raw: null };
  }

  textField(role: TextRole, index: number, row: number): Field<string> | undefined {
    return this.text[role]?.field(this.grid, index, row);
  }

  amountField(role: SingleAmountRole, index: number, row: number): AmountField | undefined {
    return this.single[role]?.field(this.grid, index, row);
  }

  projectAmounts(index: number, row: number): BudgetRow['projectAmounts'] {
    return this.layout.projects.map((p) => ({ projectId: p.projectId, amount: this.amounts[p.index].field(this.grid, index, row) }));
  }

  projectPrevious(index: number, row: number): BudgetRow['projectPrevious'] {
    const split = this.layout.previousByProject;
    return split.length > 0 ? split.map((p) => ({ projectId: p.projectId, amount: this.amounts[p.index].field(this.grid, index, row) })) : undefined;
  }

  /** The row as a plain BudgetRow, with the keys a row always had, in their order (only the columns the table has). */
  plain(row: TableRow): BudgetRow {
    const text: Partial<Record<TextRole, Field<string>>> = {};
    for (const { role } of this.layout.text) text[role] = row[role];
    const amounts: Partial<Record<SingleAmountRole, AmountField>> = {};
    for (const { role } of this.layout.single) amounts[role] = row[role];
    const projectPrevious = row.projectPrevious;
    return { rowNumber: row.rowNumber, name: row.name, ...text, ...amounts, projectAmounts: row.projectAmounts, ...(projectPrevious ? { projectPrevious } : {}) };
  }
}

/** One data row of a table: a view of its columns, each field made as it is read. */
class TableRow implements BudgetRow {
  constructor(
    private readonly columns: TableColumns,
    private readonly index: number,
    readonly rowNumber: number,
  ) {}

  get name(): Field<string> {
    return this.columns.nameField(this.index, this.rowNumber - 1);
  }
  get number(): Field<string> | undefined {
    return this.columns.textField('number', this.index, this.rowNumber - 1);
  }
  get department(): Field<string> | undefined {
    return this.columns.textField('department', this.index, this.rowNumber - 1);
  }
  get ministry(): Field<string> | undefined {
    return this.columns.textField('ministry', this.index, this.rowNumber - 1);
  }
  get category(): Field<string> | undefined {
    return this.columns.textField('category', this.index, this.rowNumber - 1);
  }
  get account(): Field<string> | undefined {
    return this.columns.textField('account', this.index, this.rowNumber - 1);
  }
  get projectLabel(): Field<string> | undefined {
    return this.columns.textField('projectLabel', this.index, this.rowNumber - 1);
  }
  get diseaseArea(): Field<string> | undefined {
    return this.columns.textField('diseaseArea', this.index, this.rowNumber - 1);
  }
  get purpose(): Field<string> | undefined {
    return this.columns.textField('purpose', this.index, this.rowNumber - 1);
  }
  get priorityArea(): Field<string> | undefined {
    return this.columns.textField('priorityArea', this.index, this.rowNumber - 1);
  }
  get summary(): Field<string> | undefined {
    return this.columns.textField('summary', this.index, this.rowNumber - 1);
  }
  get status(): Field<string> | undefined {
    return this.columns.textField('status', this.index, this.rowNumber - 1);
  }
  get remarks(): Field<string> | undefined {
    return this.columns.textField('remarks', this.index, this.rowNumber - 1);
  }
  get previous(): AmountField | undefined {
    return this.columns.amountField('previous', this.index, this.rowNumber - 1);
  }
  get request(): AmountField | undefined {
    return this.columns.amountField('request', this.index, this.rowNumber - 1);
  }
  get priorityRequest(): AmountField | undefined {
    return this.columns.amountField('priorityRequest', this.index, this.rowNumber - 1);
  }
  get total(): AmountField | undefined {
    return this.columns.amountField('total', this.index, this.rowNumber - 1);
  }
  get projectAmounts(): BudgetRow['projectAmounts'] {
    return this.columns.projectAmounts(this.index, this.rowNumber - 1);
  }
  get projectPrevious(): BudgetRow['projectPrevious'] {
    return this.columns.projectPrevious(this.index, this.rowNumber - 1);
  }

  /** Serialises as the plain row it stands for. */
  toJSON(): BudgetRow {
    return this.columns.plain(this);
  }
}
