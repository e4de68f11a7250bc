import { CANONICAL_UNIT, type Unit } from '../model/amount';
import type { FindingDraft } from '../model/finding';
import { a1, columnIndex, columnLetter, type SheetGrid } from '../model/grid';
import { AMOUNT_ROLES, type ColumnAssignment, type ColumnMapping, type SheetTable } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { findHeaderBlock, HEADER_SCAN_ROWS, headerExtent, type HeaderBlock } from './detect-header';
import { extractRows } from './extract-rows';
import { gridView, valueText, type GridView } from './grid-view';
import { columnHeaders, mapColumns } from './map-columns';
import { REQUIRED_HEADER_EXAMPLES } from './synonyms';
import { resolveUnits } from './table-unit';
import { detectUnit } from './unit';
import { unmappedAmountColumns } from './unmapped-columns';
import { yearAgreement } from './year-agreement';
import { appendAll, maxOf, minOf } from '../arrays';

export interface ReadTableOptions {
  /** A confirmed mapping: replaces header detection and column mapping entirely. */
  readonly mapping?: ColumnMapping;
  /** A confirmed unit for every amount column. */
  readonly unit?: Unit;
}

/** Each non-empty row above the header as one line (cells joined by a space). */
function titleLines(view: GridView, headerTop: number): string[] {
  const lines: string[] = [];
  for (let row = view.top; row < headerTop && row <= view.bottom; row++) {
    const parts: string[] = [];
    for (let col = view.left; col <= view.right; col++) {
      const text = valueText(view.value(row, col)).replace(/\s+/g, ' ');
      if (text !== '') parts.push(text);
    }
    if (parts.length > 0) lines.push(parts.join(' '));
  }
  return lines;
}

/** The user's header rows, widened to every mapped column that lies in the grid. */
function userBlock(view: GridView, mapping: ColumnMapping): HeaderBlock {
  const extent = headerExtent(view, mapping.headerTop, mapping.headerBottom);
  const cols = mapping.columns.map((c) => c.col).filter((c) => c >= view.left && c <= view.right);
  return {
    top: mapping.headerTop,
    bottom: mapping.headerBottom,
    left: minOf(cols, extent.left),
    right: maxOf(cols, extent.right),
  };
}

/** What the adapter left out of the grid as lying far from the table: how many in all when not all are named, then each named cell. */
function outsideFindings(grid: SheetGrid): FindingDraft[] {
  const outside = grid.outside;
  if (!outside || outside.count === 0) return [];
  const named: FindingDraft[] = outside.examples.map((c) => ({ rule: 'cell-outside-table', cell: a1(c.row, c.col), row: c.row + 1, value: c.text, params: {} }));
  if (outside.count === named.length) return named;
  return [{ rule: 'cell-outside-table', params: { messageId: 'summary', count: outside.count, shown: named.length } }, ...named];
}

function headerNotFound(view: GridView, unit: Unit | undefined, outside: readonly FindingDraft[]): SheetTable {
  const scanned = Math.max(0, Math.min(view.bottom - view.top + 1, HEADER_SCAN_ROWS));
  return {
    sheetName: view.sheetName,
    mapping: null,
    mappingSource: 'none',
    unit: unit ?? CANONICAL_UNIT,
    unitSource: unit ? 'user' : 'assumed',
    titleLines: [],
    rows: [],
    subtotals: [],
    dataRange: null,
    findings: [
      {
        rule: 'header-not-found',
        cell: a1(view.top, view.left),
        params: {
          scannedRows: scanned,
          nameHeaders: REQUIRED_HEADER_EXAMPLES.name,
          amountHeaders: [...REQUIRED_HEADER_EXAMPLES.request, ...REQUIRED_HEADER_EXAMPLES.total],
        },
      },
      ...outside,
    ],
  };
}

