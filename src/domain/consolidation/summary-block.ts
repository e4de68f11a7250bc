import { columnOf, noteRows, type Block, type PlannedCell, type PlannedRow, type Placement } from '../submission/block';
import { sumLines, type DetailLine } from '../submission/detail-lines';
import { columnRange, difference, rate, ref, sum, sumifs } from '../submission/formulas';
import type { StyleName, SummaryColumnKey } from '../submission/layout';
import { ministryRange, type ConsolidationSheetContext } from './context';

/**
 * 総括表（府省別）: for each 区分 line of the submission sheet's 総括表 (AMED対象経費, インハウス
 * 研究機関経費, 区分不明, 合計, （参考）基金等, （別掲）…), one row per ministry, with the same
 * SUMIFS as that ministry's own sheet plus the 府省 condition, then 計 over the ministries.
 */

type Summed = 'total' | 'request' | 'priorityRequest' | 'previous';
const SUMMED: readonly Summed[] = ['total', 'request', 'priorityRequest', 'previous'];

interface Group {
  readonly label: string;
  readonly where: readonly (readonly ['category' | 'counted', string])[];
  readonly select: (line: DetailLine) => boolean;
  readonly kind: 'plain' | 'total' | 'fund';
}

const STYLES: Record<Group['kind'], { text: StyleName; amount: StyleName; rate: StyleName }> = {
  plain: { text: 'text', amount: 'amount', rate: 'rate' },
  total: { text: 'totalText', amount: 'totalAmount', rate: 'totalRate' },
  fund: { text: 'fundText', amount: 'fundAmount', rate: 'fundRate' },
};

export function summaryBlock(ctx: ConsolidationSheetContext): Block {
  const { layout, pack, parts, lines } = ctx;
  const base = layout.base;
  const s = base.summary;
  const c = layout.summary;
  const { yes, no } = base.counted;
  const col = (key: SummaryColumnKey) => columnOf(s.columns, key);
  const categoryNames = pack.vocabularies.categories.map((x) => x.name);

  const accounts = [...new Set(lines.filter((l) => !l.counted && l.ledger !== no).map((l) => l.ledger))];
  const groups: Group[] = [
    ...pack.vocabularies.categories.map((cat): Group => ({
      label: cat.name,
      where: [['category', cat.name], ['counted', yes]],
      select: (l) => l.counted && l.category === cat.name,
      kind: 'plain',
    })),
    ...(lines.some((l) => l.counted && !categoryNames.includes(l.category))
      ? [{ label: s.unknownCategoryLabel, where: [['category', base.unknownCategoryName], ['counted', yes]], select: (l: DetailLine) => l.counted && !categoryNames.includes(l.category), kind: 'plain' } as Group]
      : []),
    { label: s.allLabel, where: [['counted', yes]], select: (l) => l.counted, kind: 'total' },
    ...(lines.some((l) => l.ledger === no) ? [{ label: s.fundLabel, where: [['counted', no]], select: (l: DetailLine) => l.ledger === no, kind: 'fund' } as Group] : []),
    ...accounts.map((ledger): Group => ({ label: ledger, where: [['counted', ledger]], select: (l) => l.ledger === ledger, kind: 'fund' })),
  ];

  const changeAndRate = (style: { amount: StyleName; rate: StyleName }, total: number, previous: number | null): PlannedCell[] => {
    if (previous === null) return [{ col: col('change'), value: base.unknownAmount, style: style.rate }, { col: col('rate'), value: base.unknownAmount, style: style.rate }];
    const change = total - previous;
    const rateValue = previous === 0 ? (total === 0 ? base.rateText.none : base.rateText.fromZero) : change / previous;
    const at = (key: SummaryColumnKey, row: number) => ref(row, col(key));
    return [
      { col: col('change'), value: change, style: style.amount, formula: (p) => difference(at('total', p.row), at('previous', p.row)) },
      { col: col('rate'), value: rateValue, style: style.rate, formula: (p) => rate(at('change', p.row), at('previous', p.row), at('total', p.row), base.rateText.fromZero, base.rateText.none) },
    ];
  };

  const rows: PlannedRow[] = [
    [{ col: 0, value: c.title, style: 'blockTitle' }],
    [
      { col: c.groupCol, value: c.groupHeader, style: 'columnHeader' },
      { col: c.ministryFirst, value: c.ministryHeader, style: 'columnHeader', mergeTo: c.ministryLast },
      ...s.columns.map((spec): PlannedCell => ({ col: spec.col, value: spec.header, style: 'columnHeader' })),
    ],
  ];
  for (const group of groups) {
    const style = STYLES[group.kind];
    const first = rows.length;
    for (const part of parts) {
      const mine = lines.filter((l) => l.ministry === part.ministry && group.select(l));
      const previous = part.previousKnown ? sumLines(mine, (l) => l.previous) : null;
      const total = sumLines(mine, (l) => l.total);
      rows.push([
        { col: c.groupCol, value: group.label, style: style.text },
        { col: c.ministryFirst, value: part.ministry, style: style.text, mergeTo: c.ministryLast },
        ...SUMMED.map((key): PlannedCell =>
          key === 'previous' && previous === null
            ? { col: col(key), value: base.unknownAmount, style: style.rate }
            : {
                col: col(key),
                value: key === 'previous' ? previous : sumLines(mine, (l) => l[key]),
                style: style.amount,
                formula: (at: Placement) =>
                  sumifs(at.detail(key), [[ministryRange(at, layout), part.ministry], ...group.where.map(([k, v]) => [at.detail(k), v] as const)]),
              },
        ),
        ...changeAndRate(style, total, previous),
      ]);
    }
    const last = rows.length - 1;
    const all = lines.filter(group.select);
    const total = sumLines(all, (l) => l.total);
    const previous = ctx.previousKnown ? sumLines(all, (l) => l.previous) : null;
    const subtotal = STYLES.total;
    rows.push([
      { col: c.groupCol, value: group.label, style: subtotal.text },
      { col: c.ministryFirst, value: c.subtotalLabel, style: subtotal.text, mergeTo: c.ministryLast },
      ...SUMMED.map((key): PlannedCell =>
        key === 'previous' && previous === null
          ? { col: col(key), value: base.unknownAmount, style: subtotal.rate }
          : {
              col: col(key),
              value: key === 'previous' ? previous : sumLines(all, (l) => l[key]),
              style: subtotal.amount,
              formula: (at: Placement) => sum(columnRange(col(key), at.top + first, at.top + last)),
            },
      ),
      ...changeAndRate(subtotal, total, previous),
    ]);
  }
  return { id: 'summary', rows: [...rows, ...noteRows(c.notes)] };
}
