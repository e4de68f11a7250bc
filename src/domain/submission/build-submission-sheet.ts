import type { FindingDraft } from '../model/finding';
import { a1 } from '../model/grid';
import type { CheckReport } from '../model/report';
import { EXCEL_CELL_CHARS, type SheetModel } from '../model/sheet-model';
import type { PolicyPack } from '../policy/schema';
import { assemble, TRUNCATION_MARK, type Block } from './block';
import type { SubmissionContext } from './context';
import { detailBlock } from './detail-block';
import { detailLines } from './detail-lines';
import { headerBlock } from './header-block';
import { DEFAULT_LAYOUT, type BlockId, type SubmissionLayout } from './layout';
import { projectsBlock } from './projects-block';
import { diseaseAreasBlock, priorityAreasBlock } from './restated-blocks';
import { summaryBlock } from './summary-block';

export interface SubmissionOptions {
  /** 府省 for the title, when known. */
  readonly ministry?: string;
  readonly createdAt: Date | string;
  /** Build even though the report has errors; the sheet then says 未確定（エラーあり）. */
  readonly force?: boolean;
  /** A different 様式; the default follows the Headquarters' published tables. */
  readonly layout?: SubmissionLayout;
}

/**
 * Thrown when asked for a submission sheet from a report with errors without `force`: a
 * sheet that looks final must never carry numbers the checks rejected. Callers check
 * `report.status` first; this is the guard that both the pane and the CLI share.
 */
export class SubmissionRefusedError extends Error {
  constructor(readonly errors: number) {
    super(`the report has ${errors} error(s); fix them or build the sheet with force (it is then marked 未確定)`);
    this.name = 'SubmissionRefusedError';
  }
}

const BLOCKS: Record<BlockId, (ctx: SubmissionContext) => Block> = {
  header: headerBlock,
  summary: summaryBlock,
  projects: projectsBlock,
  priorityAreas: priorityAreasBlock,
  diseaseAreas: diseaseAreasBlock,
  detail: detailBlock,
};

/** One finding per cell the submission sheet had to cut (see SheetModel.truncated). */
export function truncationFindings(model: SheetModel): FindingDraft[] {
  return (model.truncated ?? []).map((t) => ({
    rule: 'submission-cell-truncated',
    cell: a1(t.row, t.col),
    row: t.row + 1,
    params: { length: t.length, limit: EXCEL_CELL_CHARS, mark: TRUNCATION_MARK },
  }));
}

/** The submission sheet (提出様式) for a checked report, as a model both writers render. */
export function buildSubmissionSheet(report: CheckReport, pack: PolicyPack, options: SubmissionOptions): SheetModel {
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const errors = report.summary.errors;
  if (errors > 0 && !options.force) throw new SubmissionRefusedError(errors);

  const ctx: SubmissionContext = {
    report,
    pack,
    layout,
    lines: detailLines(report.rows, pack, layout),
    ministry: options.ministry,
    createdAt: options.createdAt,
    provisional: errors > 0,
  };
  const { cells, merges, rowHeights, truncated } = assemble(
    layout.blockOrder.map((id) => BLOCKS[id](ctx)),
    layout,
    { truncate: true },
  );
  return {
    name: layout.sheetName,
    cells,
    styles: layout.styles,
    merges,
    columnWidths: layout.columnWidths,
    rowHeights,
    freeze: layout.freeze,
    print: layout.print,
    marker: layout.marker,
    ...(truncated.length > 0 ? { truncated } : {}),
  };
}
