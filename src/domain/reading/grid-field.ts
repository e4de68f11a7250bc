import { a1, cellAt, type CellValue, type SheetGrid } from '../model/grid';
import type { Field } from '../model/table';

/**
 * A field read from a cell of the grid: its value, and the cell it came from by coordinates.
 * The A1 address and the raw value are worked out when asked for (by a finding, a report row),
 * not kept for every cell: nearly no cell is ever asked. Serialises as the plain Field would.
 */
export class GridField<T> implements Field<T> {
  constructor(
    readonly value: T,
    private readonly grid: SheetGrid,
    /** Sheet coordinates (0-based) of the source cell: a merged area's top-left cell. */
    readonly sheetRow: number,
    readonly sheetCol: number,
  ) {}

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
