import type { SheetModel } from '../model/sheet-model';
import type { PolicyPack } from '../policy/schema';
import { assemble, type Block } from '../submission/block';
import type { BlockId } from '../submission/layout';
import type { ConsolidationSheetContext } from './context';
import { detailBlock } from './detail-block';
import { headerBlock } from './header-block';
import { CONSOLIDATION_LAYOUT, type ConsolidationLayout } from './layout';
import type { MinistryPart } from './part';
import { projectsBlock } from './projects-block';
import { diseaseAreasBlock, priorityAreasBlock } from './restated-blocks';
import { summaryBlock } from './summary-block';

const BLOCKS: Record<BlockId, (ctx: ConsolidationSheetContext) => Block> = {
  header: headerBlock,
  summary: summaryBlock,
  projects: projectsBlock,
  priorityAreas: priorityAreasBlock,
  diseaseAreas: diseaseAreasBlock,
  detail: detailBlock,
};

export interface ConsolidatedSheetOptions {
  readonly createdAt: Date | string;
  /** Built despite errors (force): the sheet says 未確定（エラーあり）. */
  readonly provisional: boolean;
  readonly layout?: ConsolidationLayout;
}

/**
 * The consolidated sheet for parts whose ministries are known and distinct (consolidate()
 * checks that first). Ministries in the pack's order, then any the pack does not list.
 */
export function buildConsolidatedSheet(parts: readonly (MinistryPart & { ministry: string })[], pack: PolicyPack, options: ConsolidatedSheetOptions): SheetModel {
  const layout = options.layout ?? CONSOLIDATION_LAYOUT;
  const order = (m: string) => {
    const i = pack.vocabularies.ministries.findIndex((x) => x.name === m);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const sorted = [...parts].sort((a, b) => order(a.ministry) - order(b.ministry));
  const ctx: ConsolidationSheetContext = {
    parts: sorted,
    pack,
    layout,
    lines: sorted.flatMap((part) => part.lines.map((line) => ({ ...line, ministry: part.ministry }))),
    createdAt: options.createdAt,
    provisional: options.provisional,
    previousKnown: sorted.every((p) => p.previousKnown),
  };
  const base = layout.base;
  const { cells, merges, rowHeights } = assemble(base.blockOrder.map((id) => BLOCKS[id](ctx)), base);
  return {
    name: base.sheetName,
    cells,
    styles: base.styles,
    merges,
    columnWidths: base.columnWidths,
    rowHeights,
    freeze: base.freeze,
    print: base.print,
    marker: base.marker,
  };
}
