/**
 * An in-memory Excel for the Office.js adapters: the subset of the Excel JavaScript object
 * model they use, behaving like the real one where it matters to them.
 *
 * - Proxies queue operations; nothing happens until `context.sync()`, which applies them in
 *   order. A failing operation fails the sync: the operations before it stay applied (Office
 *   batches are not transactions), the ones after it are dropped, and no load is delivered.
 * - A property can be read only after a sync loaded it; otherwise reading throws.
 * - Writes are checked like Excel checks them: 2-D arrays must match the range, sheet
 *   names must be valid and unique, strings written as values are read as if typed
 *   ("001" → 1, "=x" → formula, "TRUE" → true), getMergedAreasOrNullObject refuses more
 *   than 512 areas, a range can be selected only on the active sheet.
 * - Every sync is recorded: operation count, request and response size (bytes of JSON in
 *   UTF-8, what Excel on the web's 5 MB limit counts), and
 *   whether screen updating / calculation were suspended. A failure can be injected at any
 *   sync, after any number of its operations.
 */
import { a1, parseA1, type CellRange } from '../../src/domain/model/grid';
import type { ExcelRun } from '../../src/excel/excel-run';

type Primitive = string | number | boolean;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style?: string; weight?: string }>;
}

export interface FakeCell {
  value: Primitive | null;
  error?: string;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  /** Points, by column; absent = the workbook's default. */
  columnWidths: Map<number, number>;
  /** Points, by row; absent = the default height. */
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  freeze: { rows: number; cols: number } | null;
  pageLayout: { orientation: string; paperSize: string; zoom: Record<string, number> | null; printTitleRows: string | null };
  customProperties: Map<string, { key: string; value: string }>;
}

/** A workbook-level defined name; sheetId null once its sheet was deleted (Excel shows =#REF!$A$1). */
export interface FakeName {
  name: string;
  sheetId: string | null;
  address: string;
}

export interface SyncRecord {
  readonly operations: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly screenUpdatingSuspended: boolean;
  readonly calculationSuspended: boolean;
  readonly failed: boolean;
}

/** What a test may put in a cell when setting up a user sheet. */
export type CellInput = Primitive | null | { error: string } | { formula: string; value: Primitive | null };

