import type { CellStyle, SheetModel } from '../model/sheet-model';
import { columnIndex } from '../model/grid';
import { SUBMISSION_MARKER } from './marker';

/**
 * The submission sheet's layout, declared in one place: block order, which sheet column
 * holds what, labels, styles, number formats and widths. No official template is public;
 * this default follows the tables the Headquarters publishes. When a user brings a real
 * 様式, a different layout value is all that should need to change.
 */

export type BlockId = 'header' | 'summary' | 'projects' | 'priorityAreas' | 'diseaseAreas' | 'detail';

export type DetailColumnKey =
  | 'no'
  | 'name'
  | 'source'
  | 'category'
  | 'project'
  | 'total'
  | 'request'
  | 'priorityRequest'
  | 'previous'
  | 'change'
  | 'counted'
  | 'note'
  | 'priorityAreas'
  | 'diseaseAreas'
  | 'purposes'
  | 'basis'
  | 'candidates'
  | 'number'
  | 'department'
  | 'newOrContinuing';

export type SummaryColumnKey = 'total' | 'request' | 'priorityRequest' | 'previous' | 'change' | 'rate';
export type ProjectColumnKey = 'amed' | 'inhouse' | 'unknownCategory' | 'total' | 'previous' | 'change' | 'candidate' | 'note';
export type RestatedColumnKey = 'section' | 'total' | 'previous' | 'change' | 'fund' | 'candidate';

export interface ColumnSpec<K extends string> {
  readonly key: K;
  /** 0-based sheet column. */
  readonly col: number;
  readonly header: string;
}

/** A label that spans several columns (merged). */
export interface LabelSpan {
  readonly first: number;
  readonly last: number;
  readonly header: string;
}

