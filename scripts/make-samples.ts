/**
 * Writes the bundled sample workbooks (samples/*.xlsx): a 厚生労働省-style 令和6年度 request sheet in 千円
 * with a two-row header, split columns per integrated project, formulas with cached values, 小計/合計 rows
 * and notes. One is clean; the other carries the mistakes the Cabinet Office hearing typically sends back.
 * Amounts are illustrative; the splits of 認知症研究開発事業, 免疫アレルギー疾患実用化研究事業 and
 * 革新的がん医療実用化研究事業 follow the published examples in DESIGN.md.
 *
 * Run: npx tsx scripts/make-samples.ts
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Split = Partial<Record<1 | 2 | 3 | 4 | 5 | 6, number>>;
type Amount = number | string | { error: string } | null;

interface SampleRow {
  no?: string;
  name: string;
  dept: string;
  category: string;
  label?: string;
  previous: Amount;
  request: Amount;
  priority: Amount;
  /** When set, 計 is written as this literal instead of the =要求+要望 formula (a typical mistake). */
  totalLiteral?: number;
  split?: Split;
  disease?: string;
  purpose?: string;
  area?: string;
  summary?: string;
  status?: string;
  remarks?: string;
}

interface Subtotal {
  subtotal: string;
  /** A hard-coded (wrong) value instead of SUM formulas, for the mistakes sample. */
  literalTotal?: number;
}

type Line = SampleRow | Subtotal;

const PROJECT_HEADERS = ['①医薬品', '②医療機器・ヘルスケア', '③再生・細胞医療・遺伝子治療', '④ゲノム・データ基盤', '⑤疾患基礎研究', '⑥シーズ開発・研究基盤'];
// Columns: A 番号, B 事業名, C 担当部局・課室, D 区分, E 統合プロジェクト, F 前年度, G 要求, H 要望, I 計, J–O split, P 疾患領域, Q 開発目的, R 重点, S 概要, T 新規・継続, U 備考
const COL = { no: 1, name: 2, dept: 3, category: 4, label: 5, previous: 6, request: 7, priority: 8, total: 9, split: 10, disease: 16, purpose: 17, area: 18, summary: 19, status: 20, remarks: 21 };
const AMOUNT_FORMAT = '#,##0;"△"#,##0';

