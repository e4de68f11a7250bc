import { columnIndex } from '../model/grid';
import { DEFAULT_LAYOUT, type SubmissionLayout } from '../submission/layout';

/**
 * The consolidated sheet's layout, declared in one place. It is the submission sheet's layout
 * (same labels, styles, number formats, 集計対象 values and detail columns) with a 府省 column
 * added to the detail, so a ministry's figures are computed on both sheets by the same
 * formulas over the same lines. `base` is what the submission blocks and assemble() read.
 */
export interface ConsolidationLayout {
  readonly base: SubmissionLayout;
  /** The detail block's 府省 column (0-based). */
  readonly ministryCol: number;
  readonly ministryHeader: string;
  readonly title: (fiscalYearLabel: string) => string;
  readonly header: {
    readonly ministries: string;
    readonly inputs: string;
    readonly status: string;
    readonly kinds: { readonly request: string; readonly submission: string };
    readonly inputText: (ministry: string, file: string, kind: string, status: string) => string;
  };
  readonly summary: {
    readonly title: string;
    /** 区分 in this column, 府省 merged over the next ones up to the amounts. */
    readonly groupCol: number;
    readonly ministryFirst: number;
    readonly ministryLast: number;
    readonly groupHeader: string;
    readonly ministryHeader: string;
    readonly subtotalLabel: string;
    readonly notes: readonly string[];
  };
  readonly projects: {
    readonly title: string;
    /** First ministry column; the all-ministry columns follow the last ministry. */
    readonly firstCol: number;
    readonly totals: { readonly amed: string; readonly inhouse: string; readonly unknownCategory: string; readonly total: string; readonly previous: string; readonly change: string };
    readonly notes: readonly string[];
  };
  readonly restated: {
    readonly priorityTitle: string;
    readonly diseaseTitle: string;
    readonly firstCol: number;
    readonly allHeader: string;
    readonly notes: readonly string[];
  };
  readonly detailNote: string;
}

const col = columnIndex;
const d = DEFAULT_LAYOUT;

/** The submission sheet's detail columns from 事業名 on, one column to the right: 府省 takes B. */
const detailColumns = d.detail.columns.map((c) => (c.key === 'no' ? c : { ...c, col: c.col + 1 }));

export const CONSOLIDATION_LAYOUT: ConsolidationLayout = {
  base: {
    ...d,
    sheetName: '府省別取りまとめ',
    marker: 'BudgetCheck.ConsolidatedSheet',
    blockOrder: ['header', 'summary', 'projects', 'priorityAreas', 'diseaseAreas', 'detail'],
    //            A  B   C   D   E   F   G   H   I   J   K   L   M   N   O   P   Q   R   S   T   U
    columnWidths: [6, 22, 30, 9, 14, 20, 13, 13, 13, 13, 13, 13, 15, 40, 14, 16, 36, 30, 10, 24, 10],
    header: { ...d.header, valueLastCol: col('L') },
    detail: { ...d.detail, columns: detailColumns },
  },
  ministryCol: col('B'),
  ministryHeader: '府省',
  title: (year) => `${year} 医療分野の研究開発関連予算 概算要求 府省別取りまとめ`,
  header: {
    ministries: '府省',
    inputs: '入力',
    status: '取りまとめの状況',
    kinds: { request: '要求表', submission: '提出用シート' },
    inputText: (ministry, file, kind, status) => `${ministry}：${file}（${kind}・${status}）`,
  },
  summary: {
    title: '総括表（府省別）',
    groupCol: col('B'),
    ministryFirst: col('C'),
    ministryLast: col('E'),
    groupHeader: '区分',
    ministryHeader: '府省',
    subtotalLabel: '計',
    notes: [
      '※ 各府省の行は、その府省の提出用シートの総括表の同じ行に等しい（同じ事業別明細に対する同じ数式）。',
      ...d.summary.notes,
    ],
  },
  projects: {
    title: '統合プロジェクト別（府省別）',
    firstCol: col('F'),
    totals: { amed: 'AMED対象経費', inhouse: 'インハウス研究機関経費', unknownCategory: '区分不明', total: '計', previous: '前年度予算額', change: '増減額' },
    notes: ['※ 府省の列は各府省の要求・要望額（AMED対象経費・インハウス研究機関経費・区分不明の計）。', ...d.projects.notes],
  },
  restated: {
    priorityTitle: '重点化すべき研究領域（再掲・府省別）',
    diseaseTitle: '疾患領域（再掲・府省別）',
    firstCol: col('F'),
    allHeader: '全府省',
    notes: d.restated.notes,
  },
  detailNote: '※ 府省の列は、各府省の提出用シートの事業別明細にない列で、ほかの列はその明細と同じ。',
};
