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

/*
 * Each column remembers the field it made last: a row's field is read several times while that
 * row is looked at (a rule reads 計 a dozen times), and then it is the same object each time, as
 * it was when rows kept their fields, without a field kept for every cell.
 */

class TextColumn {
  values: string[] = [];
  /** Rows (by index) whose value a merged area shows from another cell, and that cell. */
  private moved: Map<number, { readonly row: number; readonly col: number }> | undefined;
  private lastIndex = -1;
  private last: GridField<string> | undefined;

  constructor(
    private readonly grid: SheetGrid,
    readonly col: number,
  ) {}

  add(index: number, row: number, field: GridField<string>): void {
    this.values.push(field.value);
    if (field.sheetRow !== row || field.sheetCol !== this.col) (this.moved ??= new Map()).set(index, { row: field.sheetRow, col: field.sheetCol });
  }

  field(index: number, row: number): GridField<string> {
    if (index === this.lastIndex && this.last) return this.last;
    const at = this.moved?.get(index);
    const field = at ? new GridField(this.values[index], this.grid, at.row, at.col) : new GridField(this.values[index], this.grid, row, this.col);
    this.lastIndex = index;
    this.last = field;
    return field;
  }
}

class AmountColumn {
  values: Float64Array;
  private lastIndex = -1;
  private last: GridField<Yen | null> | undefined;

  constructor(
    private readonly grid: SheetGrid,
    readonly col: number,
    capacity: number,
  ) {
    this.values = new Float64Array(capacity);
  }

  field(index: number, row: number): GridField<Yen | null> {
    if (index === this.lastIndex && this.last) return this.last;
    const value = this.values[index];
    const field = new GridField(Number.isNaN(value) ? null : value, this.grid, row, this.col);
    this.lastIndex = index;
    this.last = field;
    return field;
  }
}

type Split = readonly { readonly projectId: string; readonly amount: AmountField }[];

/** A row's amounts by project (its split, or its previous year's): one column per project. */
class SplitColumns {
  private lastIndex = -1;
  private last: Split = [];

  constructor(readonly columns: readonly { readonly projectId: string; readonly column: AmountColumn }[]) {}

  list(index: number, row: number): Split {
    if (index === this.lastIndex) return this.last;
    const columns = this.columns;
    const list = new Array<Split[number]>(columns.length);
    for (let i = 0; i < columns.length; i++) list[i] = { projectId: columns[i].projectId, amount: columns[i].column.field(index, row) };
    this.lastIndex = index;
    this.last = list;
    return list;
  }
}

type TextColumns = { readonly [R in TextRole]: TextColumn | undefined };
type SingleColumns = { readonly [R in SingleAmountRole]: AmountColumn | undefined };

/** The columns of a table's data rows; add() appends a row and gives its view. */
export class TableColumns {
  /** Each column by role (a record of every role, so that a row's getter reads one known property). */
  readonly name: TextColumn | null;
  readonly text: TextColumns;
  readonly single: SingleColumns;
  readonly projects: SplitColumns;
  readonly previousByProject: SplitColumns;
  private readonly textInOrder: readonly TextColumn[];
  private readonly amounts: readonly AmountColumn[];
  private count = 0;

  /** `capacity`: the most rows the table can have (the rows below its header). */
  constructor(
    grid: SheetGrid,
    private readonly layout: RowLayout,
    capacity: number,
  ) {
    this.name = layout.name === null ? null : new TextColumn(grid, layout.name);
    const text: { [R in TextRole]: TextColumn | undefined } = { number: undefined, department: undefined, ministry: undefined, category: undefined, account: undefined, projectLabel: undefined, diseaseArea: undefined, purpose: undefined, priorityArea: undefined, summary: undefined, status: undefined, remarks: undefined };
    this.textInOrder = layout.text.map(({ role, col }) => (text[role] = new TextColumn(grid, col)));
    this.text = text;
    const amounts = layout.amounts.map((col) => new AmountColumn(grid, col, capacity));
    this.amounts = amounts;
    const single: { [R in SingleAmountRole]: AmountColumn | undefined } = { previous: undefined, request: undefined, priorityRequest: undefined, total: undefined };
    for (const { role, index } of layout.single) single[role] = amounts[index];
    this.single = single;
    this.projects = new SplitColumns(layout.projects.map(({ projectId, index }) => ({ projectId, column: amounts[index] })));
    this.previousByProject = new SplitColumns(layout.previousByProject.map(({ projectId, index }) => ({ projectId, column: amounts[index] })));
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

  /** A row's name: blank, at the table's left edge, when the table has no name column. */
  nameField(index: number, row: number): Field<string> {
    return this.name ? this.name.field(index, row) : { value: '', cell: a1(row, this.layout.left), raw: null };
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
    return this.columns.text.number?.field(this.index, this.rowNumber - 1);
  }
  get department(): Field<string> | undefined {
    return this.columns.text.department?.field(this.index, this.rowNumber - 1);
  }
  get ministry(): Field<string> | undefined {
    return this.columns.text.ministry?.field(this.index, this.rowNumber - 1);
  }
  get category(): Field<string> | undefined {
    return this.columns.text.category?.field(this.index, this.rowNumber - 1);
  }
  get account(): Field<string> | undefined {
    return this.columns.text.account?.field(this.index, this.rowNumber - 1);
  }
  get projectLabel(): Field<string> | undefined {
    return this.columns.text.projectLabel?.field(this.index, this.rowNumber - 1);
  }
  get diseaseArea(): Field<string> | undefined {
    return this.columns.text.diseaseArea?.field(this.index, this.rowNumber - 1);
  }
  get purpose(): Field<string> | undefined {
    return this.columns.text.purpose?.field(this.index, this.rowNumber - 1);
  }
  get priorityArea(): Field<string> | undefined {
    return this.columns.text.priorityArea?.field(this.index, this.rowNumber - 1);
  }
  get summary(): Field<string> | undefined {
    return this.columns.text.summary?.field(this.index, this.rowNumber - 1);
  }
  get status(): Field<string> | undefined {
    return this.columns.text.status?.field(this.index, this.rowNumber - 1);
  }
  get remarks(): Field<string> | undefined {
    return this.columns.text.remarks?.field(this.index, this.rowNumber - 1);
  }
  get previous(): AmountField | undefined {
    return this.columns.single.previous?.field(this.index, this.rowNumber - 1);
  }
  get request(): AmountField | undefined {
    return this.columns.single.request?.field(this.index, this.rowNumber - 1);
  }
  get priorityRequest(): AmountField | undefined {
    return this.columns.single.priorityRequest?.field(this.index, this.rowNumber - 1);
  }
  get total(): AmountField | undefined {
    return this.columns.single.total?.field(this.index, this.rowNumber - 1);
  }
  get projectAmounts(): BudgetRow['projectAmounts'] {
    return this.columns.projects.list(this.index, this.rowNumber - 1);
  }
  get projectPrevious(): BudgetRow['projectPrevious'] {
    const split = this.columns.previousByProject;
    return split.columns.length > 0 ? split.list(this.index, this.rowNumber - 1) : undefined;
  }

  /** Serialises as the plain row it stands for. */
  toJSON(): BudgetRow {
    return this.columns.plain(this);
  }
}