const AMED: SampleRow[] = [
  { no: '1', name: '医薬品等規制調和・評価研究事業', dept: '医薬局医薬品審査管理課', category: 'AMED', previous: 1_050_000, request: 1_020_000, priority: 80_000, split: { 1: 1_100_000 }, purpose: '治療', area: 'mRNAモダリティの品質評価ガイダンスの作成（レギュラトリーサイエンス）', summary: 'mRNAモダリティの品質評価及び管理に用いる評価法のガイダンス作成等、レギュラトリーサイエンス研究を推進', status: '継続' },
  { no: '2', name: '創薬基盤推進研究事業', dept: '医政局研究開発政策課', category: 'AMED', previous: 2_800_000, request: 2_700_000, priority: 300_000, split: { 1: 3_000_000 }, purpose: '治療', area: '産学官共同創薬研究プロジェクト（GAPFREE）', summary: '産学官共同創薬研究プロジェクト（GAPFREE）により企業とアカデミアのマッチングを促進', status: '継続' },
  { no: '3', name: '医療機器等における先進的研究開発・開発体制強靱化事業', dept: '医政局医薬産業振興・医療情報企画課', category: 'AMED', previous: 1_600_000, request: 1_600_000, priority: 200_000, split: { 2: 1_800_000 }, purpose: '診断、治療', area: '革新的な医療機器や医療従事者の負担軽減等に資する医療機器の開発', summary: '革新的な医療機器や医療従事者の負担軽減等に資する医療機器の開発を支援', status: '継続' },
  { no: '4', name: '再生医療実用化研究事業', dept: '医政局研究開発政策課', category: 'AMED', previous: 2_900_000, request: 2_900_000, priority: 400_000, split: { 3: 3_300_000 }, purpose: '治療', area: '再生・細胞医療・遺伝子治療', summary: 'iPS細胞等を用いた再生医療の臨床研究・治験を支援', status: '継続' },
  { no: '5', name: '認知症研究開発事業', dept: '老健局認知症施策・地域介護推進課', category: 'AMED', previous: 1_200_000, request: 1_342_202, priority: 0, split: { 4: 1_045_895, 5: 296_307 }, disease: '老年医学・認知症', purpose: '予防、診断、治療', area: '認知症等の脳神経疾患', summary: 'コホート・レジストリを活用した認知症の予防・診断・治療法の開発', status: '継続' },
  { no: '6', name: '免疫アレルギー疾患実用化研究事業', dept: '健康・生活衛生局がん・疾病対策課', category: 'AMED', previous: 800_000, request: 860_386, priority: 0, split: { 1: 58_888, 4: 88_888, 5: 712_610 }, disease: 'その他', purpose: '治療', area: '免疫アレルギー疾患の根治を目指した治療の研究', summary: '花粉症等に対するアレルゲン免疫療法をはじめとする根治を目指した治療の研究', status: '継続' },
  { no: '7', name: '革新的がん医療実用化研究事業', dept: '健康・生活衛生局がん・疾病対策課', category: 'AMED', previous: 8_500_000, request: 8_771_960, priority: 0, split: { 1: 2_276_602, 2: 196_102, 3: 1_374_529, 4: 3_845_685, 5: 1_079_042 }, disease: 'がん', purpose: '診断、治療', area: 'がんの医薬品開発', summary: 'がんの医薬品開発、非ウイルス性遺伝子改変CAR-T細胞療法、全ゲノム解析等を推進', status: '継続' },
  { no: '8', name: '難治性疾患実用化研究事業', dept: '健康・生活衛生局難病対策課', category: 'AMED', previous: 2_600_000, request: 2_600_000, priority: 300_000, split: { 3: 900_000, 4: 800_000, 5: 1_200_000 }, disease: '難病', purpose: '診断、治療', area: '難治性疾患の臨床試験等への移行支援', summary: '難治性疾患のシーズ探索研究から臨床試験等への移行支援を強化', status: '継続' },
  { no: '9', name: '臨床研究・治験推進研究事業', dept: '医政局研究開発政策課', category: 'AMED', label: '⑥シーズ開発・研究基盤', previous: 1_500_000, request: 1_500_000, priority: 0, purpose: '治療', summary: '臨床研究中核病院等における質の高い臨床研究・治験の推進', status: '継続' },
  { no: '10', name: '新興・再興感染症に対する革新的医薬品等開発推進研究事業', dept: '健康・生活衛生局感染症対策部', category: 'AMED', label: '医薬品PJ', previous: 2_900_000, request: 2_900_000, priority: 0, disease: '感染症', purpose: '治療', summary: '新興・再興感染症に対するワクチン・治療薬等の開発', status: '継続' },
  { no: '11', name: '循環器疾患・糖尿病等生活習慣病対策実用化研究事業', dept: '健康・生活衛生局健康課', category: 'AMED', previous: 900_000, request: 900_000, priority: 0, split: { 2: 200_000, 4: 300_000, 5: 400_000 }, disease: '生活習慣病', purpose: '予防', summary: '生活習慣病の予防・重症化抑制のためのデバイス・ソフトウェア開発と病態解明', status: '継続' },
];

const INHOUSE: SampleRow[] = [
  { no: '12', name: '国立がん研究センター研究開発費', dept: '医政局医療経営支援課', category: 'インハウス', previous: 1_150_000, request: 1_150_000, priority: 0, split: { 4: 400_000, 5: 750_000 }, disease: 'がん', purpose: '診断、治療', status: '継続' },
  { no: '13', name: '国立精神・神経医療研究センター研究開発費', dept: '医政局医療経営支援課', category: 'インハウス', previous: 1_000_000, request: 1_000_000, priority: 0, split: { 5: 1_000_000 }, disease: '精神・神経疾患', purpose: '診断、治療', status: '継続' },
  { no: '14', name: '国立感染症研究所 感染症研究開発費', dept: '健康・生活衛生局感染症対策部', category: 'インハウス', previous: 400_000, request: 400_000, priority: 0, split: { 1: 150_000, 5: 250_000 }, disease: '感染症', purpose: '予防、診断', status: '継続' },
];

const CLEAN: Line[] = [...AMED, { subtotal: 'AMED対象経費 小計' }, ...INHOUSE, { subtotal: 'インハウス研究機関経費 小計' }, { subtotal: '合計' }];

