import type { ProjectTotals } from '../model/report';
import { columnOf, headerRow, noteRows, type Block, type PlannedCell, type PlannedRow } from './block';
import type { SubmissionContext } from './context';
import { columnRange, difference, ref, sum, sumifs, sumTagged } from './formulas';
import type { ProjectColumnKey } from './layout';

/**
 * 統合プロジェクト別: one line per project of the year's pack in official order, a line for
 * amounts no project can claim (統合プロジェクト未特定), and 計 — which therefore equals the 総括表's
 * 合計. AMED + インハウス + 区分不明 = 計 on every line. 候補（未確定） restates what only a
 * suggestion points at (already inside 未特定) and is never summed.
 */

type SummedKey = 'amed' | 'inhouse' | 'unknownCategory' | 'total' | 'previous';
const SUMMED: readonly SummedKey[] = ['amed', 'inhouse', 'unknownCategory', 'total', 'previous'];

export function projectsBlock(ctx: SubmissionContext): Block {
  const { layout, pack, report } = ctx;
  const p = layout.projects;
  const col = (key: ProjectColumnKey) => columnOf(p.columns, key);
  const { yes } = layout.counted;
  const categoryName = (id: string) => pack.vocabularies.categories.find((c) => c.id === id)?.name ?? layout.unknownCategoryName;
  const category: Record<SummedKey, string | null> = {
    amed: categoryName('amed'),
    inhouse: categoryName('inhouse'),
    unknownCategory: layout.unknownCategoryName,
    total: null,
    previous: null,
  };
  const previousKnown = report.totals.all.previous !== null;
  const unknown = (key: ProjectColumnKey, style: 'amount' | 'totalAmount'): PlannedCell => ({ col: col(key), value: layout.unknownAmount, style: style === 'amount' ? 'textCenter' : 'totalText' });

  const amountCells = (projectName: string, cached: ProjectTotals): PlannedCell[] =>
    SUMMED.map((key) =>
      key === 'previous' && !previousKnown
        ? unknown(key, 'amount')
        : {
            col: col(key),
            value: cached[key],
            style: 'amount',
            formula: (at) => {
              const where = category[key];
              return sumifs(at.detail(key === 'previous' ? 'previous' : 'total'), [
                [at.detail('project'), projectName],
                ...(where === null ? [] : [[at.detail('category'), where] as const]),
                [at.detail('counted'), yes],
              ]);
            },
          },
    );
  const changeCell = (cached: number | null, style: 'amount' | 'totalAmount'): PlannedCell =>
    cached === null || !previousKnown
      ? unknown('change', style)
      : { col: col('change'), value: cached, style, formula: (at) => difference(ref(at.row, col('total')), ref(at.row, col('previous'))) };
  const sep = layout.tagSeparator;
  const trailing = (cached: ProjectTotals, name: string | null): PlannedCell[] => [
    name === null
      ? { col: col('candidate'), value: null, style: 'fundAmount' }
      : {
          col: col('candidate'),
          value: cached.candidate,
          style: 'fundAmount',
          formula: (at) => sumTagged(at.detail('total'), at.detail('candidates'), name, sep, at.detail('counted'), yes),
        },
    { col: col('note'), value: cached.previousEstimated ? p.previousEstimatedNote : null, style: 'text' },
  ];

  const projects = [...pack.projects].sort((a, b) => a.order - b.order);
  const projectRows: PlannedRow[] = projects.map((project) => {
    const cached = report.totals.byProject.find((b) => b.projectId === project.id) as ProjectTotals;
    return [
      { col: p.markerCol, value: project.marker, style: 'textCenter' },
      { col: p.label.first, value: project.name, style: 'text', mergeTo: p.label.last },
      ...amountCells(project.name, cached),
      changeCell(cached.change, 'amount'),
      ...trailing(cached, project.name),
    ];
  });
  const unspecified = report.totals.unspecified;
  const unspecifiedRow: PlannedRow = [
    { col: p.markerCol, value: null, style: 'textCenter' },
    { col: p.label.first, value: layout.unattributedLabel, style: 'text', mergeTo: p.label.last },
    ...amountCells(layout.unattributedLabel, unspecified),
    changeCell(unspecified.change, 'amount'),
    ...trailing(unspecified, null),
  ];

  const lineRows = [...projectRows, unspecifiedRow];
  const firstLine = 2; // after the title and the column headers
  const lastLine = firstLine + lineRows.length - 1;
  const all = report.totals.all;
  const cachedTotal: Record<SummedKey, number | null> = {
    amed: report.totals.amed.total,
    inhouse: report.totals.inhouse.total,
    unknownCategory: report.totals.unknownCategory.total,
    total: all.total,
    previous: all.previous,
  };
  const totalRow: PlannedRow = [
    { col: p.markerCol, value: null, style: 'totalText' },
    { col: p.label.first, value: p.totalLabel, style: 'totalText', mergeTo: p.label.last },
    ...SUMMED.map(
      (key): PlannedCell =>
        key === 'previous' && !previousKnown
          ? unknown(key, 'totalAmount')
          : { col: col(key), value: cachedTotal[key], style: 'totalAmount', formula: (at) => sum(columnRange(col(key), at.top + firstLine, at.top + lastLine)) },
    ),
    changeCell(all.change, 'totalAmount'),
    { col: col('candidate'), value: null, style: 'totalText' },
    { col: col('note'), value: null, style: 'totalText' },
  ];

  return {
    id: 'projects',
    rows: [
      [{ col: 0, value: p.title, style: 'blockTitle' }],
      [{ col: p.markerCol, value: '', style: 'columnHeader' }, ...headerRow(p.label, p.columns, 'columnHeader')],
      ...lineRows,
      totalRow,
      ...noteRows(p.notes),
    ],
  };
}
