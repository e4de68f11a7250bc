import type { AmountTotals } from '../model/report';
import { columnOf, headerRow, noteRows, type Block, type PlannedCell, type PlannedRow, type Placement } from './block';
import type { SubmissionContext } from './context';
import { sumLines, type DetailLine } from './detail-lines';
import { difference, rate, ref, sumifs } from './formulas';
import type { StyleName, SummaryColumnKey } from './layout';

/**
 * 総括表: 区分 × 要求・要望額 / うち要求額 / うち要望額 / 前年度 / 増減 / 増減率, then 合計, then the
 * fund-based money on a reference line that no total includes.
 */

type Amounts = Pick<AmountTotals, 'total' | 'request' | 'priorityRequest' | 'previous' | 'change'>;

const SUMMED: readonly ('total' | 'request' | 'priorityRequest' | 'previous')[] = ['total', 'request', 'priorityRequest', 'previous'];

function linesTotals(lines: readonly DetailLine[], previousKnown: boolean): Amounts {
  const total = sumLines(lines, (l) => l.total);
  const previous = sumLines(lines, (l) => l.previous);
  return {
    total,
    request: sumLines(lines, (l) => l.request),
    priorityRequest: sumLines(lines, (l) => l.priorityRequest),
    previous: previousKnown ? previous : null,
    change: previousKnown ? total - previous : null,
  };
}

function rateValue(a: Amounts, fromZero: string, none: string): number | string {
  if (a.previous === null || a.change === null) return none;
  if (a.previous === 0) return a.total === 0 ? none : fromZero;
  return a.change / a.previous;
}

interface LineSpec {
  readonly label: string;
  readonly cached: Amounts;
  /** Conditions on detail columns, besides the amount column being summed. */
  readonly where: readonly (readonly ['category' | 'counted', string])[];
  readonly kind: 'plain' | 'total' | 'fund';
}

const STYLES: Record<LineSpec['kind'], { text: StyleName; amount: StyleName; rate: StyleName }> = {
  plain: { text: 'text', amount: 'amount', rate: 'rate' },
  total: { text: 'totalText', amount: 'totalAmount', rate: 'totalRate' },
  fund: { text: 'fundText', amount: 'fundAmount', rate: 'fundRate' },
};

export function summaryBlock(ctx: SubmissionContext): Block {
  const { layout, report, pack, lines } = ctx;
  const s = layout.summary;
  const { yes, no } = layout.counted;
  const col = (key: SummaryColumnKey) => columnOf(s.columns, key);
  const totals = report.totals;
  const previousKnown = totals.all.previous !== null;
  const reported: Readonly<Record<string, AmountTotals>> = { amed: totals.amed, inhouse: totals.inhouse };

  const counted = lines.filter((l) => l.counted);
  const categorySpecs: LineSpec[] = pack.vocabularies.categories.map((c) => ({
    label: c.name,
    cached: reported[c.id] ?? linesTotals(counted.filter((l) => l.category === c.name), previousKnown),
    where: [['category', c.name], ['counted', yes]],
    kind: 'plain',
  }));
  const hasUnknown = counted.some((l) => !pack.vocabularies.categories.some((c) => c.name === l.category));
  const unknownSpec: LineSpec[] = hasUnknown
    ? [{ label: s.unknownCategoryLabel, cached: totals.unknownCategory, where: [['category', layout.unknownCategoryName], ['counted', yes]], kind: 'plain' }]
    : [];
  const accountSpecs: LineSpec[] = totals.accounts.map((a) => ({
    label: s.accountLabel(a.label),
    cached: a.totals,
    where: [['counted', layout.counted.account(a.label)]],
    kind: 'fund',
  }));
  const specs: LineSpec[] = [
    ...categorySpecs,
    ...unknownSpec,
    { label: s.allLabel, cached: totals.all, where: [['counted', yes]], kind: 'total' },
    { label: s.fundLabel, cached: totals.fund, where: [['counted', no]], kind: 'fund' },
    ...accountSpecs,
  ];

  const unknown = (key: SummaryColumnKey, style: StyleName): PlannedCell => ({ col: col(key), value: layout.unknownAmount, style });
  const line = (spec: LineSpec): PlannedRow => {
    const style = STYLES[spec.kind];
    const amountCells: PlannedCell[] = SUMMED.map((key) =>
      key === 'previous' && !previousKnown
        ? unknown(key, style.rate)
        : {
            col: col(key),
            value: spec.cached[key],
            style: style.amount,
            formula: (at: Placement) => sumifs(at.detail(key), spec.where.map(([detailKey, value]) => [at.detail(detailKey), value] as const)),
          },
    );
    const at = (key: SummaryColumnKey, row: number) => ref(row, col(key));
    if (!previousKnown) {
      return [{ col: s.label.first, value: spec.label, style: style.text, mergeTo: s.label.last }, ...amountCells, unknown('change', style.rate), unknown('rate', style.rate)];
    }
    return [
      { col: s.label.first, value: spec.label, style: style.text, mergeTo: s.label.last },
      ...amountCells,
      { col: col('change'), value: spec.cached.change, style: style.amount, formula: (p) => difference(at('total', p.row), at('previous', p.row)) },
      {
        col: col('rate'),
        value: rateValue(spec.cached, layout.rateText.fromZero, layout.rateText.none),
        style: style.rate,
        formula: (p) => rate(at('change', p.row), at('previous', p.row), at('total', p.row), layout.rateText.fromZero, layout.rateText.none),
      },
    ];
  };

  return {
    id: 'summary',
    rows: [[{ col: 0, value: s.title, style: 'blockTitle' }], headerRow(s.label, s.columns, 'columnHeader'), ...specs.map(line), ...noteRows(s.notes)],
  };
}
