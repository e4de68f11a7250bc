import type { SheetGrid } from '../domain/model/grid';
import { columnLetter } from '../domain/model/grid';
import type { ColumnAssignment, ColumnMapping, ColumnRole } from '../domain/model/table';
import { headerColumns } from '../domain/reading';
import { headerKey, isProjectGroupKey, matchRole } from '../domain/reading/synonyms';
import type { PolicyPack } from '../domain/policy/schema';
import { maxOf } from '../domain/arrays';

/** One sheet column as the mapping editor lists it. */
export interface EditorColumn {
  /** Sheet column, 0-based. */
  readonly col: number;
  readonly letter: string;
  /** The header rows' text in this column, as the reader sees it (parent and child joined with " / "). */
  readonly header: string;
  readonly assignment: ColumnAssignment | undefined;
}

/** Columns that have header text or a role; blank unassigned columns are left out. */
export function editorColumns(grid: SheetGrid, mapping: ColumnMapping): EditorColumn[] {
  const width = maxOf(grid.values.map((row) => row.length), 0);
  const block = { top: mapping.headerTop, bottom: mapping.headerBottom, left: grid.originCol, right: grid.originCol + width - 1 };
  const texts = new Map(headerColumns(grid, block).map((h) => [h.col, h.texts.join(' / ')]));
  const cols = new Set([...texts.keys(), ...mapping.columns.map((c) => c.col)]);
  return [...cols]
    .sort((a, b) => a - b)
    .map((col) => ({ col, letter: columnLetter(col), header: texts.get(col) ?? '', assignment: mapping.columns.find((c) => c.col === col) }));
}

/**
 * The mapping with `col` given a new role (null: not used). A project amount column gets the
 * first project no other column has yet, so two columns never claim the same project silently.
 */
export function withColumnRole(
  mapping: ColumnMapping,
  column: EditorColumn,
  role: ColumnRole | null,
  projectIds: readonly string[],
): ColumnMapping {
  const others = mapping.columns.filter((c) => c.col !== column.col);
  if (role === null) return { ...mapping, columns: others };
  let projectId: string | undefined;
  if (role === 'projectAmount' || role === 'projectPrevious') {
    const taken = new Set(others.filter((c) => c.role === role).map((c) => c.projectId));
    projectId = column.assignment?.projectId ?? projectIds.find((id) => !taken.has(id)) ?? projectIds[0];
  }
  const assignment: ColumnAssignment = {
    col: column.col,
    role,
    header: column.header,
    ...(projectId !== undefined ? { projectId } : {}),
    ...(column.assignment?.unit !== undefined ? { unit: column.assignment.unit } : {}),
  };
  return { ...mapping, columns: [...others, assignment].sort((a, b) => a.col - b.col) };
}

export function withColumnProject(mapping: ColumnMapping, col: number, projectId: string): ColumnMapping {
  return { ...mapping, columns: mapping.columns.map((c) => (c.col === col ? { ...c, projectId } : c)) };
}

const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set(['request', 'priorityRequest', 'total']);

/**
 * What the chosen header rows lack: a 事業名 header, an amount header (要求額, 計 …). A mapping
 * whose header rows hold neither (rows 1–1 on a sheet whose row 1 is its title) reads every
 * header and title row as a 事業 and fills the results with errors; the editor says so before
 * the check, and such a mapping is not saved into the workbook. Empty when both are there.
 */
export function missingHeaders(grid: SheetGrid, mapping: ColumnMapping, pack: PolicyPack): ('name' | 'amount')[] {
  const keys = editorColumns(grid, mapping).flatMap((c) => c.header.split(' / ').map(headerKey));
  const roles = new Set(keys.map((k) => matchRole(k, pack)));
  const missing: ('name' | 'amount')[] = [];
  if (!roles.has('name')) missing.push('name');
  if (![...roles].some((r) => r !== null && AMOUNT_ROLES.has(r)) && !keys.some(isProjectGroupKey)) missing.push('amount');
  return missing;
}

/** The header's first or last row set from a 1-based row number as users see it; the other end follows so top ≤ bottom. */
export function withHeaderRow(mapping: ColumnMapping, end: 'top' | 'bottom', rowNumber: number): ColumnMapping {
  const row = Math.max(0, Math.trunc(rowNumber) - 1);
  return end === 'top'
    ? { ...mapping, headerTop: row, headerBottom: Math.max(row, mapping.headerBottom) }
    : { ...mapping, headerTop: Math.min(row, mapping.headerTop), headerBottom: row };
}
