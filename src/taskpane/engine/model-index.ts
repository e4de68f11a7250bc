import type { ModelCell, SheetModel } from '../../domain/model/sheet-model';

/**
 * A submission model's cells by row, where the model is kept (the worker), so the preview asks
 * for the rows in view: 1.4 million cells at 50,000 rows, which the page would take seconds to
 * receive and index. Counting sort: two passes, no per-row arrays.
 */
export class ModelIndex {
  /** Cells of row r are order[starts[r]] … order[starts[r + 1] - 1]. */
  private readonly starts: Int32Array;
  private readonly order: Int32Array;

  constructor(private readonly model: Pick<SheetModel, 'cells'>) {
    let rows = 0;
    for (const cell of model.cells) if (cell.row >= rows) rows = cell.row + 1;
    const starts = new Int32Array(rows + 1);
    for (const cell of model.cells) starts[cell.row + 1]++;
    for (let r = 0; r < rows; r++) starts[r + 1] += starts[r];
    const next = starts.slice(0, rows);
    const order = new Int32Array(model.cells.length);
    model.cells.forEach((cell, i) => (order[next[cell.row]++] = i));
    this.starts = starts;
    this.order = order;
  }

  /** The cells of rows `from` (inclusive) to `to` (exclusive), a list per row (empty where a row has none). */
  rows(from: number, to: number): ModelCell[][] {
    const out: ModelCell[][] = [];
    const rows = this.starts.length - 1;
    for (let r = Math.max(0, from); r < to; r++) {
      const cells: ModelCell[] = [];
      if (r < rows) for (let k = this.starts[r]; k < this.starts[r + 1]; k++) cells.push(this.model.cells[this.order[k]]);
      out.push(cells);
    }
    return out;
  }
}