export interface SheetSetup {
  name: string;
  /** Row-major cells starting at `origin` (default A1). */
  rows?: readonly (readonly CellInput[])[];
  origin?: { row: number; col: number };
  numberFormats?: Readonly<Record<string, string>>;
  merges?: readonly CellRange[];
  hiddenRows?: readonly number[];
  hiddenColumns?: readonly number[];
  customProperties?: Readonly<Record<string, string>>;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_MERGED_AREAS = 512;
const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!', '#GETTING_DATA'];

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; address: string } | null = null;
  readonly syncs: SyncRecord[] = [];
  readonly names: FakeName[] = [];
  calculations = 0;
  /** Calibri 11 by default: 8.43 characters, 64 px. */
  standardWidth = 8.43;
  defaultColumnWidthPoints = 48;
  private nextId = 1;
  private injected: { sync: number; afterOperations: number; error: Error }[] = [];

  readonly run: ExcelRun = async (batch) => {
    const context = new FakeContext(this);
    // The fake implements only the subset of Excel.RequestContext the adapters use; this is
    // the one place where it stands in for the real type.
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run sends whatever is still queued when the batch function returns.
    if (context.pending() > 0) await context.sync();
    return result;
  };

  addSheet(setup: SheetSetup): FakeSheet {
    const sheet = this.createSheet(setup.name);
    const origin = setup.origin ?? { row: 0, col: 0 };
    setup.rows?.forEach((row, r) =>
      row.forEach((input, c) => {
        if (input === null) return;
        const cell = cellAt(sheet, origin.row + r, origin.col + c);
        if (typeof input === 'object' && 'error' in input) cell.error = input.error;
        else if (typeof input === 'object') {
          cell.formula = input.formula;
          cell.value = input.value;
        } else cell.value = input;
      }),
    );
    for (const [address, format] of Object.entries(setup.numberFormats ?? {})) {
      const at = parseA1(address)!;
      cellAt(sheet, at.row, at.col).numberFormat = format;
    }
    sheet.merges.push(...(setup.merges ?? []));
    setup.hiddenRows?.forEach((row) => sheet.hiddenRows.add(row));
    setup.hiddenColumns?.forEach((col) => sheet.hiddenColumns.add(col));
    for (const [key, value] of Object.entries(setup.customProperties ?? {})) sheet.customProperties.set(key.toLowerCase(), { key, value });
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  /** A defined name (compared as Excel does, ignoring case): the sheet it refers to (null for #REF!) and the address. */
  namedItem(name: string): { sheet: string | null; address: string } | undefined {
    const item = findName(this, name);
    if (!item) return undefined;
    return { sheet: this.sheets.find((s) => s.id === item.sheetId)?.name ?? null, address: item.address };
  }

  /** A deep, comparable copy of a sheet's whole state. */
  snapshot(name: string): unknown {
    const sheet = this.sheet(name);
    if (!sheet) return undefined;
    return JSON.parse(
      JSON.stringify({
        ...sheet,
        cells: [...sheet.cells.entries()].sort(),
        columnWidths: [...sheet.columnWidths.entries()].sort(),
        rowHeights: [...sheet.rowHeights.entries()].sort(),
        hiddenRows: [...sheet.hiddenRows].sort(),
        hiddenColumns: [...sheet.hiddenColumns].sort(),
        customProperties: [...sheet.customProperties.entries()].sort(),
      }),
    );
  }

  /** Make the `sync`-th sync from now (1-based) fail after applying `afterOperations` of its operations. */
  failSync(sync: number, afterOperations = 0, error: Error = new FakeOfficeError('GeneralException', 'Injected failure')): void {
    this.injected.push({ sync: this.syncs.length + sync, afterOperations, error });
  }

  createSheet(name: string): FakeSheet {
    checkSheetName(name, this.sheets, null);
    const sheet: FakeSheet = {
      id: `{00000000-0000-0000-0000-${String(this.nextId++).padStart(12, '0')}}`,
      name,
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      freeze: null,
      pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: null, printTitleRows: null },
      customProperties: new Map(),
    };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** Applies a context's queue as one request. */
  execute(queue: QueuedOp[], suspended: { screen: boolean; calculation: boolean }): void {
    const syncNumber = this.syncs.length + 1;
    const injected = this.injected.find((failure) => failure.sync === syncNumber) ?? null;
    const deliveries: (() => void)[] = [];
    let responseBytes = 0;
    let failure: unknown = null;
    for (const [index, op] of queue.entries()) {
      if (injected && index >= injected.afterOperations) {
        failure = injected.error;
        break;
      }
      try {
        const delivery = op.apply();
        if (delivery) {
          responseBytes += Buffer.byteLength(JSON.stringify(delivery.data ?? null));
          deliveries.push(delivery.deliver);
        }
      } catch (error) {
        failure = error;
        break;
      }
    }
    // An injected failure after every operation stands for a reply lost on the way back.
    if (!failure && injected) failure = injected.error;
    this.injected = this.injected.filter((failure) => failure !== injected);
    this.syncs.push({
      operations: queue.length,
      requestBytes: Buffer.byteLength(JSON.stringify(queue.map((op) => [op.path, op.action, op.args ?? null]))),
      responseBytes,
      screenUpdatingSuspended: suspended.screen,
      calculationSuspended: suspended.calculation,
      failed: failure !== null,
    });
    if (failure) throw failure;
    deliveries.forEach((deliver) => deliver());
  }
}

interface QueuedOp {
  readonly path: string;
  readonly action: string;
  readonly args?: unknown;
  /** Applies the operation; a load returns the data to hand to its proxy if the sync succeeds. */
  apply(): { data: unknown; deliver: () => void } | void;
}

class FakeContext {
  private queue: QueuedOp[] = [];
  private suspended = { screen: false, calculation: false };
  readonly workbook: { worksheets: WorksheetCollectionProxy; names: NamedItemCollectionProxy };
  readonly application: ApplicationProxy;

  constructor(readonly excel: FakeExcel) {
    this.workbook = { worksheets: new WorksheetCollectionProxy(this), names: new NamedItemCollectionProxy(this) };
    this.application = new ApplicationProxy(this);
  }

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  suspend(what: 'screen' | 'calculation'): void {
    this.suspended[what] = true;
  }

  pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const suspended = this.suspended;
    this.queue = [];
    this.suspended = { screen: false, calculation: false };
    await Promise.resolve();
    this.excel.execute(queue, suspended);
  }
}

abstract class ClientObject<T> {
  private loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;
  private target: { value: T | null } | undefined;

  constructor(
    protected readonly context: FakeContext,
    readonly path: string,
    /** Finds the object this proxy stands for, when its first operation runs (as Office resolves object paths). */
    private readonly find: () => T | null,
  ) {}

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw notLoaded('isNullObject');
    return this.nullObject;
  }

  /** Whether the object still exists (a deleted sheet does not). */
  protected abstract alive(target: T): boolean;
  /** Property values for a load. */
  protected abstract read(target: T, property: string): unknown;

  protected resolve(): T | null {
    this.target ??= { value: this.find() };
    if (this.target.value !== null && !this.alive(this.target.value)) {
      throw new FakeOfficeError('InvalidObjectPath', `The object at ${this.path} no longer exists.`);
    }
    return this.target.value;
  }

  /** Resolves to a real object; operations other than load are not allowed on a null object. */
  protected existing(): T {
    const target = this.resolve();
    if (target === null) throw new FakeOfficeError('InvalidObjectPath', `${this.path} is a null object.`);
    return target;
  }

  protected bind(target: T): void {
    this.target = { value: target };
  }

  load(properties: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : properties.split(',')).map((name) => name.trim()).filter(Boolean);
    this.context.enqueue({
      path: this.path,
      action: 'load',
      args: names,
      apply: () => {
        const target = this.resolve();
        const data = target === null ? {} : Object.fromEntries(names.map((name) => [name, this.read(target, name)]));
        return {
          data,
          deliver: () => {
            this.nullObject = target === null;
            for (const [name, value] of Object.entries(data)) this.loaded.set(name, value);
          },
        };
      },
    });
    return this;
  }

  protected get<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as V;
  }

  protected queue(action: string, args: unknown, apply: (target: T) => void): void {
    this.context.enqueue({ path: this.path, action, args, apply: () => apply(this.existing()) });
  }
}