/** The same sheet with the mistakes a hearing sends back; each is named in its remarks-free form so the finding speaks for itself. */
const MISTAKES: Line[] = [
  AMED[0],
  // 計 typed in by hand and not equal to 要求 + 要望 (total-mismatch)
  { ...AMED[1], totalLiteral: 3_100_000, split: { 1: 3_100_000 } },
  // split amounts do not add up to 計 (split-sum-mismatch)
  { ...AMED[2], split: { 2: 1_700_000 } },
  // 要望額 not yet decided (amount-not-number)
  { ...AMED[3], priority: '未定', split: undefined, label: '③' },
  // broken reference in 前年度 (error-value)
  { ...AMED[4], previous: { error: '#REF!' } },
  // near-miss project label (project-label-near-miss)
  { no: '6', name: '臨床ゲノム情報統合データベース整備事業', dept: '大臣官房厚生科学課', category: 'AMED', label: 'ゲノムデータ基盤', previous: 1_400_000, request: 1_400_000, priority: 0, purpose: '診断', summary: '全ゲノム解析等実行計画に基づく情報基盤の構築', status: '継続' },
  // a 3rd-period project name (感染症プロジェクト) in a 令和6年度 request; in R6 感染症 is a 疾患領域 (disease-area-as-project)
  { no: '7', name: '新興・再興感染症に対する革新的医薬品等開発推進研究事業', dept: '健康・生活衛生局感染症対策部', category: 'AMED', label: '感染症プロジェクト', previous: 2_900_000, request: 2_900_000, priority: 0, disease: '感染症', purpose: '治療', status: '継続' },
  // a 疾患領域 written as if it were a project (disease-area-as-project)
  { no: '8', name: '革新的がん医療実用化研究事業', dept: '健康・生活衛生局がん・疾病対策課', category: 'AMED', label: 'がん', previous: 8_500_000, request: 8_771_960, priority: 0, disease: 'がん', purpose: '診断、治療', area: 'がんの医薬品開発', status: '継続' },
  // the same 事業 twice (duplicate-project)
  { ...AMED[8], no: '9' },
  { ...AMED[8], no: '10' },
  // no project at all on an AMED row (project-missing, with a suggestion)
  { no: '11', name: '医療機器開発推進研究事業', dept: '医政局医薬産業振興・医療情報企画課', category: 'AMED', previous: 900_000, request: 950_000, priority: 0, purpose: '診断、治療', summary: 'AI・IoT技術を活用した医療機器の開発', status: '継続' },
  // negative 要望額 (negative-request) and an unknown 区分 (category-unknown)
  { no: '12', name: '循環器疾患・糖尿病等生活習慣病対策実用化研究事業', dept: '健康・生活衛生局健康課', category: '委託費', previous: 900_000, request: 900_000, priority: '△50,000', split: { 2: 200_000, 4: 300_000, 5: 350_000 }, disease: '生活習慣病', purpose: '予防', status: '継続' },
  // large increase with neither explanation nor a link to the year's priority areas
  { no: '13', name: '医療技術実用化総合促進事業', dept: '医政局研究開発政策課', category: 'AMED', label: '⑥', previous: 500_000, request: 900_000, priority: 0, status: '継続' },
  // 調整費 requested by a ministry (adjustment-fund-requested)
  { no: '14', name: '医療分野研究開発推進調整費', dept: '大臣官房厚生科学課', category: 'AMED', label: '⑥', previous: 0, request: 1_000_000, priority: 0, status: '新規' },
  // fund-based money mixed into the initial-budget request (fund-row)
  { no: '15', name: 'ムーンショット型研究開発事業（基金）', dept: '大臣官房厚生科学課', category: 'AMED', label: '⑤', previous: 0, request: 500_000, priority: 0, status: '新規', remarks: '基金による実施' },
  // unknown 疾患領域 and 開発目的 (disease-area-unknown, purpose-unknown)
  { no: '16', name: '女性の健康の包括的支援実用化研究事業', dept: '健康・生活衛生局健康課', category: 'AMED', label: '疾患基礎研究プロジェクト', previous: 300_000, request: 300_000, priority: 0, disease: '女性の健康', purpose: '実用化', status: '継続' },
  // 小計 typed in by hand (subtotal-mismatch)
  { subtotal: 'AMED対象経費 小計', literalTotal: 30_000_000 },
  ...INHOUSE.map((r, i) => ({ ...r, no: String(17 + i) })),
  { subtotal: 'インハウス研究機関経費 小計' },
  { subtotal: '合計' },
];

function isSubtotal(line: Line): line is Subtotal {
  return 'subtotal' in line;
}

function cellValue(v: Amount): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object') return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function numeric(v: Amount): number {
  return typeof v === 'number' ? v : 0;
}

