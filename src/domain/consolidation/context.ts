import type { PolicyPack } from '../policy/schema';
import type { Placement } from '../submission/block';
import type { DetailLine } from '../submission/detail-lines';
import { columnRange } from '../submission/formulas';
import type { ConsolidationLayout } from './layout';
import type { MinistryPart } from './part';

/** A detail line of the consolidated sheet: a ministry's line, with its ministry. */
export interface ConsolidatedLine extends DetailLine {
  readonly ministry: string;
}

/** Everything a block of the consolidated sheet needs to plan its rows. */
export interface ConsolidationSheetContext {
  /** In the pack's order of ministries, each with a known ministry. */
  readonly parts: readonly (MinistryPart & { readonly ministry: string })[];
  readonly pack: PolicyPack;
  readonly layout: ConsolidationLayout;
  readonly lines: readonly ConsolidatedLine[];
  readonly createdAt: Date | string;
  /** Consolidated despite errors (force): the sheet says 未確定. */
  readonly provisional: boolean;
  /** 前年度 is known for every input (else 前年度 and 増減 of sums over ministries are 「－」). */
  readonly previousKnown: boolean;
}

/** "$B$40:$B$95": the detail block's 府省 column, over the same rows as the other detail columns. */
export function ministryRange(at: Placement, layout: ConsolidationLayout): string {
  const rows = /\$(\d+):\$[A-Z]+\$(\d+)$/.exec(at.detail('no'));
  if (!rows) throw new Error(`unexpected detail range ${at.detail('no')}`);
  return columnRange(layout.ministryCol, Number(rows[1]) - 1, Number(rows[2]) - 1);
}