class ApplicationProxy {
  constructor(private readonly context: FakeContext) {}

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.suspend('screen');
    this.context.enqueue({ path: 'application', action: 'suspendScreenUpdatingUntilNextSync', apply: () => undefined });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.suspend('calculation');
    this.context.enqueue({ path: 'application', action: 'suspendApiCalculationUntilNextSync', apply: () => undefined });
  }
}

class WorksheetCollectionProxy extends ClientObject<FakeSheet[]> {
  private itemProxies: WorksheetProxy[] | null = null;

  constructor(context: FakeContext) {
    super(context, 'worksheets', () => context.excel.sheets);
  }

  protected alive(): boolean {
    return true;
  }

  protected read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'The worksheet collection loads through its own load().');
  }

  override load(properties: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : properties.split(',')).map((name) => name.trim());
    this.context.enqueue({
      path: this.path,
      action: 'load',
      args: names,
      apply: () => {
        const sheets = [...this.context.excel.sheets];
        const props = names.map((name) => (name.startsWith('items/') ? name.slice('items/'.length) : name));
        const data = sheets.map((sheet) => Object.fromEntries(props.map((prop) => [prop, readSheetProperty(this.context.excel, sheet, prop)])));
        return {
          data,
          deliver: () => {
            this.itemProxies = sheets.map((sheet, i) => WorksheetProxy.loadedItem(this.context, sheet, data[i]));
          },
        };
      },
    });
    return this;
  }

  get items(): WorksheetProxy[] {
    if (!this.itemProxies) throw notLoaded('items');
    return this.itemProxies;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `worksheets.getItem(${JSON.stringify(key)})`, () => {
      const sheet = findSheet(this.context.excel, key);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet ${key}.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `worksheets.getItemOrNullObject(${JSON.stringify(key)})`, () => findSheet(this.context.excel, key) ?? null);
  }

  /** The sheet the user is on: the active one, else the first (Excel always has one active). */
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, 'worksheets.getActiveWorksheet()', () => {
      const excel = this.context.excel;
      const sheet = excel.sheets.find((s) => s.id === excel.activeSheetId) ?? excel.sheets[0];
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'The workbook has no worksheet.');
      return sheet;
    });
  }

  add(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.context, `worksheets.add(${JSON.stringify(name)})`, () => {
      throw new FakeOfficeError('InvalidObjectPath', `worksheets.add(${name}) did not run.`);
    });
    this.context.enqueue({
      path: 'worksheets',
      action: 'add',
      args: name,
      apply: () => proxy.adopt(this.context.excel.createSheet(name)),
    });
    return proxy;
  }
}

class WorksheetProxy extends ClientObject<FakeSheet> {
  static loadedItem(context: FakeContext, sheet: FakeSheet, data: Record<string, unknown>): WorksheetProxy {
    const proxy = new WorksheetProxy(context, `worksheets.items[${JSON.stringify(sheet.id)}]`, () => sheet);
    proxy.bind(sheet);
    // Items loaded through the collection carry the properties the collection loaded.
    proxy.preloaded = data;
    return proxy;
  }

  private preloaded: Record<string, unknown> = {};

  adopt(sheet: FakeSheet): void {
    this.bind(sheet);
  }

  protected alive(sheet: FakeSheet): boolean {
    return this.context.excel.sheets.includes(sheet);
  }

  protected read(sheet: FakeSheet, property: string): unknown {
    return readSheetProperty(this.context.excel, sheet, property);
  }

  protected override get<V>(property: string): V {
    if (property in this.preloaded) return this.preloaded[property] as V;
    return super.get<V>(property);
  }

  get name(): string {
    return this.get('name');
  }

  set name(name: string) {
    this.queue('set name', name, (sheet) => {
      checkSheetName(name, this.context.excel.sheets, sheet);
      sheet.name = name;
    });
  }

  get id(): string {
    return this.get('id');
  }

  get standardWidth(): number {
    return this.get('standardWidth');
  }