function writeSample(lines: Line[], file: string): void {
  const wb = new ExcelJS.Workbook();
  wb.creator = '医療研究開発予算チェック (sample generator)';
  wb.created = new Date('2023-08-25T00:00:00Z');
  const ws = wb.addWorksheet('R6概算要求');

  ws.getCell('A1').value = '令和６年度 概算要求 医療分野の研究開発関連予算（厚生労働省）';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('U2').value = '（単位：千円）';

  const singleHeaders: [number, string][] = [
    [COL.no, '番号'], [COL.name, '事業名'], [COL.dept, '担当部局・課室'], [COL.category, '区分'], [COL.label, '統合プロジェクト'],
    [COL.previous, '令和５年度予算額'], [COL.disease, '疾患領域'], [COL.purpose, '開発目的'], [COL.area, '重点化すべき研究領域'],
    [COL.summary, '事業概要'], [COL.status, '新規・継続'], [COL.remarks, '備考'],
  ];
  for (const [col, text] of singleHeaders) {
    ws.getCell(4, col).value = text;
    ws.mergeCells(4, col, 5, col);
  }
  ws.getCell(4, COL.request).value = '令和６年度要求・要望額';
  ws.mergeCells(4, COL.request, 4, COL.total);
  ws.getCell(5, COL.request).value = '要求額';
  ws.getCell(5, COL.priority).value = '要望額';
  ws.getCell(5, COL.total).value = '計';
  ws.getCell(4, COL.split).value = '統合プロジェクト別内訳（要求・要望額）';
  ws.mergeCells(4, COL.split, 4, COL.split + 5);
  PROJECT_HEADERS.forEach((h, i) => (ws.getCell(5, COL.split + i).value = h));
  for (const r of [4, 5]) {
    ws.getRow(r).font = { bold: true };
    ws.getRow(r).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }

  const amountCols = [COL.previous, COL.request, COL.priority, COL.total, ...PROJECT_HEADERS.map((_, i) => COL.split + i)];
  let r = 6;
  let blockStart = r;
  const subtotalRows: number[] = [];
  const blockSums = new Map<number, number>();
  const grand = new Map<number, number>();
  for (const line of lines) {
    const row = ws.getRow(r);
    if (isSubtotal(line)) {
      row.getCell(COL.name).value = line.subtotal;
      row.font = { bold: true };
      const isGrand = line.subtotal === '合計';
      for (const c of amountCols) {
        const letter = ws.getColumn(c).letter;
        const result = isGrand ? grand.get(c) ?? 0 : blockSums.get(c) ?? 0;
        if (line.literalTotal !== undefined && c === COL.total) row.getCell(c).value = line.literalTotal;
        else if (isGrand) row.getCell(c).value = { formula: subtotalRows.map((s) => `${letter}${s}`).join('+'), result };
        else row.getCell(c).value = { formula: `SUM(${letter}${blockStart}:${letter}${r - 1})`, result };
        row.getCell(c).numFmt = AMOUNT_FORMAT;
      }
      if (!isGrand) {
        subtotalRows.push(r);
        blockSums.clear();
      }
      blockStart = r + 1;
      r++;
      continue;
    }
    const total = line.totalLiteral ?? numeric(line.request) + numeric(line.priority);
    const add = (c: number, v: number) => {
      blockSums.set(c, (blockSums.get(c) ?? 0) + v);
      grand.set(c, (grand.get(c) ?? 0) + v);
    };
    row.getCell(COL.no).value = line.no ?? null;
    row.getCell(COL.name).value = line.name;
    row.getCell(COL.dept).value = line.dept;
    row.getCell(COL.category).value = line.category;
    row.getCell(COL.label).value = line.label ?? null;
    row.getCell(COL.previous).value = cellValue(line.previous);
    row.getCell(COL.request).value = cellValue(line.request);
    row.getCell(COL.priority).value = cellValue(line.priority);
    const g = ws.getColumn(COL.request).letter;
    const h = ws.getColumn(COL.priority).letter;
    row.getCell(COL.total).value =
      line.totalLiteral !== undefined || typeof line.priority !== 'number' ? total : { formula: `${g}${r}+${h}${r}`, result: total };
    add(COL.previous, numeric(line.previous));
    add(COL.request, numeric(line.request));
    add(COL.priority, numeric(line.priority));
    add(COL.total, total);
    for (const [k, v] of Object.entries(line.split ?? {})) {
      const c = COL.split + Number(k) - 1;
      row.getCell(c).value = v;
      add(c, v);
    }
    for (const c of amountCols) row.getCell(c).numFmt = AMOUNT_FORMAT;
    row.getCell(COL.disease).value = line.disease ?? null;
    row.getCell(COL.purpose).value = line.purpose ?? null;
    row.getCell(COL.area).value = line.area ?? null;
    row.getCell(COL.summary).value = line.summary ?? null;
    row.getCell(COL.status).value = line.status ?? null;
    row.getCell(COL.remarks).value = line.remarks ?? null;
    r++;
  }
  r++;
  ws.getCell(r, 1).value = '※1 金額は架空の例示です（認知症研究開発事業、免疫アレルギー疾患実用化研究事業、革新的がん医療実用化研究事業の内訳は公表資料の例による）。';
  ws.getCell(r + 1, 1).value = '※2 統合プロジェクト別内訳は要求・要望額の内訳。';

  ws.columns.forEach((col, i) => (col.width = i + 1 === COL.name || i + 1 === COL.summary ? 36 : i + 1 === COL.dept ? 22 : 13));
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 5 }];
  const out = join(__dirname, '..', 'samples', file);
  void wb.xlsx.writeBuffer().then((buf) => {
    writeFileSync(out, new Uint8Array(buf as ArrayBuffer));
    console.log(`wrote ${out}`);
  });
}

writeSample(CLEAN, 'sample-r6-clean.xlsx');
writeSample(MISTAKES, 'sample-r6-with-mistakes.xlsx');
