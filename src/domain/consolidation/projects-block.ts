import { noteRows, type Block, type PlannedCell, type PlannedRow, type Placement } from '../submission/block';
import { sumLines } from '../submission/detail-lines';
import { columnRange, difference, ref, sum, sumifs } from '../submission/formulas';
import { ministryRange, type ConsolidatedLine, type ConsolidationSheetContext } from './context';

/**
 * 統合プロジェクト別（府省別）: one line per project of the year (+ 統合プロジェクト未特定, + 計),
 * a column per ministry (its 要求・要望額 for the project, as on its own sheet's 統合プロジェクト別
 * 計), then the all-ministry AMED / インハウス / 区分不明 / 計 / 前年度 / 増減.
 */
export function projectsBlock(ctx: ConsolidationSheetContext): Block {
  const { layout, pack, parts, lines } = ctx;
  const base = layout.base;
  const p = base.projects;
  const t = layout.projects.totals;
  const { yes } = base.counted;
  const categoryName = (id: string) => pack.vocabularies.categories.find((c) => c.id === id)?.name ?? base.unknownCategoryName;

  const ministryCols = parts.map((part, i) => ({ ministry: part.ministry, col: layout.projects.firstCol + i }));
  const after = layout.projects.firstCol + parts.length;
  type Total = 'amed' | 'inhouse' | 'unknownCategory' | 'total' | 'previous' | 'change';
  const totalKeys: readonly Total[] = ['amed', 'inhouse', 'unknownCategory', 'total', 'previous', 'change'];
  const totalCol = (key: Total) => after + totalKeys.indexOf(key);
  const category: Partial<Record<Total, string>> = { amed: categoryName('amed'), inhouse: categoryName('inhouse'), unknownCategory: base.unknownCategoryName };

  const counted = lines.filter((l) => l.counted);
  const lineRow = (marker: string | null, name: string): PlannedRow => {
    const mine = counted.filter((l) => l.project === name);
    const sumOf = (select: (l: ConsolidatedLine) => boolean, key: 'total' | 'previous') => sumLines(mine.filter(select), (l) => l[key]);
    const byProject = (at: Placement) => [at.detail('project'), name] as const;
    const cells: PlannedCell[] = [
      { col: p.markerCol, value: marker, style: 'textCenter' },
      { col: p.label.first, value: name, style: 'text', mergeTo: p.label.last },
      ...ministryCols.map(({ ministry, col }): PlannedCell => ({
        col,
        value: sumOf((l) => l.ministry === ministry, 'total'),
        style: 'amount',
        formula: (at) => sumifs(at.detail('total'), [byProject(at), [ministryRange(at, layout), ministry], [at.detail('counted'), yes]]),
      })),
      ...(['amed', 'inhouse', 'unknownCategory'] as const).map((key): PlannedCell => {
        const where = category[key] as string;
        const select = key === 'unknownCategory' ? (l: ConsolidatedLine) => l.category !== category.amed && l.category !== category.inhouse : (l: ConsolidatedLine) => l.category === where;
        return {
          col: totalCol(key),
          value: sumOf(select, 'total'),
          style: 'amount',
          formula: (at) => sumifs(at.detail('total'), [byProject(at), [at.detail('category'), where], [at.detail('counted'), yes]]),
        };
      }),
      { col: totalCol('total'), value: sumOf(() => true, 'total'), style: 'amount', formula: (at) => sumifs(at.detail('total'), [byProject(at), [at.detail('counted'), yes]]) },
    ];
    if (!ctx.previousKnown) {
      cells.push({ col: totalCol('previous'), value: base.unknownAmount, style: 'textCenter' }, { col: totalCol('change'), value: base.unknownAmount, style: 'textCenter' });
    } else {
      const previous = sumOf(() => true, 'previous');
      cells.push(
        { col: totalCol('previous'), value: previous, style: 'amount', formula: (at) => sumifs(at.detail('previous'), [byProject(at), [at.detail('counted'), yes]]) },
        { col: totalCol('change'), value: sumOf(() => true, 'total') - previous, style: 'amount', formula: (at) => difference(ref(at.row, totalCol('total')), ref(at.row, totalCol('previous'))) },
      );
    }
    return cells;
  };

  const projects = [...pack.projects].sort((a, b) => a.order - b.order);
  const lineRows = [...projects.map((q) => lineRow(q.marker, q.name)), lineRow(null, base.unattributedLabel)];
  const firstLine = 2;
  const lastLine = firstLine + lineRows.length - 1;
  const sumColumn = (column: number, value: number): PlannedCell => ({
    col: column,
    value,
    style: 'totalAmount',
    formula: (at) => sum(columnRange(column, at.top + firstLine, at.top + lastLine)),
  });
  const allCounted = (select: (l: ConsolidatedLine) => boolean, key: 'total' | 'previous') => sumLines(counted.filter(select), (l) => l[key]);
  const totalRow: PlannedRow = [
    { col: p.markerCol, value: null, style: 'totalText' },
    { col: p.label.first, value: p.totalLabel, style: 'totalText', mergeTo: p.label.last },
    ...ministryCols.map(({ ministry, col }) => sumColumn(col, allCounted((l) => l.ministry === ministry, 'total'))),
    sumColumn(totalCol('amed'), allCounted((l) => l.category === category.amed, 'total')),
    sumColumn(totalCol('inhouse'), allCounted((l) => l.category === category.inhouse, 'total')),
    sumColumn(totalCol('unknownCategory'), allCounted((l) => l.category !== category.amed && l.category !== category.inhouse, 'total')),
    sumColumn(totalCol('total'), allCounted(() => true, 'total')),
    ...(ctx.previousKnown
      ? [
          sumColumn(totalCol('previous'), allCounted(() => true, 'previous')),
          {
            col: totalCol('change'),
            value: allCounted(() => true, 'total') - allCounted(() => true, 'previous'),
            style: 'totalAmount' as const,
            formula: (at: Placement) => difference(ref(at.row, totalCol('total')), ref(at.row, totalCol('previous'))),
          },
        ]
      : [
          { col: totalCol('previous'), value: base.unknownAmount, style: 'totalText' as const },
          { col: totalCol('change'), value: base.unknownAmount, style: 'totalText' as const },
        ]),
  ];
  const header: PlannedRow = [
    { col: p.markerCol, value: '', style: 'columnHeader' },
    { col: p.label.first, value: p.label.header, style: 'columnHeader', mergeTo: p.label.last },
    ...ministryCols.map(({ ministry, col }): PlannedCell => ({ col, value: ministry, style: 'columnHeader' })),
    ...totalKeys.map((key): PlannedCell => ({ col: totalCol(key), value: `${t[key]}（全府省）`, style: 'columnHeader' })),
  ];
  return {
    id: 'projects',
    rows: [[{ col: 0, value: layout.projects.title, style: 'blockTitle' }], header, ...lineRows, totalRow, ...noteRows(layout.projects.notes)],
  };
}