  delete(): void {
    this.queue('delete', null, (sheet) => {
      const excel = this.context.excel;
      if (excel.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one sheet.');
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      for (const item of excel.names) if (item.sheetId === sheet.id) item.sheetId = null;
      if (excel.activeSheetId === sheet.id) excel.activeSheetId = excel.sheets[0].id;
      if (excel.selection?.sheetId === sheet.id) excel.selection = null;
    });
  }

  activate(): void {
    this.queue('activate', null, (sheet) => {
      this.context.excel.activeSheetId = sheet.id;
    });
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRange(${JSON.stringify(address)})`, () => {
      const sheet = this.existing();
      const [first, second] = address.split(':');
      const start = parseA1(first);
      const end = second === undefined ? start : parseA1(second);
      if (!start || !end || end.row < start.row || end.col < start.col) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}.`);
      return { sheet, top: start.row, left: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRangeByIndexes(${row},${col},${rows},${cols})`, () => {
      const sheet = this.existing();
      const valid = [row, col, rows, cols].every(Number.isInteger) && row >= 0 && col >= 0 && rows >= 1 && cols >= 1;
      if (!valid || row + rows > MAX_ROWS || col + cols > MAX_COLS) throw new FakeOfficeError('InvalidArgument', `Bad range indexes ${row},${col},${rows},${cols}.`);
      return { sheet, top: row, left: col, rows, cols };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const sheet = this.existing();
      let box: CellRange | null = null;
      for (const [key, cell] of sheet.cells) {
        if (valuesOnly && cell.value === null && cell.error === undefined && cell.formula === undefined) continue;
        const [row, col] = key.split(',').map(Number);
        box = box
          ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
          : { top: row, left: col, bottom: row, right: col };
      }
      return box && { sheet, top: box.top, left: box.left, rows: box.bottom - box.top + 1, cols: box.right - box.left + 1 };
    });
  }

  get customProperties(): CustomPropertyCollectionProxy {
    return new CustomPropertyCollectionProxy(this.context, `${this.path}.customProperties`, () => this.existing());
  }

  get freezePanes(): FreezePanesProxy {
    return new FreezePanesProxy(this.context, `${this.path}.freezePanes`, () => this.existing());
  }

  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.context, `${this.path}.pageLayout`, () => this.existing());
  }
}

function readSheetProperty(excel: FakeExcel, sheet: FakeSheet, property: string): unknown {
  switch (property) {
    case 'name':
      return sheet.name;
    case 'id':
      return sheet.id;
    case 'standardWidth':
      return excel.standardWidth;
    default:
      throw new FakeOfficeError('InvalidArgument', `The fake worksheet cannot load '${property}'.`);
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

class RangeProxy extends ClientObject<RangeTarget> {
  /** The range a defined name is to refer to, resolved when the name's add runs. */
  referenceTarget(): RangeTarget {
    return this.existing();
  }

  protected alive(target: RangeTarget): boolean {
    return this.context.excel.sheets.includes(target.sheet);
  }

  protected read(target: RangeTarget, property: string): unknown {
    const { sheet } = target;
    const matrix = <V>(at: (cell: FakeCell | undefined) => V): V[][] =>
      Array.from({ length: target.rows }, (_, r) => Array.from({ length: target.cols }, (_, c) => at(sheet.cells.get(key(target.top + r, target.left + c)))));
    switch (property) {
      case 'values':
        return matrix((cell) => (cell?.error ?? cell?.value ?? ''));
      case 'formulas':
        return matrix((cell) => cell?.formula ?? cell?.error ?? cell?.value ?? '');
      case 'numberFormat':
        return matrix((cell) => cell?.numberFormat ?? 'General');
      case 'valueTypes':
        return matrix((cell) => valueType(cell));
      case 'rowIndex':
        return target.top;
      case 'columnIndex':
        return target.left;
      case 'rowCount':
        return target.rows;
      case 'columnCount':
        return target.cols;
      case 'address':
        return `${quoteSheet(sheet.name)}!${addressOf(target)}`;
      case 'rowHidden':
        return allSomeNone(target.rows, (r) => sheet.hiddenRows.has(target.top + r));
      case 'columnHidden':
        return allSomeNone(target.cols, (c) => sheet.hiddenColumns.has(target.left + c));
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake range cannot load '${property}'.`);
    }
  }

  get values(): unknown[][] {
    return this.get('values');
  }

  set values(values: unknown[][]) {
    this.queue('set values', values, (target) => writeMatrix(target, values, (cell, value) => enterTyped(cell, value)));
  }

  get formulas(): unknown[][] {
    return this.get('formulas');
  }

  set formulas(formulas: unknown[][]) {
    this.queue('set formulas', formulas, (target) =>
      writeMatrix(target, formulas, (cell, value) => {
        if (typeof value === 'string' && value.startsWith('=')) setFormula(cell, value);
        else enterTyped(cell, value);
      }),
    );
  }

  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }

  set numberFormat(formats: unknown[][]) {
    this.queue('set numberFormat', formats, (target) =>
      writeMatrix(target, formats, (cell, value) => {
        if (typeof value !== 'string') throw new FakeOfficeError('InvalidArgument', `A number format must be text, not ${JSON.stringify(value)}.`);
        cell.numberFormat = value;
      }),
    );
  }

  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }
  get rowHidden(): boolean | null {
    return this.get('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.get('columnHidden');
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.context, `${this.path}.format`, () => this.existing());
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const target = this.existing();
      const areas = target.sheet.merges.filter((merge) => inside(target, merge.top, merge.left));
      if (areas.length > MAX_MERGED_AREAS) throw new FakeOfficeError('GeneralException', `More than ${MAX_MERGED_AREAS} merged areas.`);
      return areas.length === 0 ? null : { sheet: target.sheet, areas };
    });
  }

  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, `${this.path}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)})`, () => {
      if (cellType !== 'Visible') throw new FakeOfficeError('InvalidArgument', `The fake supports only Visible special cells, not ${cellType}.`);
      const target = this.existing();
      const rows = visibleRuns(target.top, target.rows, (row) => target.sheet.hiddenRows.has(row));
      const cols = visibleRuns(target.left, target.cols, (col) => target.sheet.hiddenColumns.has(col));
      const areas = rows.flatMap(([top, bottom]) => cols.map(([left, right]) => ({ top, bottom, left, right })));
      return areas.length === 0 ? null : { sheet: target.sheet, areas };
    });
  }

  merge(across = false): void {
    this.queue('merge', across, (target) => {
      const area = { top: target.top, left: target.left, bottom: target.top + target.rows - 1, right: target.left + target.cols - 1 };
      if (target.sheet.merges.some((merge) => overlaps(merge, area))) throw new FakeOfficeError('InvalidOperation', `Cannot merge over an existing merge at ${addressOf(target)}.`);
      if (across) {
        for (let row = area.top; row <= area.bottom; row++) target.sheet.merges.push({ ...area, top: row, bottom: row });
      } else {
        target.sheet.merges.push(area);
      }
    });
  }

  select(): void {
    this.queue('select', null, (target) => {
      const excel = this.context.excel;
      if (excel.activeSheetId !== target.sheet.id) throw new FakeOfficeError('InvalidSelection', 'A range can be selected only on the active sheet.');
      excel.selection = { sheetId: target.sheet.id, address: addressOf(target) };
    });
  }

  /** For the fake's own objects that take a range argument (freezeAt). */
  resolvedTarget(): RangeTarget {
    return this.existing();
  }

  calculate(): void {
    this.queue('calculate', null, () => {
      this.context.excel.calculations++;
    });
  }
}

