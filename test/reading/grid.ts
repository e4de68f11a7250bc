import { parseA1, type CellRange, type CellValue, type SheetGrid } from '../../src/domain/model/grid';

/** "A1:C2" → a CellRange in sheet coordinates. */
export function range(ref: string): CellRange {
  const [from, to = from] = ref.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) throw new Error(`bad range ${ref}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** A grid whose values start at A1 unless an origin is given. */
export function grid(values: CellValue[][], extra: Partial<Omit<SheetGrid, 'values'>> & { mergeRefs?: string[] } = {}): SheetGrid {
  const { mergeRefs, ...rest } = extra;
  return { sheetName: 'Sheet1', originRow: 0, originCol: 0, values, ...(mergeRefs ? { merges: mergeRefs.map(range) } : {}), ...rest };
}

/** What a table's fields and rows serialise as: plain {value, cell, raw} fields, as each reads (a row is a view, its fields made when read). */
export function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
