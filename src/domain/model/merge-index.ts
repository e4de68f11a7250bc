import type { CellRange } from './grid';

/**
 * Which merged area covers a cell, by range arithmetic: no merge is ever expanded cell by
 * cell, so one merge over a whole sheet costs what a merge over two cells does.
 *
 * - Rows and columns that some merge touches are marked with difference arrays (one pass over
 *   the merges, one over the bounds), so the common question — a cell no merge touches — is
 *   two array reads.
 * - Otherwise a segment tree over the rows holds each merge in at most 2·log₂(rows) nodes,
 *   each node's merges sorted by left column: a lookup walks one leaf-to-root path with a
 *   binary search per node. Building is O(n log n) for n merges, whatever their size.
 *
 * Merged areas in a valid workbook never overlap; where a damaged one has overlapping areas,
 * a cell resolves to one of them, deterministically.
 */
export interface MergeIndex {
  readonly size: number;
  /** The merged area covering (row, col), or null. */
  at(row: number, col: number): CellRange | null;
}

const NONE: MergeIndex = { size: 0, at: () => null };

/**
 * An index over `areas` within `bounds` (sheet coordinates, inclusive). Areas are kept as the
 * same objects (at() returns them), and must already lie within the bounds.
 */
export function mergeIndex(areas: readonly CellRange[], bounds: CellRange): MergeIndex {
  if (areas.length === 0) return NONE;
  const height = bounds.bottom - bounds.top + 1;
  const width = bounds.right - bounds.left + 1;
  const rowMarks = new Int32Array(height + 1);
  const colMarks = new Int32Array(width + 1);
  for (const m of areas) {
    rowMarks[m.top - bounds.top]++;
    rowMarks[m.bottom - bounds.top + 1]--;
    colMarks[m.left - bounds.left]++;
    colMarks[m.right - bounds.left + 1]--;
  }
  const rowTouched = new Uint8Array(height);
  for (let r = 0, run = 0; r < height; r++) rowTouched[r] = (run += rowMarks[r]) > 0 ? 1 : 0;
  const colTouched = new Uint8Array(width);
  for (let c = 0, run = 0; c < width; c++) colTouched[c] = (run += colMarks[c]) > 0 ? 1 : 0;

  let leaves = 1;
  while (leaves < height) leaves *= 2;
  const nodes = new Map<number, CellRange[]>();
  const add = (node: number, m: CellRange) => {
    const list = nodes.get(node);
    if (list) list.push(m);
    else nodes.set(node, [m]);
  };
  for (const m of areas) {
    let lo = m.top - bounds.top + leaves;
    let hi = m.bottom - bounds.top + leaves + 1;
    while (lo < hi) {
      if (lo & 1) add(lo++, m);
      if (hi & 1) add(--hi, m);
      lo >>= 1;
      hi >>= 1;
    }
  }
  for (const list of nodes.values()) list.sort((a, b) => a.left - b.left);

  return {
    size: areas.length,
    at(row, col) {
      const r = row - bounds.top;
      const c = col - bounds.left;
      if (r < 0 || r >= height || c < 0 || c >= width || rowTouched[r] === 0 || colTouched[c] === 0) return null;
      for (let node = r + leaves; node >= 1; node >>= 1) {
        const list = nodes.get(node);
        if (!list) continue;
        // The last merge starting at or left of col; areas in one node share rows, so do not overlap in columns.
        let lo = 0;
        let hi = list.length - 1;
        let found = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid].left <= col) {
            found = mid;
            lo = mid + 1;
          } else hi = mid - 1;
        }
        if (found >= 0 && list[found].right >= col) return list[found];
      }
      return null;
    },
  };
}
