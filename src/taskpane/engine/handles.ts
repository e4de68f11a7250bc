import type { Severity } from '../../domain/model/finding';
import type { CellValue, SheetGrid } from '../../domain/model/grid';
import type { CheckReport, ReportFinding } from '../../domain/model/report';
import type { ModelCell, SheetModel } from '../../domain/model/sheet-model';

/**
 * What the page holds of the engine's sheet-sized objects: a reference (`ref`) and what it shows
 * without asking, never the rows, findings or cells. Those stay in the worker that keeps
 * results, and the views ask it for the lines in view (the page of a 50,000-row check would
 * otherwise hold several hundred MB, and collecting or receiving it blocked the page).
 */

/** A sheet read into the engine. */
export interface SheetHandle {
  readonly ref: number;
  readonly sheetName: string;
  readonly originRow: number;
  readonly originCol: number;
  /** Rows of the grid (its used range). */
  readonly rowCount: number;
  /** Columns of its longest row. */
  readonly width: number;
  /**
   * The grid's first SHEET_HEAD_ROWS rows (with their merges), for the mapping editor: header
   * detection looks no further down (HEADER_SCAN_ROWS), and neither need the header rows shown.
   */
  readonly head: SheetGrid;
}

/** Rows of the grid a sheet handle keeps in `head`. */
export const SHEET_HEAD_ROWS = 100;

/** A check's report without its rows and findings: summary, totals, groups, and how many of each there are. */
export type ReportHead = Omit<CheckReport, 'rows' | 'findings'> & {
  readonly ref: number;
  readonly rowCount: number;
  readonly findingCount: number;
  /** Rows with no declared project whose leading suggestion is of high confidence (what 「確度「高」の候補をすべて採用」 takes). */
  readonly highConfidence: number;
};

/** A submission model without its cells: what its preview needs to lay itself out. */
export type ModelHead = Pick<SheetModel, 'name' | 'styles' | 'merges' | 'columnWidths' | 'marker'> & {
  readonly ref: number;
  /** Rows and columns that hold a cell or a merge. */
  readonly rowCount: number;
  readonly colCount: number;
  /** The cell at each merge's top-left (a merge that starts above the rows in view is drawn with it). */
  readonly anchors: readonly ModelCell[];
};

/** The severities the findings list shows (its filter), in SEVERITIES order. */
export type Shown = readonly Severity[];

/** A rule's heading in the findings list. */
export interface FindingGroupLine {
  readonly kind: 'group';
  readonly rule: string;
  readonly title: string;
  readonly severity: Severity;
  /** Its findings shown. */
  readonly count: number;
}

/** One line of the findings list: a rule's heading, or one of its findings with its index in the report. */
export type FindingLine = FindingGroupLine | { readonly kind: 'finding'; readonly finding: ReportFinding; readonly index: number };

/** The findings list's shape under a filter, without its findings. */
export interface FindingsOutline {
  /** Lines in all: each rule's heading followed by its findings, errors first, then warnings, then infos. */
  readonly count: number;
  /** The heading lines, by line number. */
  readonly headings: readonly (FindingGroupLine & { readonly line: number })[];
  /** Lines of the first and the last finding that has a cell (what the keyboard reaches); null when none has. */
  readonly first: number | null;
  readonly last: number | null;
}

/** Rows of a grid, as the grid holds them (ragged; a missing cell is null or absent). */
export type GridRows = readonly (readonly CellValue[])[];
