import { CANONICAL_UNIT, type Unit } from '../model/amount';
import type { FindingDraft } from '../model/finding';
import { a1, columnLetter, isCellError } from '../model/grid';
import { AMOUNT_ROLES, type AmountField, type BudgetRow, type ColumnAssignment, type ColumnRole, type Field, type SheetTable, type SubtotalRow } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { readAmountField, readTextField } from './cell-fields';
import type { HeaderBlock } from './detect-header';
import { GridField } from './grid-field';
import { valueText, type GridView } from './grid-view';
import { isNoteText, isSectionHeading, subtotalLabel, type SubtotalLabel } from './row-kind';
import { SINGLE_AMOUNT_ROLES, TableColumns, TEXT_ROLES, type RowLayout, type TextRole } from './table-rows';

export interface ExtractedRows {
  readonly rows: readonly BudgetRow[];
  readonly subtotals: readonly SubtotalRow[];
  readonly dataRange: SheetTable['dataRange'];
  readonly findings: readonly FindingDraft[];
}

const PER_PROJECT: readonly ColumnRole[] = ['projectAmount', 'projectPrevious'];

/** The table's columns by role; project columns of each kind in the pack's order (unknown ids last). */
function arrange(columns: readonly ColumnAssignment[], pack: PolicyPack) {
  const byRole = new Map<ColumnRole, ColumnAssignment>();
  for (const c of columns) if (!PER_PROJECT.includes(c.role) && !byRole.has(c.role)) byRole.set(c.role, c);
  const order = new Map(pack.projects.map((p) => [p.id, p.order]));
  const perProject = (role: ColumnRole) =>
    columns
      .filter((c) => c.role === role && c.projectId)
      .filter((c, i, all) => all.findIndex((o) => o.projectId === c.projectId) === i)
      .sort((a, b) => (order.get(a.projectId ?? '') ?? Infinity) - (order.get(b.projectId ?? '') ?? Infinity) || a.col - b.col);
  const projects = perProject('projectAmount');
  const previousByProject = perProject('projectPrevious');
  const amounts = columns.filter(
    (c) => AMOUNT_ROLES.includes(c.role) && (c.role === 'projectAmount' ? projects.includes(c) : c.role === 'projectPrevious' ? previousByProject.includes(c) : byRole.get(c.role) === c),
  );
  return { byRole, projects, previousByProject, amounts };
}

interface FilledCell {
  readonly col: number;
  readonly text: string;
}

/** What one pass over a row tells: blank or not, its first filled cell, how many are filled. */
interface RowScan {
  readonly blank: boolean;
  readonly first: FilledCell | undefined;
  readonly filled: number;
}

/**
 * Blank means no cell shows anything (a row of error values only is blank too); filled cells
 * are those with their own value, errors included, as filledCells lists them.
 */
function scanRow(view: GridView, row: number, block: HeaderBlock): RowScan {
  let blank = true;
  let first: FilledCell | undefined;
  let filled = 0;
  for (let col = block.left; col <= block.right; col++) {
    const value = view.value(row, col);
    if (value === null) continue;
    if (typeof value === 'string') {
      if (value.trim() === '') continue;
      blank = false;
      first ??= { col, text: value };
    } else if (first === undefined) {
      const text = valueText(value);
      if (text !== '') blank = false;
      first = { col, text };
    } else if (!isCellError(value)) {
      // A number or TRUE/FALSE always shows something: no need to spell it out (only the first cell's text is kept).
      blank = false;
    }
    filled++;
  }
  return { blank, first, filled };
}

/** Non-empty cells of the row within the table, left to right (their own values, not merged ones). */
function filledCells(view: GridView, row: number, block: HeaderBlock): FilledCell[] {
  const cells: FilledCell[] = [];
  for (let col = block.left; col <= block.right; col++) {
    const value = view.value(row, col);
    if (typeof value === 'string' && value.trim() !== '') cells.push({ col, text: value });
    else if (value !== null && typeof value !== 'string') cells.push({ col, text: valueText(value) });
  }
  return cells;
}

/**
 * Reads the rows below the header: data rows into the table's columns (each BudgetRow a view of
 * its row there), 小計/合計 rows into SubtotalRows with the data rows they cover; blank rows,
 * notes and lone section headings are skipped.
 */
