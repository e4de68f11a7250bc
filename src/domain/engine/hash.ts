import type { SheetGrid } from '../model/grid';
import { Sha256 } from './sha256';

export { sha256Hex } from './sha256';

/**
 * A grid's identity for the report when no file hash is at hand (the pane): the SHA-256 of
 * JSON.stringify({ sheet, origin, values }). Formats and merges do not change what is checked.
 * The JSON is produced and hashed some rows at a time, so the grid is never serialised whole.
 */
export function gridHash(grid: SheetGrid): string {
  const hash = new Sha256().updateText(`{"sheet":${JSON.stringify(grid.sheetName)},"origin":${JSON.stringify([grid.originRow, grid.originCol])},"values":[`);
  const values = grid.values;
  for (let start = 0; start < values.length; start += ROWS_PER_CHUNK) {
    // A run of rows as JSON is exactly those rows' part of the whole array's JSON (a missing row
    // is null in both): its brackets are dropped, and a comma joins it to the run before.
    const json = JSON.stringify(values.slice(start, start + ROWS_PER_CHUNK));
    hash.updateText(start > 0 ? `,${json.slice(1, -1)}` : json.slice(1, -1));
  }
  return hash.updateText(']}').digestHex();
}

/** Rows stringified at once: few calls, and a run's JSON stays well below the hash's buffer. */
const ROWS_PER_CHUNK = 64;
