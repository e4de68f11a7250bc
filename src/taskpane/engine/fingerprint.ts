import type { SheetGrid } from '../../domain/model/grid';
import { Sha256 } from '../../domain/engine/sha256';

/**
 * A sheet's content as one hash: its name, origin, values, formulas, number formats, merges and
 * hidden rows and columns — everything that could change what a check finds. Two reads with the
 * same fingerprint hold the same sheet, so the demo tells an unchanged sheet from a changed one
 * in the worker that read it, without the page holding either read. Made a row at a time: the
 * grid is never serialised whole.
 */
export function gridFingerprint(grid: SheetGrid): string {
  const hash = new Sha256();
  const frame = { sheet: grid.sheetName, origin: [grid.originRow, grid.originCol], merges: grid.merges ?? null, hiddenRows: grid.hiddenRows ?? null, hiddenColumns: grid.hiddenColumns ?? null };
  hash.updateText(JSON.stringify(frame));
  for (const [name, matrix] of [
    ['values', grid.values],
    ['formulas', grid.formulas],
    ['numberFormats', grid.numberFormats],
  ] as const) {
    hash.updateText(`\n${name}:${matrix === undefined ? 'none' : matrix.length}`);
    if (matrix === undefined) continue;
    for (const row of matrix) hash.updateText(`\n${JSON.stringify(row) ?? 'null'}`);
  }
  return hash.digestHex();
}
