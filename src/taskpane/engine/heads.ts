import type { SheetGrid } from '../../domain/model/grid';
import type { CheckReport } from '../../domain/model/report';
import type { SheetModel } from '../../domain/model/sheet-model';
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
  let rowCount = 0;
  let colCount = model.columnWidths.length;
  for (const cell of model.cells) {
    if (cell.row >= rowCount) rowCount = cell.row + 1;
    if (cell.col >= colCount) colCount = cell.col + 1;
  }
  const tops = new Set<string>();
  for (const m of model.merges) {
    if (m.bottom >= rowCount) rowCount = m.bottom + 1;
    if (m.right >= colCount) colCount = m.right + 1;
    tops.add(`${m.top}:${m.left}`);
  }
  const anchors = model.cells.filter((cell) => tops.has(`${cell.row}:${cell.col}`));
  return { ref, name: model.name, styles: model.styles, merges: model.merges, columnWidths: model.columnWidths, marker: model.marker, rowCount, colCount, anchors };
}
