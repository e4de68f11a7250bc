import type { SheetGrid } from '../model/grid';
import type { PolicyPack } from '../policy/schema';
import { matchKey } from '../text/normalize';

/**
 * Which ministry a request sheet comes from, in the order the Cabinet Office would trust the
 * evidence: a 府省 column on the sheet (written by the ministry, one value per row), then the
 * sheet's title (「令和6年度 概算要求 …（厚生労働省）」), then the file name (「r6-mhlw.xlsx」,
 * 「厚労省_要求.xlsx」). An explicit choice (--ministry, the pane's field) overrides all three and
 * is applied by the caller; when none of them names exactly one ministry the answer is null,
 * and the caller reports it rather than printing a silent 「不明」.
 */

export type Ministry = PolicyPack['vocabularies']['ministries'][number];

export interface MinistryEvidence {
  readonly ministry: Ministry;
  readonly from: 'column' | 'title' | 'file';
  /** What was read: the column's cell (A1 text) and value, the title line or the file name. */
  readonly text: string;
}

/** Header texts of a 府省 column. */
const COLUMN_HEADERS = new Set(['府省', '府省名', '府省庁', '府省庁名', '省庁', '省庁名', '所管', '所管府省', '要求府省'].map(matchKey));
/** Rows searched for that header: titles and headers sit at the top of the sheet. */
const HEADER_SEARCH_ROWS = 12;

/** A cell that is exactly one ministry: its name, short name (文/厚/経), id or an alias. */
function exactMinistry(value: string, ministries: readonly Ministry[]): Ministry | null {
  const key = matchKey(value);
  if (key === '') return null;
  return ministries.find((m) => [m.id, m.name, m.shortName, ...m.aliases].some((word) => matchKey(word) === key)) ?? null;
}

/**
 * The single ministry a free text names (name or alias, not the one-letter short names, which
 * occur in ordinary words). Two different ministries named: ambiguous, so null.
 */
function namedIn(text: string, ministries: readonly Ministry[]): Ministry | null {
  const key = matchKey(text);
  const found = ministries.filter((m) => [m.name, ...m.aliases].some((word) => key.includes(matchKey(word))));
  return found.length === 1 ? found[0] : null;
}

/** A file name names a ministry by its name, an alias, or its id as a separate word (r6-mhlw.xlsx). */
function namedInFile(fileName: string, ministries: readonly Ministry[]): Ministry | null {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const byName = namedIn(base, ministries);
  if (byName) return byName;
  const words = new Set(base.toLowerCase().split(/[^a-z0-9]+/));
  const byId = ministries.filter((m) => words.has(m.id.toLowerCase()));
  return byId.length === 1 ? byId[0] : null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return null;
}

/** The 府省 column's values: the first ministry written under a 府省 header, if every such cell agrees. */
function fromColumn(grid: SheetGrid, ministries: readonly Ministry[]): MinistryEvidence | null {
  const rows = grid.values;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const header = text(row[c]);
      if (header === null || !COLUMN_HEADERS.has(matchKey(header))) continue;
      const named = new Map<string, { ministry: Ministry; text: string }>();
      for (let below = r + 1; below < rows.length; below++) {
        const value = text(rows[below]?.[c]);
        if (value === null) continue;
        const ministry = exactMinistry(value, ministries);
        if (ministry && !named.has(ministry.id)) named.set(ministry.id, { ministry, text: value });
      }
      // A column that lists several ministries is a consolidated table, not one ministry's sheet.
      if (named.size === 1) {
        const [only] = named.values();
        return { ministry: only.ministry, from: 'column', text: only.text };
      }
    }
  }
  return null;
}

/**
 * The text of the rows above the table: rows at the top with at most two filled cells (a title,
 * a 「（単位：千円）」), up to the first row that looks like a header. Computed here rather than
 * by reading the table again, which costs a full pass over a large sheet.
 */
export function leadingTitleLines(grid: SheetGrid): string[] {
  const lines: string[] = [];
  for (const row of grid.values.slice(0, HEADER_SEARCH_ROWS)) {
    const filled = row.filter((v) => v !== null && v !== '');
    if (filled.length > 2) break;
    for (const value of filled) if (typeof value === 'string') lines.push(value);
  }
  return lines;
}

export interface MinistrySources {
  readonly grid: SheetGrid;
  readonly fileName?: string;
}

export function detectMinistry(sources: MinistrySources, pack: PolicyPack): MinistryEvidence | null {
  const ministries = pack.vocabularies.ministries;
  const column = fromColumn(sources.grid, ministries);
  if (column) return column;
  for (const line of leadingTitleLines(sources.grid)) {
    const ministry = namedIn(line, ministries);
    if (ministry) return { ministry, from: 'title', text: line };
  }
  if (sources.fileName !== undefined) {
    const ministry = namedInFile(sources.fileName, ministries);
    if (ministry) return { ministry, from: 'file', text: sources.fileName };
  }
  return null;
}

/** A ministry the user typed (--ministry, the pane's field): name, short name, id or alias. */
export function ministryByName(given: string, pack: PolicyPack): Ministry | null {
  return exactMinistry(given, pack.vocabularies.ministries);
}
