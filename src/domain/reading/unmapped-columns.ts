import type { FindingDraft } from '../model/finding';
import { a1, columnLetter, isCellError } from '../model/grid';
import type { ColumnAssignment } from '../model/table';
import type { HeaderBlock } from './detect-header';
import { valueText, type GridView } from './grid-view';
import type { ColumnHeader } from './map-columns';
import { parseAmount } from './parse-amount';
import { headerKey } from './synonyms';

/**
 * Columns inside the table that look like amounts but were mapped to no role: nothing in
 * them is checked or counted, so each is a finding naming its header cell. A column looks
 * like an amount by its header (「…額」「予算」「要求」「内訳」 …) or by its data (mostly numbers).
 * 増減 columns are derived from columns that are read: reported as information only.
 */

/** Headers of figures that are not amounts of money: rates, counts, numbers, years. */
const NOT_AMOUNT = /率|割合|比$|比率|%|倍|番号|^no\.?$|件数|人数|順位|^年度$/;
/** Headers of amounts derived from others (the 増減 is recomputed from 前年度 and 計). */
const DERIVED = /増減|差額|差引|対前年/;
const AMOUNT = /額|予算|要求|要望|金額|^計$|合計|内訳|経費|円/;

/** A column counts as numeric when at least this many of its data cells are numbers … */
const MIN_NUMERIC_CELLS = 2;
/** … and they are at least this share of its non-blank data cells. */
const MIN_NUMERIC_SHARE = 0.5;

function numericCells(view: GridView, col: number, dataRows: readonly number[]): { numeric: number; filled: number } {
  let numeric = 0;
  let filled = 0;
  for (const row of dataRows) {
    const value = view.value(row, col);
    if (value === null || (!isCellError(value) && valueText(value) === '')) continue;
    filled++;
    if (typeof value === 'number' || (typeof value === 'string' && /\d/.test(value) && parseAmount(value, '円').kind === 'amount')) numeric++;
  }
  return { numeric, filled };
}

export function unmappedAmountColumns(
  view: GridView,
  block: HeaderBlock,
  headers: readonly ColumnHeader[],
  columns: readonly ColumnAssignment[],
  dataRows: readonly number[],
  alreadyReported: ReadonlySet<number>,
): FindingDraft[] {
  const mapped = new Set(columns.map((c) => c.col));
  const headerOf = new Map(headers.map((h) => [h.col, h]));
  const findings: FindingDraft[] = [];
  for (let col = block.left; col <= block.right; col++) {
    if (mapped.has(col) || alreadyReported.has(col)) continue;
    const header = headerOf.get(col);
    const keys = (header?.texts ?? []).map(headerKey);
    if (keys.some((k) => NOT_AMOUNT.test(k))) continue;
    const byHeader = keys.some((k) => AMOUNT.test(k) || DERIVED.test(k));
    const cells = numericCells(view, col, dataRows);
    const byData = cells.numeric >= MIN_NUMERIC_CELLS && cells.numeric >= cells.filled * MIN_NUMERIC_SHARE;
    if (!byHeader && !byData) continue;
    const text = header?.texts.join(' / ') ?? '';
    findings.push({
      rule: 'amount-column-unmapped',
      cell: header?.cell ?? a1(block.bottom, col),
      column: columnLetter(col),
      ...(text !== '' ? { value: text } : {}),
      params: {
        header: text,
        numericCells: cells.numeric,
        ...(text === '' ? { messageId: 'no-header' } : keys.some((k) => DERIVED.test(k)) ? { messageId: 'derived' } : {}),
      },
    });
  }
  return findings;
}