function headerFindings(view: GridView, block: HeaderBlock, columns: readonly ColumnAssignment[]): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const where = { cell: a1(block.top, block.left), row: block.top + 1 };
  const has = (role: string) => columns.some((c) => c.role === role);
  if (!has('name')) {
    findings.push({ rule: 'required-column-missing', ...where, params: { role: 'name', headerRow: block.top + 1, examples: REQUIRED_HEADER_EXAMPLES.name } });
  }
  if (!has('request') && !has('total')) {
    findings.push({
      rule: 'required-column-missing',
      ...where,
      params: { role: 'request', alternatives: ['request', 'total'], headerRow: block.top + 1, examples: [...REQUIRED_HEADER_EXAMPLES.request, ...REQUIRED_HEADER_EXAMPLES.total] },
    });
  }
  for (const c of columns) {
    if (!view.isHiddenColumn(c.col)) continue;
    const source = view.source(block.bottom, c.col);
    findings.push({ rule: 'hidden-column', cell: a1(source.row, c.col), column: columnLetter(c.col), params: { role: c.role, header: c.header } });
  }
  return findings;
}

/**
 * What reading leaves out, said out loud: a chosen year the sheet disagrees with (and the
 * columns it leaves unread), then amount-like columns mapped to no role. A column another
 * finding already names (a duplicate) is not named again.
 */
function unreadColumns(
  view: GridView,
  block: HeaderBlock,
  columns: readonly ColumnAssignment[],
  rows: SheetTable['rows'],
  mappingFindings: readonly FindingDraft[],
  pack: PolicyPack,
): FindingDraft[] {
  const headers = columnHeaders(view, block);
  const dataRows = rows.map((r) => r.rowNumber - 1);
  const duplicates = new Set(mappingFindings.flatMap((f) => (f.rule === 'duplicate-column' && f.column ? [columnIndex(f.column)] : [])));
  const year = yearAgreement(view, block, headers, columns, dataRows, duplicates, pack);
  const reported = new Set([...duplicates, ...year.reportedColumns]);
  return [...year.findings, ...unmappedAmountColumns(view, block, headers, columns, dataRows, reported)];
}

/**
 * Reads a budget table from a sheet: finds the header (or takes the user's mapping), maps
 * columns to roles, settles units, and extracts data and subtotal rows with every amount in
 * integer yen. Problems become finding drafts; no grid makes it throw.
 */
export function readTable(grid: SheetGrid, pack: PolicyPack, options: ReadTableOptions = {}): SheetTable {
  const view = gridView(grid);
  const user = options.mapping;
  const block = user ? userBlock(view, user) : findHeaderBlock(view, pack);
  const outside = outsideFindings(grid);
  if (!block) return headerNotFound(view, options.unit, outside);

  const detected = user ? { columns: user.columns, tableUnit: null, findings: [] } : mapColumns(view, block, pack);
  const columns = detected.columns;
  const titles = titleLines(view, block.top);
  const titleUnit = titles.map(detectUnit).find((u) => u !== null) ?? detected.tableUnit;
  const units = resolveUnits(columns, titleUnit, user?.unit ?? options.unit ?? null);
  const extracted = extractRows(view, block, columns, units.columnUnits, pack);

  const findings: FindingDraft[] = [...headerFindings(view, block, columns), ...outside, ...detected.findings];
  if (units.source === 'assumed' && columns.some((c) => AMOUNT_ROLES.includes(c.role))) {
    findings.push({ rule: 'unit-assumed', cell: a1(block.top, block.left), row: block.top + 1, params: { assumed: units.unit } });
  }
  appendAll(findings, extracted.findings);
  appendAll(findings, unreadColumns(view, block, columns, extracted.rows, detected.findings, pack));

  return {
    sheetName: grid.sheetName,
    mapping: user ?? { headerTop: block.top, headerBottom: block.bottom, columns },
    mappingSource: user ? 'user' : 'detected',
    unit: units.unit,
    unitSource: units.source,
    titleLines: titles,
    rows: extracted.rows,
    subtotals: extracted.subtotals,
    dataRange: extracted.dataRange,
    findings,
  };
}
