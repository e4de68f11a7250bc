import { headerRow, noteRows, type Block, type LazyRows, type PlannedCell, type PlannedRow } from './block';
import type { SubmissionContext } from './context';
import type { DetailLine } from './detail-lines';
import { difference, ref } from './formulas';
import { detailColumn, type DetailColumnKey, type StyleName } from './layout';

/** 事業別明細: the lines every total formula reads, then the notes that explain them. */

const CENTERED: ReadonlySet<DetailColumnKey> = new Set(['no', 'source', 'counted', 'number', 'newOrContinuing']);
interface ScratchCell {
  readonly col: number;
  value: string | number | null;
  formula: PlannedCell['formula'];
  style: StyleName | undefined;
}

const AMOUNTS: ReadonlySet<DetailColumnKey> = new Set(['total', 'request', 'priorityRequest', 'previous', 'change']);

export function detailBlock(ctx: SubmissionContext): Block {
  const { layout, lines } = ctx;
  const d = layout.detail;
  const col = (key: DetailColumnKey) => detailColumn(layout, key);
  const sep = layout.tagSeparator;
  // Without a 前年度 column, 増減 is unknown: 「－」, not the whole amount as an increase.
  const previousKnown = ctx.report.totals.all.previous !== null;

  const value = (line: DetailLine, key: DetailColumnKey): string | number | null => {
    switch (key) {
      case 'no': return line.no;
      case 'name': return line.name;
      case 'source': return line.source;
      case 'category': return line.category;
      case 'project': return line.project;
      case 'total': return line.total;
      case 'request': return line.request;
      case 'priorityRequest': return line.priorityRequest;
      case 'previous': return line.previous;
      case 'change': return previousKnown ? line.total - (line.previous ?? 0) : layout.unknownAmount;
      case 'counted': return line.ledger;
      case 'note': return line.marks.map((m) => d.marks[m]).join(sep) || null;
      case 'priorityAreas': return line.priorityAreas.join(sep) || null;
      case 'diseaseAreas': return line.diseaseAreas.join(sep) || null;
      case 'purposes': return line.purposes.join(sep) || null;
      case 'basis': return line.basis;
      case 'candidates': return line.candidates.join(sep) || null;
      case 'number': return line.number;
      case 'department': return line.department;
      case 'newOrContinuing': return line.newOrContinuing;
    }
  };

  const style = (key: DetailColumnKey, counted: boolean): StyleName => {
    if (AMOUNTS.has(key)) return counted ? 'amount' : 'excludedAmount';
    if (CENTERED.has(key)) return counted ? 'textCenter' : 'excludedCenter';
    return counted ? 'text' : 'excludedText';
  };

  // One formula function for every line: a closure per cell would cost one object per 事業.
  const totalCol = col('total');
  const previousCol = col('previous');
  const change: PlannedCell['formula'] = (at) => difference(ref(at.row, totalCol), ref(at.row, previousCol));
  const columns = d.columns.map(({ key }) => ({ key, formula: key === 'change' && previousKnown ? change : undefined, counted: style(key, true), excluded: style(key, false) }));
  // One row of cells, refilled for each line: assemble reads a planned row before it asks for
  // the next, and hundreds of thousands of lines × 20 columns need no cell objects of their own.
  const scratch: ScratchCell[] = d.columns.map(({ col: c }) => ({ col: c, value: null, formula: undefined, style: undefined }));
  const lineRow = (line: DetailLine): PlannedRow => {
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const cell = scratch[i];
      cell.value = value(line, column.key);
      cell.formula = column.formula;
      cell.style = line.counted ? column.counted : column.excluded;
    }
    return scratch;
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
