import { columnOf, headerRow, noteRows, type Block, type PlannedCell, type PlannedRow } from './block';
import type { SubmissionContext } from './context';
import { sumLines, type DetailLine } from './detail-lines';
import { columnRange, difference, ref, sum, sumifs } from './formulas';
import type { ProjectColumnKey } from './layout';

/**
 * 統合プロジェクト別: one line per project of the year's pack in official order, a line for
 * amounts no project can claim, and 計 — which therefore equals the 総括表's 合計.
 */

interface Amounts {
  readonly amed: number;
  readonly inhouse: number;
  readonly total: number;
  readonly previous: number;
  readonly change: number;
}

const SUMMED: readonly Exclude<ProjectColumnKey, 'change'>[] = ['amed', 'inhouse', 'total', 'previous'];

function linesAmounts(lines: readonly DetailLine[], amedName: string, inhouseName: string): Amounts {
  const total = sumLines(lines, (l) => l.total);
  const previous = sumLines(lines, (l) => l.previous);
  return {
    amed: sumLines(lines.filter((l) => l.category === amedName), (l) => l.total),
    inhouse: sumLines(lines.filter((l) => l.category === inhouseName), (l) => l.total),
    total,
    previous,
    change: total - previous,
  };
}

export function projectsBlock(ctx: SubmissionContext): Block {
  const { layout, pack, report, lines } = ctx;
  const p = layout.projects;
  const col = (key: ProjectColumnKey) => columnOf(p.columns, key);
  const { yes } = layout.counted;
  const categoryName = (id: string) => pack.vocabularies.categories.find((c) => c.id === id)?.name ?? layout.unknownCategoryName;
  const amedName = categoryName('amed');
  const inhouseName = categoryName('inhouse');
  const counted = lines.filter((l) => l.counted);

  const amountCells = (projectName: string, cached: Amounts): PlannedCell[] =>
    SUMMED.map((key) => ({
      col: col(key),
      value: cached[key],
      style: 'amount',
      formula: (at) => {
        const category = key === 'amed' ? amedName : key === 'inhouse' ? inhouseName : null;
        return sumifs(at.detail(key === 'previous' ? 'previous' : 'total'), [
          [at.detail('project'), projectName],
          ...(category === null ? [] : [[at.detail('category'), category] as const]),
          [at.detail('counted'), yes],
        ]);
      },
    }));
  const changeCell = (cached: number, style: 'amount' | 'totalAmount'): PlannedCell => ({
    col: col('change'),
    value: cached,
    style,
    formula: (at) => difference(ref(at.row, col('total')), ref(at.row, col('previous'))),
  });

  const projects = [...pack.projects]
    .sort((a, b) => a.order - b.order)
    .map((project) => ({
      project,
      cached:
        report.totals.byProject.find((b) => b.projectId === project.id) ??
        linesAmounts(counted.filter((l) => l.projectId === project.id), amedName, inhouseName),
    }));
  const projectRows: PlannedRow[] = projects.map(({ project, cached }) => [
    { col: p.markerCol, value: project.marker, style: 'textCenter' },
    { col: p.label.first, value: project.name, style: 'text', mergeTo: p.label.last },
    ...amountCells(project.name, cached),
    changeCell(cached.change, 'amount'),
  ]);
  const unattributed = linesAmounts(counted.filter((l) => l.projectId === null), amedName, inhouseName);
  const unattributedRow: PlannedRow = [
    { col: p.markerCol, value: null, style: 'textCenter' },
    { col: p.label.first, value: layout.unattributedLabel, style: 'text', mergeTo: p.label.last },
    ...amountCells(layout.unattributedLabel, unattributed),
    changeCell(unattributed.change, 'amount'),
  ];

  const lineRows = [...projectRows, unattributedRow];
  const firstLine = 2; // after the title and the column headers
  const lastLine = firstLine + lineRows.length - 1;
  const cachedSum = (key: keyof Amounts) => [...projects.map((pr) => pr.cached), unattributed].reduce((s, a) => s + a[key], 0);
  const totalRow: PlannedRow = [
    { col: p.markerCol, value: null, style: 'totalText' },
    { col: p.label.first, value: p.totalLabel, style: 'totalText', mergeTo: p.label.last },
    ...SUMMED.map(
      (key): PlannedCell => ({
        col: col(key),
        value: cachedSum(key),
        style: 'totalAmount',
        formula: (at) => sum(columnRange(col(key), at.top + firstLine, at.top + lastLine)),
      }),
    ),
    changeCell(cachedSum('change'), 'totalAmount'),
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
