import type { SheetGrid } from '../model/grid';
import { Sha256 } from './sha256';

export { sha256Hex } from './sha256';

/**
 * A grid's identity for the report when no file hash is at hand (the pane): the SHA-256 of
 * JSON.stringify({ sheet, origin, values }). Formats and merges do not change what is checked.
 * The JSON is produced and hashed a row at a time, so the grid is never serialised whole.
 */
export function gridHash(grid: SheetGrid): string {
  const hash = new Sha256().updateText(`{"sheet":${JSON.stringify(grid.sheetName)},"origin":${JSON.stringify([grid.originRow, grid.originCol])},"values":[`);
  for (let i = 0; i < grid.values.length; i++) {
    // A missing row stringifies as null inside the whole array, as undefined on its own.
    hash.updateText(`${i > 0 ? ',' : ''}${JSON.stringify(grid.values[i]) ?? 'null'}`);
  }
  return hash.updateText(']}').digestHex();
}
