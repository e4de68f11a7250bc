import type { ColumnRole } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import type { GridView } from './grid-view';
import { parseAmount } from './parse-amount';
import { matchProjectHeader } from './project-header';
import { headerKey, isProjectGroupKey, matchRole } from './synonyms';

/** Sheet rows and columns (0-based, inclusive) of a table's header. */
export interface HeaderBlock {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Headers sit near the top; scanning further only finds data that happens to look like headers. */
export const HEADER_SCAN_ROWS = 60;
const MAX_HEADER_ROWS = 3;
/** A row needs this many recognised headers to anchor a table. */
const MIN_ANCHOR_MATCHES = 2;
/** Roles that make a row a budget table header rather than, say, a notes block. */
const ANCHOR_ROLES: readonly ColumnRole[] = ['name', 'request', 'total', 'previous', 'priorityRequest', 'projectAmount'];

interface HeaderCell {
  readonly col: number;
  readonly key: string;
  readonly role: ColumnRole | null;
  readonly group: boolean;
}

/** Text cells of a row, each merged area once (at its top-left), with what they name. */
function headerCells(view: GridView, row: number, pack: PolicyPack, allowBareMarkers: boolean): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let col = view.left; col <= view.right; col++) {
    const source = view.source(row, col);
    const value = view.value(source.row, source.col);
    if (source.row !== row || source.col !== col || typeof value !== 'string') continue;
    const key = headerKey(value);
    if (key === '') continue;
    const project = matchProjectHeader(value, pack);
    const role = project && (allowBareMarkers || !project.bareMarker) ? 'projectAmount' : matchRole(key, pack);
    cells.push({ col, key, role, group: isProjectGroupKey(key) });
  }
  return cells;
}

function isEmptyRow(view: GridView, row: number): boolean {
  for (let col = view.left; col <= view.right; col++) if (view.text(row, col) !== '') return false;
  return true;
}

/** Numbers, error values or amount-like text: the row holds data, not headers. */
function looksLikeData(view: GridView, row: number): boolean {
  for (let col = view.left; col <= view.right; col++) {
    const source = view.source(row, col);
    if (source.row !== row || source.col !== col) continue;
    const value = view.value(row, col);
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value !== 'string') return true;
    if (/\d/.test(value) && parseAmount(value, '円').kind === 'amount') return true;
  }
  return false;
}

/** Some merged area covers both `row` and a row of [top, bottom]. */
function mergedAcross(view: GridView, row: number, top: number, bottom: number): boolean {
  for (let col = view.left; col <= view.right; col++) {
    const m = view.mergeAt(row, col);
    if (m && m.top <= bottom && m.bottom >= top && (m.top < top || m.bottom > bottom)) return true;
  }
  return false;
}

/** Row `row` has text under a parent merged across several columns in [top, bottom]. */
function underWideParent(view: GridView, row: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) {
    for (let col = view.left; col <= view.right; col++) {
      const m = view.mergeAt(r, col);
      if (m && m.right > m.left && m.bottom < row && view.text(row, col) !== '' && view.mergeAt(row, col) !== m) return true;
    }
  }
  return false;
}

function score(cells: readonly HeaderCell[]): number {
  return cells.filter((c) => c.role !== null).length;
}

/**
 * Finds the header: the row (in the first HEADER_SCAN_ROWS) naming the most known columns,
 * extended to parent rows above (merged parents, 「令和6年度要求額」 over 要求/要望/計) and child
 * rows below (one column per project under 「統合プロジェクト別内訳」, unit rows), up to three
 * rows. Null when no row names at least two columns including a name or amount column.
 */
export function findHeaderBlock(view: GridView, pack: PolicyPack): HeaderBlock | null {
  let anchor = -1;
  let best = 0;
  const lastScanned = Math.min(view.bottom, view.top + HEADER_SCAN_ROWS - 1);
  for (let row = view.top; row <= lastScanned; row++) {
    const cells = headerCells(view, row, pack, false);
    const s = score(cells);
    if (s > best && s >= MIN_ANCHOR_MATCHES && cells.some((c) => c.role !== null && ANCHOR_ROLES.includes(c.role))) {
      best = s;
      anchor = row;
    }
  }
  if (anchor < 0) return null;

  let top = anchor;
  let bottom = anchor;
  const candidate = (row: number) => row >= view.top && row <= view.bottom && !isEmptyRow(view, row) && !looksLikeData(view, row);
  const hasGroup = () => {
    for (let r = top; r <= bottom; r++) if (headerCells(view, r, pack, false).some((c) => c.group)) return true;
    return false;
  };
  const joinsBelow = (row: number) => {
    if (!candidate(row)) return false;
    const cells = headerCells(view, row, pack, hasGroup());
    return (
      mergedAcross(view, row, top, bottom) ||
      underWideParent(view, row, top, bottom) ||
      score(cells) >= MIN_ANCHOR_MATCHES ||
      cells.length === 0 // only unit statements and column marks such as (a), (千円)
    );
  };
  // A title such as 「令和6年度 概算要求」 reads like a header cell: a parent row must show
  // itself as one (a 統合プロジェクト group, a merged parent, or several header cells).
  const joinsAbove = (row: number) => {
    if (!candidate(row)) return false;
    const cells = headerCells(view, row, pack, false);
    const anchorExtent = headerExtent(view, anchor, anchor);
    // Merged over some columns (a parent), not over the whole table (a title).
    const wide = (c: HeaderCell) => {
      const m = view.mergeAt(row, c.col);
      return m !== null && m.right > m.left && !(m.left <= anchorExtent.left && m.right >= anchorExtent.right);
    };
    return mergedAcross(view, row, top, bottom) || cells.some((c) => c.group || (c.role !== null && wide(c))) || score(cells) >= MIN_ANCHOR_MATCHES;
  };

  while (bottom - top + 1 < MAX_HEADER_ROWS) {
    if (joinsBelow(bottom + 1)) bottom += 1;
    else if (joinsAbove(top - 1)) top -= 1;
    else break;
  }

  return { top, bottom, ...headerExtent(view, top, bottom) };
}

/** Leftmost and rightmost columns with header text (merged parents included). */
export function headerExtent(view: GridView, top: number, bottom: number): { left: number; right: number } {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (let row = top; row <= bottom; row++) {
    for (let col = view.left; col <= view.right; col++) {
      if (view.text(row, col) === '') continue;
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
  }
  return left <= right ? { left, right } : { left: view.left, right: view.right };
}
