import type { SheetGrid } from '../model/grid';
import type { PolicyPack } from '../policy/schema';
import { findHeaderBlock, type HeaderBlock } from './detect-header';
import { gridView } from './grid-view';
import { columnHeaders, type ColumnHeader } from './map-columns';

/**
 * The header as a mapping editor needs it: where it is, and every column's header text
 * (mapped or not), so a user can confirm or correct what readTable detected.
 */

/** The detected header rows and columns, or null when the sheet has none. */
export function detectHeader(grid: SheetGrid, pack: PolicyPack): HeaderBlock | null {
  return findHeaderBlock(gridView(grid), pack);
}

/** Each column's header texts (parent first) within the given header block. */
export function headerColumns(grid: SheetGrid, block: HeaderBlock): ColumnHeader[] {
  return columnHeaders(gridView(grid), block);
}
