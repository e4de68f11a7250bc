import { CANONICAL_UNIT, type Unit } from '../model/amount';
import { AMOUNT_ROLES, type ColumnAssignment, type SheetTable } from '../model/table';

export interface UnitResolution {
  readonly unit: Unit;
  readonly source: SheetTable['unitSource'];
  /** The unit each amount column's cells are in, by sheet column. */
  readonly columnUnits: ReadonlyMap<number, Unit>;
}

function mostCommon(units: readonly Unit[]): Unit | null {
  const counts = new Map<Unit, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  let best: Unit | null = null;
  for (const [u, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = u;
  return best;
}

/**
 * Which unit applies where. A user's unit overrides everything. Otherwise a column's own
 * header unit applies to that column, and the rest take the title's unit (or the table
 * statement in the header block), else the unit most headers state, else 千円 (assumed).
 * The table's unit is the one most amount columns are in.
 */
export function resolveUnits(columns: readonly ColumnAssignment[], titleUnit: Unit | null, userUnit: Unit | null): UnitResolution {
  const amountColumns = columns.filter((c) => AMOUNT_ROLES.includes(c.role));
  if (userUnit) return { unit: userUnit, source: 'user', columnUnits: new Map(amountColumns.map((c) => [c.col, userUnit])) };
  const headerUnits = amountColumns.flatMap((c) => (c.unit ? [c.unit] : []));
  const fallback = titleUnit ?? mostCommon(headerUnits) ?? CANONICAL_UNIT;
  const columnUnits = new Map(amountColumns.map((c) => [c.col, c.unit ?? fallback]));
  const unit = mostCommon([...columnUnits.values()]) ?? fallback;
  if (headerUnits.includes(unit)) return { unit, source: 'header', columnUnits };
  if (titleUnit) return { unit, source: 'title', columnUnits };
  return { unit, source: 'assumed', columnUnits };
}
