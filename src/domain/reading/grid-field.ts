import { a1, cellAt, type CellValue, type SheetGrid } from '../model/grid';
import type { Field } from '../model/table';

/**
 * A field read from a cell of the grid: its value, and the cell it came from by coordinates.
 * The A1 address and the raw value are worked out when asked for (by a finding, a report row),
 * not kept for every cell: nearly no cell is ever asked. Serialises as the plain Field would.
 */
export class GridField<T> implements Field<T> {
  // Declared, not class fields: a field is made each time a row's cell is read, and class fields
  // would be defined one by one by an initialiser before the constructor sets them.
  declare readonly value: T;
  declare private readonly grid: SheetGrid;
  /** Sheet coordinates (0-based) of the source cell: a merged area's top-left cell. */
  declare readonly sheetRow: number;
  declare readonly sheetCol: number;

  constructor(value: T, grid: SheetGrid, sheetRow: number, sheetCol: number) {
    this.value = value;
    this.grid = grid;
    this.sheetRow = sheetRow;
    this.sheetCol = sheetCol;
  }

  get cell(): string {
    return a1(this.sheetRow, this.sheetCol);
  }

  get raw(): CellValue {
    return cellAt(this.grid, this.sheetRow, this.sheetCol);
  }

  toJSON(): Field<T> {
    return { value: this.value, cell: this.cell, raw: this.raw };
  }
}
