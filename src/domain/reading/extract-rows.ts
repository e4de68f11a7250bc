import { CANONICAL_UNIT, type Unit } from '../model/amount';
import type { FindingDraft } from '../model/finding';
import { a1, columnLetter } from '../model/grid';
import { AMOUNT_ROLES, type AmountField, type BudgetRow, type ColumnAssignment, type ColumnRole, type Field, type SheetTable, type SubtotalRow } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { readAmountField, readTextField } from './cell-fields';
import type { HeaderBlock } from './detect-header';
import { valueText, type GridView } from './grid-view';
import { isNoteText, isSectionHeading, subtotalLabel, type SubtotalLabel } from './row-kind';

export interface ExtractedRows {
  readonly rows: readonly BudgetRow[];
  readonly subtotals: readonly SubtotalRow[];
  readonly dataRange: SheetTable['dataRange'];
  readonly findings: readonly FindingDraft[];
}

type TextRole = Exclude<ColumnRole, 'previous' | 'request' | 'priorityRequest' | 'total' | 'projectAmount' | 'name'>;
const TEXT_ROLES: readonly TextRole[] = ['number', 'department', 'ministry', 'category', 'projectLabel', 'diseaseArea', 'purpose', 'priorityArea', 'summary', 'status', 'remarks'];
type SingleAmountRole = 'previous' | 'request' | 'priorityRequest' | 'total';
const SINGLE_AMOUNT_ROLES: readonly SingleAmountRole[] = ['previous', 'request', 'priorityRequest', 'total'];

interface AmountCell {
  readonly assignment: ColumnAssignment;
  readonly field: AmountField;
  readonly present: boolean;
}

/** The table's columns by role; project columns in the pack's order (unknown ids last). */
function arrange(columns: readonly ColumnAssignment[], pack: PolicyPack) {
  const byRole = new Map<ColumnRole, ColumnAssignment>();
  for (const c of columns) if (c.role !== 'projectAmount' && !byRole.has(c.role)) byRole.set(c.role, c);
  const order = new Map(pack.projects.map((p) => [p.id, p.order]));
  const projects = columns
    .filter((c) => c.role === 'projectAmount' && c.projectId)
    .filter((c, i, all) => all.findIndex((o) => o.projectId === c.projectId) === i)
    .sort((a, b) => (order.get(a.projectId ?? '') ?? Infinity) - (order.get(b.projectId ?? '') ?? Infinity) || a.col - b.col);
  const amounts = columns.filter((c) => AMOUNT_ROLES.includes(c.role) && (c.role === 'projectAmount' ? projects.includes(c) : byRole.get(c.role) === c));
  return { byRole, projects, amounts };
}

function rowIsBlank(view: GridView, row: number, block: HeaderBlock): boolean {
  for (let col = block.left; col <= block.right; col++) if (valueText(view.value(row, col)) !== '') return false;
  return true;
}

/** Non-empty cells of the row within the table, left to right (their own values, not merged ones). */
function filledCells(view: GridView, row: number, block: HeaderBlock): { col: number; text: string }[] {
  const cells: { col: number; text: string }[] = [];
  for (let col = block.left; col <= block.right; col++) {
    const value = view.value(row, col);
    if (typeof value === 'string' && value.trim() !== '') cells.push({ col, text: value });
    else if (value !== null && typeof value !== 'string') cells.push({ col, text: valueText(value) });
  }
  return cells;
}

/**
 * Reads the rows below the header: data rows into BudgetRows, 小計/合計 rows into
 * SubtotalRows with the data rows they cover; blank rows, notes and lone section headings
 * are skipped.
 */
