import type { PreviousYear, PreviousYearMatch } from '../model/previous-year';
import type { SheetTable } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { sameProjects } from './carry';
import { matchPrevious } from './match';

/**
 * The previous year ("memory"): last year's sheet read (read.ts, imported on its own where a
 * sheet is read, since a check is given the rows already read), its 事業 found in this year's
 * (match.ts), what of its classification this year's pack can say (carry.ts), this year's
 * amount split as last year's (shares.ts), offered as suggestions (inherit.ts).
 */
export function comparePrevious(table: SheetTable, previous: PreviousYear, pack: PolicyPack): PreviousYearMatch {
  const { rows, ...source } = previous;
  return { source, ...matchPrevious(table.rows, rows), sameProjects: sameProjects(source, pack) };
}

export { inheritPrevious } from './inherit';
