import { noteRows, type Block, type PlannedCell, type PlannedRow } from '../submission/block';
import { difference, ref } from '../submission/formulas';
import { detailColumn, type DetailColumnKey, type StyleName } from '../submission/layout';
import type { ConsolidatedLine, ConsolidationSheetContext } from './context';

/**
 * 事業別明細 with a 府省 column: every ministry's lines as its own submission sheet lists them,
 * ministry after ministry, numbered through. Every total above is a formula over these rows.
 */

const CENTERED: ReadonlySet<DetailColumnKey> = new Set(['no', 'source', 'counted', 'number', 'newOrContinuing']);
const AMOUNTS: ReadonlySet<DetailColumnKey> = new Set(['total', 'request', 'priorityRequest', 'previous', 'change']);

export function detailBlock(ctx: ConsolidationSheetContext): Block {
  const { layout, lines, parts } = ctx;
  const base = layout.base;
  const d = base.detail;
  const sep = base.tagSeparator;
  const col = (key: DetailColumnKey) => detailColumn(base, key);
  const knownPrevious = new Set(parts.filter((p) => p.previousKnown).map((p) => p.ministry));

  const style = (key: DetailColumnKey | 'ministry', counted: boolean): StyleName => {
    if (key !== 'ministry' && AMOUNTS.has(key)) return counted ? 'amount' : 'excludedAmount';
    if (key !== 'ministry' && CENTERED.has(key)) return counted ? 'textCenter' : 'excludedCenter';
    return counted ? 'text' : 'excludedText';
  };
  // Numbered through the whole sheet: a 事業's share lines keep one number, as on each ministry's sheet.
  const numbers = new Map<string, number>();
  const numberOf = (line: ConsolidatedLine) => {
    const key = `${line.ministry}\u0000${line.no}`;
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key) as number;
  };
  const change: PlannedCell['formula'] = (at) => difference(ref(at.row, col('total')), ref(at.row, col('previous')));
  const lineRow = (line: ConsolidatedLine): PlannedRow => {
    const previousKnown = knownPrevious.has(line.ministry);
    const values: Record<DetailColumnKey, string | number | null> = {
      no: numberOf(line),
      name: line.name,
      source: line.source,
      category: line.category,
      project: line.project,
      total: line.total,
      request: line.request,
      priorityRequest: line.priorityRequest,
      previous: line.previous,
      change: previousKnown ? line.total - (line.previous ?? 0) : base.unknownAmount,
      counted: line.ledger,
      note: line.marks.map((m) => d.marks[m]).join(sep) || null,
      priorityAreas: line.priorityAreas.join(sep) || null,
      diseaseAreas: line.diseaseAreas.join(sep) || null,
      purposes: line.purposes.join(sep) || null,
      basis: line.basis,
      candidates: line.candidates.join(sep) || null,
      number: line.number,
      department: line.department,
      newOrContinuing: line.newOrContinuing,
    };
    return [
      { col: layout.ministryCol, value: line.ministry, style: style('ministry', line.counted) },
      ...d.columns.map(({ key, col: c }): PlannedCell =>
        key === 'change' && previousKnown ? { col: c, value: values[key], style: style(key, line.counted), formula: change } : { col: c, value: values[key], style: style(key, line.counted) },
      ),
    ];
  };
  const empty: PlannedRow = [{ col: layout.ministryCol, value: null, style: 'text' }, ...d.columns.map(({ key, col: c }) => ({ col: c, value: null, style: style(key, true) }))];
  const dataRows: PlannedRow[] = lines.length > 0 ? lines.map(lineRow) : [empty];
  const header: PlannedRow = [
    { col: layout.ministryCol, value: layout.ministryHeader, style: 'columnHeader' },
    ...d.columns.map((c): PlannedCell => ({ col: c.col, value: c.header, style: 'columnHeader' })),
  ];
  const first = 2;
  return {
    id: 'detail',
    rows: [[{ col: 0, value: d.title, style: 'blockTitle' }], header, ...dataRows, ...noteRows([layout.detailNote, ...d.notes])],
    dataRows: { first, last: first + dataRows.length - 1 },
  };
}