class RangeAreasProxy extends ClientObject<{ sheet: FakeSheet; areas: CellRange[] }> {
  protected alive(target: { sheet: FakeSheet }): boolean {
    return this.context.excel.sheets.includes(target.sheet);
  }

  protected read(target: { sheet: FakeSheet; areas: CellRange[] }, property: string): unknown {
    if (property !== 'address') throw new FakeOfficeError('InvalidArgument', `The fake range areas cannot load '${property}'.`);
    return target.areas
      .map((area) => `${quoteSheet(target.sheet.name)}!${addressOf({ top: area.top, left: area.left, rows: area.bottom - area.top + 1, cols: area.right - area.left + 1 })}`)
      .join(',');
  }

  get address(): string {
    return this.get('address');
  }
}

class RangeFormatProxy extends ClientObject<RangeTarget> {
  protected alive(target: RangeTarget): boolean {
    return this.context.excel.sheets.includes(target.sheet);
  }

  protected read(target: RangeTarget, property: string): unknown {
    if (property !== 'columnWidth') throw new FakeOfficeError('InvalidArgument', `The fake format cannot load '${property}'.`);
    const widths = new Set(Array.from({ length: target.cols }, (_, c) => target.sheet.columnWidths.get(target.left + c) ?? this.context.excel.defaultColumnWidthPoints));
    return widths.size === 1 ? [...widths][0] : null;
  }

  get columnWidth(): number {
    return this.get('columnWidth');
  }

  set columnWidth(points: number) {
    this.queue('set columnWidth', points, (target) => {
      if (!(typeof points === 'number' && points >= 0 && points <= 255 * 8)) throw new FakeOfficeError('InvalidArgument', `Bad column width ${points}.`);
      for (let c = 0; c < target.cols; c++) target.sheet.columnWidths.set(target.left + c, points);
    });
  }

  set rowHeight(points: number) {
    this.queue('set rowHeight', points, (target) => {
      if (!(typeof points === 'number' && points >= 0 && points <= 409)) throw new FakeOfficeError('InvalidArgument', `Bad row height ${points}.`);
      for (let r = 0; r < target.rows; r++) target.sheet.rowHeights.set(target.top + r, points);
    });
  }

  set horizontalAlignment(value: string) {
    this.setFormat('horizontalAlignment', value, oneOf(['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed']));
  }

  set verticalAlignment(value: string) {
    this.setFormat('verticalAlignment', value, oneOf(['Top', 'Center', 'Bottom', 'Justify', 'Distributed']));
  }