export function extractRows(view: GridView, block: HeaderBlock, columns: readonly ColumnAssignment[], columnUnits: ReadonlyMap<number, Unit>, pack: PolicyPack): ExtractedRows {
  const { byRole, projects, amounts } = arrange(columns, pack);
  const nameColumn = byRole.get('name');
  const rows: BudgetRow[] = [];
  const subtotals: { row: SubtotalRow; label: SubtotalLabel; dataRowsBefore: number }[] = [];
  const findings: FindingDraft[] = [];
  let first = -1;
  let last = -1;

  for (let row = block.bottom + 1; row <= view.bottom; row++) {
    if (rowIsBlank(view, row, block)) continue;
    const cells = filledCells(view, row, block);
    const rowFindings: FindingDraft[] = [];
    const name = nameColumn ? readTextField(view, row, nameColumn, rowFindings) : { value: '', cell: a1(row, block.left), raw: null };
    const firstCell = cells[0];
    if (firstCell && isNoteText(firstCell.text) && (name.value === '' || firstCell.col === nameColumn?.col)) continue;

    const text: Partial<Record<TextRole, Field<string>>> = {};
    for (const role of TEXT_ROLES) {
      const assignment = byRole.get(role);
      if (assignment) text[role] = readTextField(view, row, assignment, rowFindings);
    }
    const amountCells: AmountCell[] = amounts.map((assignment) => ({ assignment, ...readAmountField(view, row, assignment, columnUnits.get(assignment.col) ?? CANONICAL_UNIT, rowFindings) }));
    const hasAmounts = amountCells.some((a) => a.present);
    if (!hasAmounts && cells.length === 1 && firstCell && isSectionHeading(firstCell.text)) continue;

    const labelled = subtotalLabelOf(row, name, text.number, cells, view);
    if (labelled) {
      subtotals.push({
        row: {
          rowNumber: row + 1,
          label: labelled.field,
          kind: labelled.label.kind,
          amounts: amountCells.map((a) => ({ role: a.assignment.role, ...(a.assignment.projectId ? { projectId: a.assignment.projectId } : {}), amount: a.field })),
          covers: [],
        },
        label: labelled.label,
        dataRowsBefore: rows.length,
      });
    } else if (name.value !== '' || hasAmounts) {
      if (name.value === '' && nameColumn && valueText(name.raw) === '') {
        rowFindings.push({ rule: 'name-missing', cell: name.cell, row: row + 1, column: columnLetter(nameColumn.col), params: {} });
      }
      if (view.isHiddenRow(row)) rowFindings.push({ rule: 'hidden-row', cell: name.cell, row: row + 1, params: { name: name.value } });
      rows.push(budgetRow(row, name, text, amountCells, projects));
    } else {
      continue;
    }
    findings.push(...rowFindings);
    if (first < 0) first = row;
    last = row;
  }

  return {
    rows,
    subtotals: withCovers(subtotals, rows),
    dataRange: first < 0 ? null : { top: first, bottom: last, left: block.left, right: block.right },
    findings,
  };
}

function budgetRow(
  row: number,
  name: Field<string>,
  text: Partial<Record<TextRole, Field<string>>>,
  amountCells: readonly AmountCell[],
  projects: readonly ColumnAssignment[],
): BudgetRow {
  const amount: Partial<Record<SingleAmountRole, AmountField>> = {};
  for (const role of SINGLE_AMOUNT_ROLES) {
    const cell = amountCells.find((a) => a.assignment.role === role);
    if (cell) amount[role] = cell.field;
  }
  return {
    rowNumber: row + 1,
    name,
    ...text,
    ...amount,
    projectAmounts: projects.flatMap((p) => {
      const cell = amountCells.find((a) => a.assignment === p);
      return cell && p.projectId ? [{ projectId: p.projectId, amount: cell.field }] : [];
    }),
  };
}

/**
 * The row's 小計/合計 label: in the number or name column, or, when the row has no name,
 * in any of its cells (「（小計）」 written in the 担当課 column, 「合計」 merged over A:C).
 */
function subtotalLabelOf(
  row: number,
  name: Field<string>,
  number: Field<string> | undefined,
  cells: readonly { col: number; text: string }[],
  view: GridView,
): { field: Field<string>; label: SubtotalLabel } | null {
  const candidates: Field<string>[] = [number, name].filter((f): f is Field<string> => f !== undefined && f.value !== '');
  if (name.value === '') for (const c of cells) candidates.push({ value: c.text.trim(), cell: a1(row, c.col), raw: view.value(row, c.col) });
  for (const field of candidates) {
    const label = subtotalLabel(field.value);
    if (label) return { field, label };
  }
  return null;
}

/**
 * A subtotal covers the data rows since the previous subtotal of its level or higher
 * (小計 inside 計); a grand total covers every data row of the table, wherever it stands.
 */
function withCovers(found: readonly { row: SubtotalRow; label: SubtotalLabel; dataRowsBefore: number }[], rows: readonly BudgetRow[]): SubtotalRow[] {
  const all = rows.map((r) => r.rowNumber);
  return found.map((s, i) => {
    if (s.label.kind === 'grandTotal') return { ...s.row, covers: all };
    let start = 0;
    for (let j = i - 1; j >= 0; j--) {
      const before = found[j];
      if (before.label.kind === 'grandTotal' || before.label.level >= s.label.level) {
        start = before.dataRowsBefore;
        break;
      }
    }
    return { ...s.row, covers: all.slice(start, s.dataRowsBefore) };
  });
}