export function extractRows(view: GridView, block: HeaderBlock, columns: readonly ColumnAssignment[], columnUnits: ReadonlyMap<number, Unit>, pack: PolicyPack): ExtractedRows {
  const { byRole, projects, previousByProject, amounts } = arrange(columns, pack);
  const nameColumn = byRole.get('name');
  // Worked out once, not per row: which text columns exist, each amount column's unit, and where each BudgetRow amount comes from.
  const textColumns = TEXT_ROLES.flatMap((role) => {
    const assignment = byRole.get(role);
    return assignment ? [{ role, assignment }] : [];
  });
  const numberIndex = textColumns.findIndex((c) => c.role === 'number');
  const amountUnits = amounts.map((assignment) => columnUnits.get(assignment.col) ?? CANONICAL_UNIT);
  const table = new TableColumns(view.grid, rowLayout(block, nameColumn, textColumns, amounts, projects, previousByProject), Math.max(0, view.bottom - block.bottom));
  const rows: BudgetRow[] = [];
  const subtotals: { row: SubtotalRow; label: SubtotalLabel; dataRowsBefore: number }[] = [];
  const findings: FindingDraft[] = [];
  let first = -1;
  let last = -1;

  for (let row = block.bottom + 1; row <= view.bottom; row++) {
    const scan = scanRow(view, row, block);
    if (scan.blank) continue;
    const rowFindings: FindingDraft[] = [];
    const named = nameColumn ? readTextField(view, row, nameColumn, rowFindings) : null;
    const name: Field<string> = named ?? { value: '', cell: a1(row, block.left), raw: null };
    const firstCell = scan.first;
    if (firstCell && isNoteText(firstCell.text) && (name.value === '' || firstCell.col === nameColumn?.col)) continue;

    const text = textColumns.map(({ assignment }) => readTextField(view, row, assignment, rowFindings));
    const amountFields: AmountField[] = [];
    let hasAmounts = false;
    amounts.forEach((assignment, i) => {
      const read = readAmountField(view, row, assignment, amountUnits[i], rowFindings);
      amountFields.push(read.field);
      if (read.present) hasAmounts = true;
    });
    if (!hasAmounts && scan.filled === 1 && firstCell && isSectionHeading(firstCell.text)) continue;

    const labelled = subtotalLabelOf(row, name, numberIndex >= 0 ? text[numberIndex] : undefined, () => filledCells(view, row, block), view);
    if (labelled) {
      subtotals.push({
        row: {
          rowNumber: row + 1,
          label: labelled.field,
          kind: labelled.label.kind,
          amounts: amounts.map((a, i) => ({ role: a.role, ...(a.projectId ? { projectId: a.projectId } : {}), amount: amountFields[i] })),
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
      rows.push(table.add(row, named, text, amountFields));
    } else {
      continue;
    }
    for (const finding of rowFindings) findings.push(finding);
    if (first < 0) first = row;
    last = row;
  }
  table.finish();

  return {
    rows,
    subtotals: withCovers(subtotals, rows),
    dataRange: first < 0 ? null : { top: first, bottom: last, left: block.left, right: block.right },
    findings,
  };
}

/** Where the table's columns are, and which amount column (by index among `amounts`) each amount of a BudgetRow comes from. */
function rowLayout(
  block: HeaderBlock,
  nameColumn: ColumnAssignment | undefined,
  textColumns: readonly { readonly role: TextRole; readonly assignment: ColumnAssignment }[],
  amounts: readonly ColumnAssignment[],
  projects: readonly ColumnAssignment[],
  previousByProject: readonly ColumnAssignment[],
): RowLayout {
  const indexed = (columns: readonly ColumnAssignment[]) =>
    columns.flatMap((p) => {
      const index = amounts.indexOf(p);
      return index >= 0 && p.projectId ? [{ projectId: p.projectId, index }] : [];
    });
  return {
    name: nameColumn ? nameColumn.col : null,
    left: block.left,
    text: textColumns.map(({ role, assignment }) => ({ role, col: assignment.col })),
    amounts: amounts.map((a) => a.col),
    single: SINGLE_AMOUNT_ROLES.flatMap((role) => {
      const index = amounts.findIndex((a) => a.role === role);
      return index >= 0 ? [{ role, index }] : [];
    }),
    projects: indexed(projects),
    previousByProject: indexed(previousByProject),
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
  cells: () => readonly FilledCell[],
  view: GridView,
): { field: Field<string>; label: SubtotalLabel } | null {
  // The number and name cells first; the other cells only when the row has no name.
  const numberLabel = number !== undefined && number.value !== '' ? subtotalLabel(number.value) : null;
  if (numberLabel && number) return { field: number, label: numberLabel };
  if (name.value !== '') {
    const label = subtotalLabel(name.value);
    return label ? { field: name, label } : null;
  }
  for (const c of cells()) {
    const label = subtotalLabel(c.text.trim());
    if (label) return { field: new GridField(c.text.trim(), view.grid, row, c.col), label };
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
