import type { SheetGrid } from '../../domain/model/grid';
import type { CheckReport } from '../../domain/model/report';
import { columnCount, rowCount as rowsWithCells, rowsOfCells } from '../../domain/model/model-cells';
import type { ModelCell, SheetModel } from '../../domain/model/sheet-model';
import { highConfidenceRows } from '../acceptance';
import { SHEET_HEAD_ROWS, type ModelHead, type ReportHead, type SheetHandle } from './handles';

/**
 * What the page gets of the engine's objects (handles.ts), made where they are: in the worker,
 * from the whole grid, report or model, in one pass each.
 */

export function sheetHandle(grid: SheetGrid, ref: number): SheetHandle {
  let width = 0;
  for (const row of grid.values) if (row.length > width) width = row.length;
  const end = grid.originRow + SHEET_HEAD_ROWS;
  const head: SheetGrid = {
    sheetName: grid.sheetName,
    originRow: grid.originRow,
    originCol: grid.originCol,
    values: grid.values.slice(0, SHEET_HEAD_ROWS),
    ...(grid.formulas ? { formulas: grid.formulas.slice(0, SHEET_HEAD_ROWS) } : {}),
    ...(grid.numberFormats ? { numberFormats: grid.numberFormats.slice(0, SHEET_HEAD_ROWS) } : {}),
    ...(grid.merges ? { merges: grid.merges.filter((m) => m.top < end) } : {}),
    ...(grid.hiddenColumns ? { hiddenColumns: grid.hiddenColumns } : {}),
    ...(grid.hiddenRows ? { hiddenRows: grid.hiddenRows.filter((r) => r < end) } : {}),
  };
  return {
    ref,
    sheetName: grid.sheetName,
    originRow: grid.originRow,
    originCol: grid.originCol,
    rowCount: grid.values.length,
    width,
    head,
  };
}

export function reportHead(report: CheckReport, ref: number): ReportHead {
  const { rows, findings, ...rest } = report;
  return { ...rest, ref, rowCount: rows.length, findingCount: findings.length, highConfidence: highConfidenceRows(report).length };
}

export function modelHead(model: SheetModel, ref: number): ModelHead {
  let rowCount = rowsWithCells(model.cells);
  let colCount = Math.max(model.columnWidths.length, columnCount(model.cells));
  const tops = new Map<number, Set<number>>();
  for (const m of model.merges) {
    if (m.bottom >= rowCount) rowCount = m.bottom + 1;
    if (m.right >= colCount) colCount = m.right + 1;
    const lefts = tops.get(m.top) ?? new Set<number>();
    tops.set(m.top, lefts.add(m.left));
  }
  const anchors: ModelCell[] = [];
  for (const [top, lefts] of [...tops].sort(([a], [b]) => a - b)) {
    for (const cell of rowsOfCells(model.cells, top, top + 1)[0]) if (lefts.has(cell.col)) anchors.push(cell);
  }
  return { ref, name: model.name, styles: model.styles, merges: model.merges, columnWidths: model.columnWidths, marker: model.marker, rowCount, colCount, anchors };
}
