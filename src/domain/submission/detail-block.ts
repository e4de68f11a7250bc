import { headerRow, noteRows, type Block, type LazyRows, type PlannedCell, type PlannedRow } from './block';
import type { SubmissionContext } from './context';
import type { DetailLine } from './detail-lines';
import { difference, ref } from './formulas';
import { detailColumn, type DetailColumnKey, type StyleName } from './layout';

/** 事業別明細: the lines every total formula reads, then the notes that explain them. */

const CENTERED: ReadonlySet<DetailColumnKey> = new Set(['no', 'source', 'counted', 'number', 'newOrContinuing']);
const AMOUNTS: ReadonlySet<DetailColumnKey> = new Set(['total', 'request', 'priorityRequest', 'previous', 'change']);

export function detailBlock(ctx: SubmissionContext): Block {
  const { layout, lines } = ctx;
  const d = layout.detail;
  const col = (key: DetailColumnKey) => detailColumn(layout, key);
  const sep = layout.tagSeparator;
  // Without a 前年度 column, 増減 is unknown: 「－」, not the whole amount as an increase.
  const previousKnown = ctx.report.totals.all.previous !== null;

  const values = (line: DetailLine): Record<DetailColumnKey, string | number | null> => ({
    no: line.no,
    name: line.name,
    source: line.source,
    category: line.category,
    project: line.project,
    total: line.total,
    request: line.request,
    priorityRequest: line.priorityRequest,
    previous: line.previous,
    change: previousKnown ? line.total - (line.previous ?? 0) : layout.unknownAmount,
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
  });

  const style = (key: DetailColumnKey, counted: boolean): StyleName => {
    if (AMOUNTS.has(key)) return counted ? 'amount' : 'excludedAmount';
    if (CENTERED.has(key)) return counted ? 'textCenter' : 'excludedCenter';
    return counted ? 'text' : 'excludedText';
  };

  // One formula function for every line: a closure per cell would cost one object per 事業.
  const totalCol = col('total');
  const previousCol = col('previous');
  const change: PlannedCell['formula'] = (at) => difference(ref(at.row, totalCol), ref(at.row, previousCol));
  const lineRow = (line: DetailLine): PlannedRow => {
    const v = values(line);
    return d.columns.map(({ key, col: c }): PlannedCell => (key === 'change' && previousKnown ? { col: c, value: v[key], style: style(key, line.counted), formula: change } : { col: c, value: v[key], style: style(key, line.counted) }));
  };

  // With no 事業, one empty line keeps the totals' ranges valid (they sum to 0).
  const emptyLine: PlannedRow = d.columns.map(({ key, col: c }) => ({ col: c, value: null, style: style(key, true) }));
  const lineCount = Math.max(1, lines.length);
  const above: PlannedRow[] = [[{ col: 0, value: d.title, style: 'blockTitle' }], headerRow(null, d.columns, 'columnHeader')];
  const below = noteRows(d.notes);
  const first = above.length;
  // A line's row is planned when assemble reaches it, so that it is garbage as soon as its cells are made.
  const rows: LazyRows = {
    length: first + lineCount + below.length,
    row: (r) => (r < first ? above[r] : r < first + lineCount ? (lines.length > 0 ? lineRow(lines[r - first]) : emptyLine) : below[r - first - lineCount]),
  };
  return { id: 'detail', rows, dataRows: { first, last: first + lineCount - 1 } };
}
