import { a1 } from '../../model/grid';
import { defineRule } from '../rule';
import { minOf } from '../../arrays';
import { NO_PARAMS } from './support';

/**
 * A table with amounts but no 前年度予算額 column. Rules that compare with the previous year
 * skip such rows (a missing 前年度 is unknown, never 0), so this finding is what tells the officer
 * that no comparison was made.
 */
export const previousColumnMissing = defineRule({
  id: 'previous-column-missing',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '前年度予算額の列がない', en: 'No previous-year column' },
    description: {
      ja: '前年度予算額の列があるかを確かめます。なければ前年度との比較（増減、増額と重点領域、大幅な増減）はせず、前年度を0とはみなしません。',
      en: 'Checks that the table has a previous-year budget column. Without one, nothing is compared with the previous year (change, increases and priority areas, large changes) and the previous year is never taken as 0.',
    },
    why: {
      ja: '前年度予算額がないと増減が分からず、すべての事業が皆増に見えてしまいます。',
      en: 'Without the previous-year budget the change is unknown, and every program would look entirely new.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '前年度予算額の列が見つかりません（見出し {headerRow}行）。前年度との比較（増減、増額と重点領域、大幅な増減）はしていません。前年度予算額の列があれば、作業ウィンドウの［見出しと列の対応］で指定するか、見出しを「前年度予算額」または「令和○年度予算額」にしてください。',
    en: 'No previous-year budget column was found (header row {headerRow}); nothing was compared with the previous year (change, increases and priority areas, large changes). If the sheet has one, map it in the pane (column mapping) or head it 前年度予算額 or 令和○年度予算額.',
  },
  check(ctx) {
    const mapping = ctx.table.mapping;
    if (!mapping) return []; // header-not-found says why nothing was read
    const roles = new Set(mapping.columns.map((c) => c.role));
    if (roles.has('previous') || roles.has('projectPrevious') || !(roles.has('request') || roles.has('total'))) return [];
    const left = minOf(mapping.columns.map((c) => c.col));
    return [{ rule: 'previous-column-missing', cell: a1(mapping.headerTop, left), row: mapping.headerTop + 1, params: { headerRow: mapping.headerTop + 1 } }];
  },
});
