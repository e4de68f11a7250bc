import { listCells, rowsOfCells } from '../../src/domain/model/model-cells';
import type { ModelCell, SheetModel } from '../../src/domain/model/sheet-model';
import type { BlockId, SubmissionLayout } from '../../src/domain/submission/layout';

/** Finds things in a built SheetModel by what a reader sees: block titles and row labels. */

export function cellAt(model: SheetModel, row: number, col: number): ModelCell | undefined {
  return rowsOfCells(model.cells, row, row + 1)[0].find((c) => c.col === col && (c.value !== undefined || c.formula !== undefined));
}

function blockTitle(layout: SubmissionLayout, id: BlockId): string | null {
  switch (id) {
    case 'header':
      return null;
    case 'summary':
      return layout.summary.title;
    case 'projects':
      return layout.projects.title;
    case 'priorityAreas':
      return layout.restated.priorityTitle;
    case 'diseaseAreas':
      return layout.restated.diseaseTitle;
    case 'detail':
      return layout.detail.title;
  }
}

/** Title row of each block (the header block starts at row 0). */
export function blockTops(model: SheetModel, layout: SubmissionLayout): Map<BlockId, number> {
  const tops = new Map<BlockId, number>();
  for (const id of layout.blockOrder) {
    const title = blockTitle(layout, id);
    const row = title === null ? 0 : listCells(model.cells).find((c) => c.col === 0 && c.value === title)?.row;
    if (row !== undefined) tops.set(id, row);
  }
  return tops;
}

/** Rows [top, bottom] of each block: from its title to the row before the next block's title. */
export function blockSpans(model: SheetModel, layout: SubmissionLayout): Map<BlockId, { top: number; bottom: number }> {
  const tops = [...blockTops(model, layout).entries()].sort((a, b) => a[1] - b[1]);
  const lastRow = Math.max(...listCells(model.cells).map((c) => c.row));
  return new Map(tops.map(([id, top], i) => [id, { top, bottom: i + 1 < tops.length ? tops[i + 1][1] - 1 : lastRow }]));
}

/** The row of the first cell in `col` whose value is `label`, inside `span`. */
export function rowLabelled(model: SheetModel, span: { top: number; bottom: number }, col: number, label: string): number {
  const cell = listCells(model.cells).find((c) => c.col === col && c.value === label && c.row >= span.top && c.row <= span.bottom);
  if (!cell) throw new Error(`no row labelled ${label} in rows ${span.top}-${span.bottom}`);
  return cell.row;
}

/** Rows referenced by a formula ("$F$40:$F$95", "F12"), as [first, last] 0-based pairs. */
export function referencedRows(formula: string): [number, number][] {
  const refs: [number, number][] = [];
  const pattern = /\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?/g;
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of withoutStrings.matchAll(pattern)) {
    const first = Number(m[1]) - 1;
    refs.push([first, m[2] === undefined ? first : Number(m[2]) - 1]);
  }
  return refs;
}