  set wrapText(value: boolean) {
    this.setFormat('wrapText', value, (v) => typeof v === 'boolean');
  }

  get font(): FormatPartProxy {
    return new FormatPartProxy(this.context, `${this.path}.font`, () => this.existing(), {
      bold: ['bold', (v) => typeof v === 'boolean'],
      italic: ['italic', (v) => typeof v === 'boolean'],
      size: ['size', (v) => typeof v === 'number' && v >= 1 && v <= 409],
      color: ['color', isColor],
    });
  }

  get fill(): FormatPartProxy {
    return new FormatPartProxy(this.context, `${this.path}.fill`, () => this.existing(), { color: ['fill', isColor] });
  }

  get borders(): { getItem(edge: string): BorderProxy } {
    return {
      getItem: (edge: string) => {
        if (!['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'].includes(edge)) {
          throw new FakeOfficeError('InvalidArgument', `Unknown border ${edge}.`);
        }
        return new BorderProxy(this.context, `${this.path}.borders.getItem(${JSON.stringify(edge)})`, () => this.existing(), edge);
      },
    };
  }

  private setFormat(property: keyof CellFormat, value: unknown, valid: (value: unknown) => boolean): void {
    this.queue(`set ${property}`, value, (target) => {
      if (!valid(value)) throw new FakeOfficeError('InvalidArgument', `Bad ${property}: ${JSON.stringify(value)}.`);
      eachCell(target, (cell) => {
        cell.format = { ...cell.format, [property]: value };
      });
    });
  }
}

/** font and fill: each settable property maps to a CellFormat field, with its check. */
class FormatPartProxy extends ClientObject<RangeTarget> {
  constructor(
    context: FakeContext,
    path: string,
    finder: () => RangeTarget,
    properties: Record<string, [keyof CellFormat, (value: unknown) => boolean]>,
  ) {
    super(context, path, finder);
    for (const [name, [field, valid]] of Object.entries(properties)) {
      Object.defineProperty(this, name, {
        set: (value: unknown) =>
          this.queue(`set ${name}`, value, (target) => {
            if (!valid(value)) throw new FakeOfficeError('InvalidArgument', `Bad ${name}: ${JSON.stringify(value)}.`);
            eachCell(target, (cell) => {
              cell.format = { ...cell.format, [field]: value };
            });
          }),
      });
    }
  }

  protected alive(target: RangeTarget): boolean {
    return this.context.excel.sheets.includes(target.sheet);
  }

  protected read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'The fake does not load font or fill properties.');
  }
}

class BorderProxy extends ClientObject<RangeTarget> {
  constructor(
    context: FakeContext,
    path: string,
    finder: () => RangeTarget,
    private readonly edge: string,
  ) {
    super(context, path, finder);
  }

  protected alive(target: RangeTarget): boolean {
    return this.context.excel.sheets.includes(target.sheet);
  }

  protected read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'The fake does not load border properties.');
  }

  set style(style: string) {
    this.setBorder('style', style, ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot']);
  }

  set weight(weight: string) {
    this.setBorder('weight', weight, ['Hairline', 'Thin', 'Medium', 'Thick']);
  }

  private setBorder(part: 'style' | 'weight', value: string, allowed: string[]): void {
    this.queue(`set ${part}`, value, (target) => {
      if (!allowed.includes(value)) throw new FakeOfficeError('InvalidArgument', `Bad border ${part}: ${value}.`);
      eachCell(target, (cell) => {
        const borders = { ...cell.format?.borders };
        borders[this.edge] = { ...borders[this.edge], [part]: value };
        cell.format = { ...cell.format, borders };
      });
    });
  }
}

function findName(excel: FakeExcel, name: string): FakeName | undefined {
  return excel.names.find((item) => item.name.toLowerCase() === name.toLowerCase());
}

/** workbook.names (ExcelApi 1.4): workbook-level names that refer to a range. */
class NamedItemCollectionProxy extends ClientObject<FakeExcel> {
  constructor(context: FakeContext) {
    super(context, 'workbook.names', () => context.excel);
  }

  protected alive(): boolean {
    return true;
  }

  protected read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'The fake does not load the name collection.');
  }

  add(name: string, reference: RangeProxy): NamedItemProxy {
    this.queue('add', [name, reference.path], (excel) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw new FakeOfficeError('InvalidArgument', `'${name}' is not a valid name.`);
      if (findName(excel, name)) throw new FakeOfficeError('InvalidArgument', `The name '${name}' already exists.`);
      const target = reference.referenceTarget();
      excel.names.push({ name, sheetId: target.sheet.id, address: addressOf(target).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2') });
    });
    return this.getItemOrNullObject(name);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, `workbook.names.getItemOrNullObject(${JSON.stringify(name)})`, () => findName(this.context.excel, name) ?? null);
  }
}