export interface SubmissionLayout {
  readonly sheetName: string;
  /** Identifies the add-in's output sheet (see SheetModel.marker). */
  readonly marker: string;
  readonly blockOrder: readonly BlockId[];
  /** Empty rows between blocks. */
  readonly gapRows: number;
  /** Width in characters of each sheet column. */
  readonly columnWidths: readonly number[];
  readonly freeze: NonNullable<SheetModel['freeze']>;
  readonly print: SheetModel['print'];
  /** Joins several tags in one detail cell; the 再掲 formulas search for it on both sides of a name. */
  readonly tagSeparator: string;
  /**
   * Values of the detail block's 集計対象 column, which every total formula filters on: counted in
   * the initial budget, fund-based (対象外), or a 特別会計 shown apart.
   */
  readonly counted: { readonly yes: string; readonly no: string; readonly account: (label: string) => string };
  readonly title: (fiscalYearLabel: string, ministry: string | undefined) => string;
  readonly header: {
    readonly labelCol: number;
    readonly valueFirstCol: number;
    readonly valueLastCol: number;
    readonly labels: {
      readonly ministry: string;
      readonly policy: string;
      readonly unit: string;
      readonly createdAt: string;
      readonly source: string;
      readonly rows: string;
      readonly status: string;
    };
    readonly unitText: string;
    readonly unknown: string;
    readonly statusFinal: string;
    readonly statusProvisional: string;
    /** 作成日時 is shown in this time zone, followed by the suffix. */
    readonly timeZone: string;
    readonly timeZoneSuffix: string;
    readonly sheetText: (sheet: string) => string;
    readonly rowsText: (rows: number, lines: number) => string;
    readonly statusText: (status: string, errors: number, warnings: number, infos: number) => string;
  };
  readonly summary: {
    readonly title: string;
    readonly label: LabelSpan;
    readonly columns: readonly ColumnSpec<SummaryColumnKey>[];
    readonly unknownCategoryLabel: string;
    readonly allLabel: string;
    readonly fundLabel: string;
    readonly accountLabel: (label: string) => string;
    readonly notes: readonly string[];
  };
  readonly projects: {
    readonly title: string;
    readonly markerCol: number;
    readonly label: LabelSpan;
    readonly columns: readonly ColumnSpec<ProjectColumnKey>[];
    readonly totalLabel: string;
    /** 注記 of a line whose 前年度 was divided pro rata. */
    readonly previousEstimatedNote: string;
    readonly notes: readonly string[];
  };
  readonly restated: {
    readonly priorityTitle: string;
    readonly diseaseTitle: string;
    readonly label: LabelSpan;
    readonly columns: readonly ColumnSpec<RestatedColumnKey>[];
    readonly notes: readonly string[];
  };
  readonly detail: {
    readonly title: string;
    readonly columns: readonly ColumnSpec<DetailColumnKey>[];
    readonly notes: readonly string[];
    /** Short marks written in the 注記 column; each points to a note above. */
    readonly marks: { readonly prorated: string; readonly fund: string; readonly remainder: string };
    /** 分類の根拠: names of the bases and of the row fields evidence came from. */
    readonly basisNames: { readonly split: string; readonly declared: string; readonly accepted: string; readonly none: string };
    readonly fieldNames: Readonly<Record<string, string>>;
    readonly confidenceNames: Readonly<Record<string, string>>;
    readonly evidenceLabels: { readonly candidate: string; readonly confidence: string; readonly noCandidate: string };
    /** Evidence that is last year's classification of the same 事業: its sheet and row. */
    readonly previousYear: (sheet: string, row: number) => string;
    /** Why a line's amount has no project (分類の根拠 of a 「統合プロジェクト未特定」 line). */
    readonly unattributedReasons: {
      readonly none: string;
      readonly unsplit: string;
      readonly remainder: string;
      readonly notInPack: string;
    };
  };
  /** Project column of the detail block and label of the 統合プロジェクト別 line for amounts without a project. */
  readonly unattributedLabel: string;
  /** Used when the pack's 区分 vocabulary lacks an entry the report names. */
  readonly unknownCategoryName: string;
  /** Shown for 前年度 and 増減 when the sheet has no 前年度 column. */
  readonly unknownAmount: string;
  /** 増減率 when 前年度 is 0: increase from nothing, or nothing at all. */
  readonly rateText: { readonly fromZero: string; readonly none: string };
  readonly styles: Readonly<Record<StyleName, CellStyle>>;
  /** For estimating row heights (points): a style without a size has the default size. */
  readonly text: { readonly defaultFontSize: number; readonly defaultRowHeight: number; readonly lineHeightPerPoint: number };
}

export const AMOUNT_FORMAT = '#,##0;"△"#,##0';
export const RATE_FORMAT = '0.0%;"△"0.0%';

export type StyleName =
  | 'title'
  | 'blockTitle'
  | 'restatedTitle'
  | 'headerLabel'
  | 'headerValue'
  | 'columnHeader'
  | 'restatedHeader'
  | 'text'
  | 'textCenter'
  | 'amount'
  | 'rate'
  | 'totalText'
  | 'totalAmount'
  | 'totalRate'
  | 'fundText'
  | 'fundAmount'
  | 'fundRate'
  | 'excludedText'
  | 'excludedCenter'
  | 'excludedAmount'
  | 'note';

const col = columnIndex;

const BODY_FONT_SIZE = 10;
const bordered: CellStyle = { border: 'thin', vertical: 'middle', fontSize: BODY_FONT_SIZE };
const totalFill = '#FFF2CC';
const fundColor = '#595959';
const excludedColor = '#7F7F7F';

