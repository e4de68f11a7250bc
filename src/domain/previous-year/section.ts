import { round } from '../classification/weights';
import type { PreviousYearMatch } from '../model/previous-year';
import type { PreviousYearSection } from '../model/report';
import type { BudgetRow, SheetTable } from '../model/table';

/** The report's list of continuing, new and discontinued 事業, from the match. */
export function previousYearSection(match: PreviousYearMatch, table: SheetTable): PreviousYearSection {
  const rows = new Map<number, BudgetRow>(table.rows.map((r) => [r.rowNumber, r]));
  const named = (rowNumber: number) => {
    const row = rows.get(rowNumber);
    return { row: rowNumber, name: typeof row?.name.value === 'string' ? row.name.value : '', cell: row?.name.cell ?? '' };
  };
  const { source } = match;
  return {
    source: {
      ...(source.file !== undefined ? { file: source.file } : {}),
      sheet: source.sheet,
      kind: source.kind,
      fiscalYear: source.fiscalYear,
      policyId: source.packId,
      sameProjects: match.sameProjects,
    },
    continuing: match.continuing.map((c) => ({ ...named(c.row), previousRow: c.previous.row, previousName: c.previous.name, by: c.by, similarity: round(c.similarity) })),
    added: match.added.map(named),
    discontinued: match.discontinued.map((p) => ({ previousRow: p.row, name: p.name, number: p.number })),
  };
}