class NamedItemProxy extends ClientObject<FakeName> {
  protected alive(item: FakeName): boolean {
    return this.context.excel.names.includes(item);
  }

  protected read(item: FakeName, property: string): unknown {
    if (property === 'name') return item.name;
    if (property === 'formula') {
      const sheet = this.context.excel.sheets.find((s) => s.id === item.sheetId);
      return sheet ? `=${quoteSheet(sheet.name)}!${item.address}` : `=#REF!${item.address}`;
    }
    throw new FakeOfficeError('InvalidArgument', `A named item has no '${property}' in the fake.`);
  }

  get formula(): string {
    return this.get('formula');
  }

  delete(): void {
    this.queue('delete', null, (item) => {
      const names = this.context.excel.names;
      names.splice(names.indexOf(item), 1);
    });
  }
}

class CustomPropertyCollectionProxy extends ClientObject<FakeSheet> {
  protected alive(sheet: FakeSheet): boolean {
    return this.context.excel.sheets.includes(sheet);
  }

  protected read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'The fake does not load the custom property collection.');
  }

  add(key: string, value: string): void {
    this.queue('add', [key, value], (sheet) => {
      if (key.length === 0 || key.length > 255) throw new FakeOfficeError('InvalidArgument', 'A custom property key must have 1 to 255 characters.');
      sheet.customProperties.set(key.toLowerCase(), { key, value: String(value) });
    });
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
      const sheet = this.existing();
      return sheet.customProperties.has(key.toLowerCase()) ? { sheet, key: key.toLowerCase() } : null;
    });
  }
}

class CustomPropertyProxy extends ClientObject<{ sheet: FakeSheet; key: string }> {
  protected alive(target: { sheet: FakeSheet; key: string }): boolean {
    return this.context.excel.sheets.includes(target.sheet) && target.sheet.customProperties.has(target.key);
  }

  protected read(target: { sheet: FakeSheet; key: string }, property: string): unknown {
    const entry = target.sheet.customProperties.get(target.key)!;
    if (property === 'value') return entry.value;
    if (property === 'key') return entry.key;
    throw new FakeOfficeError('InvalidArgument', `A custom property has no '${property}'.`);
  }

  get value(): string {
    return this.get('value');
  }
}

class FreezePanesProxy extends ClientObject<FakeSheet> {
  protected alive(sheet: FakeSheet): boolean {
    return this.context.excel.sheets.includes(sheet);
  }

  protected read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'The fake does not load freeze panes.');
  }

  freezeRows(count: number): void {
    this.freeze('freezeRows', count, () => ({ rows: count, cols: 0 }));
  }

  freezeColumns(count: number): void {
    this.freeze('freezeColumns', count, () => ({ rows: 0, cols: count }));
  }

  freezeAt(range: RangeProxy): void {
    this.freeze('freezeAt', range.path, () => {
      const target = range.resolvedTarget();
      if (target.top !== 0 || target.left !== 0) throw new FakeOfficeError('InvalidArgument', 'freezeAt takes a range starting at A1.');
      return { rows: target.rows, cols: target.cols };
    });
  }

  private freeze(action: string, args: unknown, panes: () => { rows: number; cols: number }): void {
    this.queue(action, args, (sheet) => {
      const frozen = panes();
      if (![frozen.rows, frozen.cols].every((n) => Number.isInteger(n) && n >= 0)) throw new FakeOfficeError('InvalidArgument', 'Bad freeze count.');
      sheet.freeze = frozen;
    });
  }
}

class PageLayoutProxy extends ClientObject<FakeSheet> {
  protected alive(sheet: FakeSheet): boolean {
    return this.context.excel.sheets.includes(sheet);
  }

  protected read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'The fake does not load page layout.');
  }

  set orientation(orientation: string) {
    this.queue('set orientation', orientation, (sheet) => {
      if (!['Portrait', 'Landscape'].includes(orientation)) throw new FakeOfficeError('InvalidArgument', `Bad orientation ${orientation}.`);
      sheet.pageLayout.orientation = orientation;
    });
  }

  set paperSize(paperSize: string) {
    this.queue('set paperSize', paperSize, (sheet) => {
      if (!['A3', 'A4', 'A5', 'B4', 'B5', 'Letter', 'Legal'].includes(paperSize)) throw new FakeOfficeError('InvalidArgument', `Bad paper size ${paperSize}.`);
      sheet.pageLayout.paperSize = paperSize;
    });
  }

  set zoom(zoom: Record<string, number>) {
    this.queue('set zoom', zoom, (sheet) => {
      const valid = Object.entries(zoom).every(
        ([name, value]) => ['horizontalFitToPages', 'verticalFitToPages', 'scale'].includes(name) && Number.isInteger(value) && value >= 0,
      );
      if (!valid) throw new FakeOfficeError('InvalidArgument', `Bad zoom ${JSON.stringify(zoom)}.`);
      sheet.pageLayout.zoom = { ...zoom };
    });
  }

  setPrintTitleRows(rows: string): void {
    this.queue('setPrintTitleRows', rows, (sheet) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError('InvalidArgument', `Bad print title rows ${rows}.`);
      sheet.pageLayout.printTitleRows = rows;
    });
  }
}

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) {
    cell = { value: null };
    sheet.cells.set(key(row, col), cell);
  }
  return cell;
}

