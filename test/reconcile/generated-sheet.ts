import fc from 'fast-check';
import type { CellRange, CellValue, SheetGrid } from '../../src/domain/model/grid';
import type { PolicyPack } from '../../src/domain/policy/schema';

/**
 * Ministry worksheets for the reconciliation properties: every kind of row the totals treat
 * differently — AMED, インハウス and unknown 区分, fund-based rows (by name and by 会計区分),
 * 復興特別会計 rows, split rows (whole, short and over), single and multiple labels, disease
 * areas written as projects, names only (suggestions), no 前年度 — in a 厚労-style layout with
 * a two-row header and 「統合プロジェクト別内訳」 merged over one column per project.
 */

export interface GeneratedRow {
  readonly name: string;
  readonly category: string;
  readonly account: string;
  readonly previous: number | null;
  readonly request: number;
  readonly priorityRequest: number | null;
  /** 計 as written; null = blank (the engine takes 要求 + 要望). */
  readonly total: number | null;
  readonly label: string;
  /** Split amounts by project position; empty = no split. */
  readonly split: readonly (number | null)[];
}

const NAMES = [
  '認知症研究開発事業',
  '革新的がん医療実用化研究事業',
  '再生医療実用化研究事業',
  '医療機器開発推進研究事業',
  '創薬支援推進事業',
  '難治性疾患実用化研究事業',
  '東北メディカル・メガバンク計画',
  'ムーンショット型研究開発事業',
  '医療研究開発革新基盤創成事業（CiCLE）',
  'ワクチン開発推進事業（令和5年度補正）',
  '国立高度専門医療研究センター運営費交付金（研究開発）',
  '臨床研究・治験推進研究事業',
  '事業X',
];
const CATEGORIES = ['AMED', 'AMED対象経費', 'インハウス', 'インハウス研究機関経費', '', '委託費'];
const ACCOUNTS = ['', '', '一般会計', '復興特別会計', '補正', '基金'];
const LABELS = ['', '①', '医薬品', '医療機器・ヘルスケアPJ', '④⑤', 'ゲノムデータ基盤', 'がん', '③'];

const amount = fc.integer({ min: 0, max: 5_000_000 });

export const rowArbitrary: fc.Arbitrary<GeneratedRow> = fc.record({
  name: fc.constantFrom(...NAMES),
  category: fc.constantFrom(...CATEGORIES),
  account: fc.constantFrom(...ACCOUNTS),
  previous: fc.option(amount, { nil: null, freq: 5 }),
  request: amount,
  priorityRequest: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: null }),
  totalMode: fc.constantFrom('sum', 'sum', 'blank', 'off'),
  label: fc.constantFrom(...LABELS),
  split: fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as (number | null)[]) },
    { weight: 2, arbitrary: fc.array(fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }), { minLength: 6, maxLength: 6 }) },
  ),
}).map(({ totalMode, ...r }) => {
  const sum = r.request + (r.priorityRequest ?? 0);
  const total = totalMode === 'blank' ? null : totalMode === 'off' ? sum + 1_000 : sum;
  return { ...r, total };
});

export const sheetArbitrary: fc.Arbitrary<GeneratedSheetSpec> = fc.record({
  rows: fc.array(rowArbitrary, { minLength: 1, maxLength: 14 }),
  withPrevious: fc.boolean(),
  withAccount: fc.boolean(),
});

export interface GeneratedSheetSpec {
  readonly rows: readonly GeneratedRow[];
  readonly withPrevious: boolean;
  readonly withAccount: boolean;
}

/** The worksheet as the Office or .xlsx adapter would hand it to the engine. */
export function gridOf(spec: GeneratedSheetSpec, pack: PolicyPack, sheetName = '要求'): SheetGrid {
  const left = ['事業番号', '事業名', '区分', ...(spec.withAccount ? ['会計区分'] : []), ...(spec.withPrevious ? ['前年度予算額'] : []), '要求額', '要望額', '計', '統合プロジェクト'];
  const projects = [...pack.projects].sort((a, b) => a.order - b.order);
  const splitHeaders = projects.map((p) => `${p.marker}${p.shortName}`);
  const headerTop = 2;
  const values: CellValue[][] = [
    [`${pack.fiscalYear.label} 概算要求 医療分野研究開発関連（単位：千円）`],
    [],
    [...left, '統合プロジェクト別内訳', ...splitHeaders.slice(1).map(() => null)],
    [...left.map(() => null), ...splitHeaders],
  ];
  spec.rows.forEach((r, i) => {
    values.push([
      `${i + 1}`,
      r.name,
      r.category,
      ...(spec.withAccount ? [r.account] : []),
      ...(spec.withPrevious ? [r.previous] : []),
      r.request,
      r.priorityRequest,
      r.total,
      r.label,
      ...projects.map((_, p) => (r.split.length > 0 ? (r.split[p] ?? null) : null)),
    ]);
  });
  const merges: CellRange[] = [
    { top: headerTop, left: left.length, bottom: headerTop, right: left.length + projects.length - 1 },
    ...left.map((_, col) => ({ top: headerTop, left: col, bottom: headerTop + 1, right: col })),
  ];
  return { sheetName, originRow: 0, originCol: 0, values, merges };
}