export const DEFAULT_LAYOUT: SubmissionLayout = {
  sheetName: '提出用シート',
  marker: SUBMISSION_MARKER,
  blockOrder: ['header', 'summary', 'projects', 'priorityAreas', 'diseaseAreas', 'detail'],
  gapRows: 1,
  //            A  B   C  D   E   F   G   H   I   J   K   L   M   N   O   P   Q   R   S   T
  columnWidths: [6, 34, 9, 14, 24, 13, 13, 13, 13, 13, 13, 15, 44, 14, 16, 36, 30, 10, 24, 10],
  // Only the title row. The detail header sits below the 再掲 blocks (60–100 rows down with
  // a real pack): freezing panes there would fix more rows than a screen shows, and nothing
  // could scroll. Columns stay unfrozen because the upper blocks merge labels across B:E.
  freeze: { rows: 1, cols: 0 },
  print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: { top: 0, bottom: 0 } },
  tagSeparator: '／',
  counted: { yes: '対象', no: '対象外', account: (label) => `別掲（${label}）` },
  title: (year, ministry) => `${year} 医療分野の研究開発関連予算 概算要求 提出用シート${ministry ? `（${ministry}）` : ''}`,
  header: {
    labelCol: col('B'),
    valueFirstCol: col('C'),
    valueLastCol: col('K'),
    labels: {
      ministry: '府省',
      policy: '準拠した資源配分方針',
      unit: '単位',
      createdAt: '作成日時',
      source: '元データ',
      rows: '事業数',
      status: '検証結果',
    },
    unitText: '千円（△はマイナス）',
    unknown: '（不明）',
    statusFinal: '確定',
    statusProvisional: '未確定（エラーあり）',
    timeZone: 'Asia/Tokyo',
    timeZoneSuffix: '（日本時間）',
    sheetText: (sheet) => `シート「${sheet}」`,
    rowsText: (rows, lines) => `${rows}事業（明細 ${lines}行）`,
    statusText: (status, errors, warnings, infos) => `${status}（エラー ${errors}件・警告 ${warnings}件・情報 ${infos}件）`,
  },
  summary: {
    title: '総括表',
    label: { first: col('B'), last: col('E'), header: '区分' },
    columns: [
      { key: 'total', col: col('F'), header: '要求・要望額' },
      { key: 'request', col: col('G'), header: 'うち要求額' },
      { key: 'priorityRequest', col: col('H'), header: 'うち要望額' },
      { key: 'previous', col: col('I'), header: '前年度予算額' },
      { key: 'change', col: col('J'), header: '増減額' },
      { key: 'rate', col: col('K'), header: '増減率' },
    ],
    unknownCategoryLabel: '区分不明',
    allLabel: '合計',
    fundLabel: '（参考）基金等',
    accountLabel: (label) => `（別掲）${label}`,
    notes: [
      '※ 区分不明は、区分（AMED対象経費／インハウス研究機関経費）が記載も確認もされていない事業の額で、合計に含む。',
      '※（参考）基金等は、ムーンショット・SCARDA・基金・補正予算・政府出資等による事業の額で、合計に含めない（事業別明細で集計対象「対象外」の行）。',
      '※（別掲）は、一般会計以外の会計（復興特別会計等）による事業の額で、合計に含めない（事業別明細で集計対象「別掲（…）」の行）。',
    ],
  },
  projects: {
    title: '統合プロジェクト別',
    markerCol: col('A'),
    label: { first: col('B'), last: col('E'), header: '統合プロジェクト' },
    columns: [
      { key: 'amed', col: col('F'), header: 'AMED対象経費' },
      { key: 'inhouse', col: col('G'), header: 'インハウス研究機関経費' },
      { key: 'unknownCategory', col: col('H'), header: '区分不明' },
      { key: 'total', col: col('I'), header: '計' },
      { key: 'previous', col: col('J'), header: '前年度予算額' },
      { key: 'change', col: col('K'), header: '増減額' },
      { key: 'candidate', col: col('L'), header: '（参考）候補（未確定）' },
      { key: 'note', col: col('M'), header: '注記' },
    ],
    totalLabel: '計',
    previousEstimatedNote: '前年度予算額・増減額は按分による参考値※1',
    notes: [
      '※ 複数の統合プロジェクトにまたがる事業は、プロジェクト別の内訳額で計上した。',
      '※「統合プロジェクト未特定」は、統合プロジェクトが特定できない額（記載も確認もなし、複数記載で内訳なし、内訳の合計と事業の額との差額）。',
      '※（参考）候補（未確定）は、統合プロジェクトの記載がなく、事業名・概要からそのプロジェクトが推定されただけの事業の額で、「統合プロジェクト未特定」に含まれ、各プロジェクトの額には含めない。',
    ],
  },
  restated: {
    priorityTitle: '重点化すべき研究領域（再掲）',
    diseaseTitle: '疾患領域（再掲）',
    label: { first: col('B'), last: col('D'), header: '領域' },
    columns: [
      { key: 'section', col: col('E'), header: '資源配分方針の該当箇所' },
      { key: 'total', col: col('F'), header: '要求・要望額' },
      { key: 'previous', col: col('G'), header: '前年度予算額' },
      { key: 'change', col: col('H'), header: '増減額' },
      { key: 'fund', col: col('I'), header: '（参考）基金等' },
      { key: 'candidate', col: col('J'), header: '（参考）候補（未確定）' },
    ],
    notes: [
      '※ 再掲：該当する事業の額（全額）を領域ごとに示したもので、1つの事業が複数の領域に該当しうるため、合計しない。',
      '※ 記載または確認された領域だけを計上した。（参考）候補（未確定）は、事業名・概要から推定されただけの事業の額で、計上していない。',
    ],
  },
  detail: {
    title: '事業別明細',
    columns: [
      { key: 'no', col: col('A'), header: 'No.' },
      { key: 'name', col: col('B'), header: '事業名' },
      { key: 'source', col: col('C'), header: '元のセル' },
      { key: 'category', col: col('D'), header: '区分' },
      { key: 'project', col: col('E'), header: '統合プロジェクト' },
      { key: 'total', col: col('F'), header: '要求・要望額' },
      { key: 'request', col: col('G'), header: 'うち要求額' },
      { key: 'priorityRequest', col: col('H'), header: 'うち要望額' },
      { key: 'previous', col: col('I'), header: '前年度予算額' },
      { key: 'change', col: col('J'), header: '増減額' },
      { key: 'counted', col: col('K'), header: '集計対象' },
      { key: 'note', col: col('L'), header: '注記' },
      { key: 'priorityAreas', col: col('M'), header: '重点化すべき研究領域' },
      { key: 'diseaseAreas', col: col('N'), header: '疾患領域' },
      { key: 'purposes', col: col('O'), header: '開発目的' },
      { key: 'basis', col: col('P'), header: '分類の根拠' },
      { key: 'candidates', col: col('Q'), header: '候補（未確定）' },
      // Last, so that every column above keeps its place: facts the sheet states where it has them.
      { key: 'number', col: col('R'), header: '事業番号' },
      { key: 'department', col: col('S'), header: '担当部局・課室' },
      { key: 'newOrContinuing', col: col('T'), header: '新規・継続' },
    ],
    notes: [
      '※1 按分：前年度予算額・うち要求額・うち要望額が統合プロジェクト別に分かれていない事業は、要求・要望額のプロジェクト別内訳の比で按分した。端数は最大剰余法で整数千円（千円未満の額を含む事業は整数円）に丸め、内訳の合計は事業の額に一致する。',
      '※2 基金等：ムーンショット・SCARDA・基金・補正予算・政府出資等による事業は集計対象「対象外」とし、総括表・統合プロジェクト別・再掲の各欄に含めず、（参考）基金等に計上した。一般会計以外の会計（復興特別会計等）の事業は集計対象「別掲（…）」とし、総括表の（別掲）の行に計上した。',
      '※3 差額：統合プロジェクト別の内訳の合計と事業の要求・要望額との差額で、「統合プロジェクト未特定」に計上した。',
      '※ 分類の根拠「確認済みの候補」は、シートに記載はないが、事業名・概要からの候補を担当者が確認して採用したもの。候補（未確定）の列は、確認されていない候補で、どの集計にも含めない。',
      '※ 総括表・統合プロジェクト別・再掲の各欄の額は、この明細を参照する数式（SUMIFS 等）で計算している。',
    ],
    marks: { prorated: '按分※1', fund: '基金等※2', remainder: '差額※3' },
    basisNames: { split: '分割列', declared: '申告', accepted: '確認済みの候補', none: '未分類' },
    fieldNames: {
      name: '事業名',
      summary: '事業概要',
      projectLabel: '統合プロジェクト欄',
      projectAmount: 'プロジェクト別金額列',
      priorityArea: '重点領域欄',
      diseaseArea: '疾患領域欄',
      purpose: '開発目的欄',
      remarks: '備考',
      department: '担当部局',
    },
    confidenceNames: { high: '高', medium: '中', low: '低' },
    evidenceLabels: { candidate: '候補', confidence: '確度', noCandidate: '候補なし' },
    previousYear: (sheet, row) => `前年度の分類（${sheet}・${row}行目）`,
    unattributedReasons: {
      none: '統合プロジェクトの記載・確認なし',
      unsplit: '複数の統合プロジェクトの記載で内訳なし',
      remainder: '内訳の合計と事業の額との差額',
      notInPack: 'この年度の方針にない統合プロジェクト',
    },
  },
  unattributedLabel: '統合プロジェクト未特定',
  unknownCategoryName: '区分不明',
  unknownAmount: '－',
  rateText: { fromZero: '皆増', none: '－' },
  text: { defaultFontSize: 11, defaultRowHeight: 15, lineHeightPerPoint: 1.5 },
  styles: {
    title: { bold: true, fontSize: 14 },
    blockTitle: { bold: true, fontSize: 12 },
    restatedTitle: { bold: true, fontSize: 12, fontColor: '#375623' },
    headerLabel: { ...bordered, bold: true, fill: '#F2F2F2' },
    headerValue: { ...bordered, horizontal: 'left', wrap: true },
    columnHeader: { ...bordered, bold: true, fill: '#D9E1F2', horizontal: 'center', wrap: true },
    restatedHeader: { ...bordered, bold: true, fill: '#E2EFDA', horizontal: 'center', wrap: true },
    text: { ...bordered, wrap: true },
    textCenter: { ...bordered, horizontal: 'center', wrap: true },
    amount: { ...bordered, numberFormat: AMOUNT_FORMAT },
    rate: { ...bordered, numberFormat: RATE_FORMAT, horizontal: 'right' },
    totalText: { ...bordered, bold: true, fill: totalFill, wrap: true },
    totalAmount: { ...bordered, bold: true, fill: totalFill, numberFormat: AMOUNT_FORMAT },
    totalRate: { ...bordered, bold: true, fill: totalFill, numberFormat: RATE_FORMAT, horizontal: 'right' },
    fundText: { ...bordered, italic: true, fontColor: fundColor, wrap: true },
    fundAmount: { ...bordered, italic: true, fontColor: fundColor, numberFormat: AMOUNT_FORMAT },
    fundRate: { ...bordered, italic: true, fontColor: fundColor, numberFormat: RATE_FORMAT, horizontal: 'right' },
    excludedText: { ...bordered, fontColor: excludedColor, wrap: true },
    excludedCenter: { ...bordered, fontColor: excludedColor, horizontal: 'center', wrap: true },
    excludedAmount: { ...bordered, fontColor: excludedColor, numberFormat: AMOUNT_FORMAT },
    note: { fontSize: 9, fontColor: '#404040' },
  },
};

/** The sheet column of a detail field. */
export function detailColumn(layout: SubmissionLayout, key: DetailColumnKey): number {
  const spec = layout.detail.columns.find((c) => c.key === key);
  if (!spec) throw new Error(`layout has no detail column '${key}'`);
  return spec.col;
}