function eachCell(target: RangeTarget, visit: (cell: FakeCell) => void): void {
  for (let r = 0; r < target.rows; r++) for (let c = 0; c < target.cols; c++) visit(cellAt(target.sheet, target.top + r, target.left + c));
}

function writeMatrix(target: RangeTarget, matrix: unknown, write: (cell: FakeCell, value: unknown) => void): void {
  const fits = Array.isArray(matrix) && matrix.length === target.rows && matrix.every((row) => Array.isArray(row) && row.length === target.cols);
  if (!fits) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${target.rows}×${target.cols}).`,
    );
  }
  (matrix as unknown[][]).forEach((row, r) =>
    row.forEach((value, c) => {
      // null leaves a cell unchanged.
      if (value !== null) write(cellAt(target.sheet, target.top + r, target.left + c), value);
    }),
  );
}

function setFormula(cell: FakeCell, formula: string): void {
  cell.formula = formula;
  cell.value = null;
  delete cell.error;
}

/** What Excel makes of a value written through `values`: strings are read as if typed. */
function enterTyped(cell: FakeCell, value: unknown): void {
  delete cell.error;
  delete cell.formula;
  if (typeof value === 'number' || typeof value === 'boolean') {
    cell.value = value;
    return;
  }
  if (typeof value !== 'string') throw new FakeOfficeError('InvalidArgument', `Cannot write ${JSON.stringify(value)} to a cell.`);
  if (value === '') {
    cell.value = null;
    return;
  }
  if (value.startsWith("'")) {
    cell.value = value.slice(1);
    return;
  }
  const typed = value.normalize('NFKC').trim();
  const number = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[+-]?\d+)?%?$/i.test(typed) && /\d/.test(typed) ? parseTypedNumber(typed) : null;
  if (number !== null) cell.value = number;
  else if (/^[=+-]/.test(typed)) setFormula(cell, typed.startsWith('=') ? typed : `=${typed}`);
  else if (/^(true|false)$/i.test(typed)) cell.value = typed.toLowerCase() === 'true';
  else if (ERROR_VALUES.includes(typed.toUpperCase())) {
    cell.value = null;
    cell.error = typed.toUpperCase();
  } else if (/^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/.test(typed) || /^\d{1,2}:\d{2}(:\d{2})?$/.test(typed)) {
    // A date or time: Excel stores a serial number; which one does not matter here.
    cell.value = 45_000;
  } else cell.value = value;
}

function parseTypedNumber(typed: string): number {
  const percent = typed.endsWith('%');
  const n = Number(typed.replace(/[,%]/g, ''));
  return percent ? n / 100 : n;
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell) return 'Empty';
  if (cell.error !== undefined) return 'Error';
  if (cell.value === null) return 'Empty';
  if (typeof cell.value === 'number') return Number.isInteger(cell.value) ? 'Integer' : 'Double';
  return typeof cell.value === 'boolean' ? 'Boolean' : 'String';
}

function allSomeNone(count: number, test: (offset: number) => boolean): boolean | null {
  let hits = 0;
  for (let i = 0; i < count; i++) if (test(i)) hits++;
  return hits === 0 ? false : hits === count ? true : null;
}

function visibleRuns(start: number, count: number, hidden: (index: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = start; i < start + count; i++) {
    if (hidden(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

function inside(target: RangeTarget, row: number, col: number): boolean {
  return row >= target.top && row < target.top + target.rows && col >= target.left && col < target.left + target.cols;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function addressOf(target: { top: number; left: number; rows: number; cols: number }): string {
  const start = a1(target.top, target.left);
  return target.rows === 1 && target.cols === 1 ? start : `${start}:${a1(target.top + target.rows - 1, target.left + target.cols - 1)}`;
}

/** Excel quotes a sheet name in an address unless it is plain letters, digits and underscores. */
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

function findSheet(excel: FakeExcel, key: string): FakeSheet | undefined {
  return excel.sheets.find((sheet) => sheet.id === key || sameName(sheet.name, key));
}

function checkSheetName(name: string, sheets: readonly FakeSheet[], self: FakeSheet | null): void {
  const invalid = name.trim() === '' || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'");
  if (invalid) throw new FakeOfficeError('InvalidArgument', `Invalid sheet name "${name}".`);
  if (sheets.some((sheet) => sheet !== self && sameName(sheet.name, name))) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

function isColor(value: unknown): boolean {
  return typeof value === 'string' && /^#[0-9A-Fa-f]{6}$/.test(value);
}

function oneOf(allowed: string[]): (value: unknown) => boolean {
  return (value) => typeof value === 'string' && allowed.includes(value);
}
