/**
 * Writes three ministries' 令和6年度 request sheets for the consolidation demo (samples/r6-*.xlsx),
 * each in its own style, as real ones differ:
 *   r6-mext.xlsx  文部科学省: 百万円, one header row, a 統合プロジェクト label column; the ministry is in the title.
 *   r6-mhlw.xlsx  厚生労働省: 千円, two header rows with 統合プロジェクト別内訳 split columns and a 府省 column;
 *                 the title does not name the ministry.
 *   r6-meti.xlsx  経済産業省: 円, 事業番号 and 令和６年度要求額 style headers, 計 as formulas; only the file
 *                 name says which ministry it is.
 * 医療機器等における先進的研究開発・開発体制強靱化事業 appears in both 厚生労働省 and 経済産業省 (as the
 * two ministries do run it jointly), so the consolidation shows the R6 §2 finding on a pair.
 * Amounts are illustrative. The existing samples (make-samples.ts) are not touched.
 *
 * Run: npx tsx scripts/make-ministry-samples.ts
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Cell = string | number | null;

interface Column {
  readonly header: string;
  /** A parent header merged over consecutive columns (二段見出し). */
  readonly parent?: string;
  readonly amount?: boolean;
  readonly width?: number;
}

interface SampleSheet {
  readonly file: string;
  readonly sheet: string;
  readonly title: readonly string[];
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** Columns (0-based) whose value is written as =request+priority, with these two columns. */
  readonly totalFormula?: { readonly col: number; readonly request: number; readonly priority: number };
  readonly notes: readonly string[];
  readonly format: string;
}

const SPLIT = ['①医薬品', '②医療機器・ヘルスケア', '③再生・細胞医療・遺伝子治療', '④ゲノム・データ基盤', '⑤疾患基礎研究', '⑥シーズ開発・研究基盤'];

/** 百万円, integers. */
const MEXT: SampleSheet = {
  file: 'r6-mext.xlsx',
  sheet: '文科省',
  title: ['令和６年度 概算要求 医療分野の研究開発関連予算（文部科学省）', '（単位：百万円）'],
  columns: [
    { header: '研究事業名', width: 40 },
    { header: '区分' },
    { header: '統合プロジェクト', width: 22 },
    { header: '前年度予算額', amount: true },
    { header: '要求額', amount: true },
    { header: '要望額', amount: true },
    { header: '要求・要望額', amount: true },
    { header: '重点化すべき研究領域', width: 24 },
    { header: '疾患領域' },
    { header: '事業概要', width: 40 },
  ],
  rows: [
    ['革新的先端研究開発支援事業', 'AMED', '⑤疾患基礎研究', 10_500, 10_200, 300, null, null, null, '画期的シーズの創出に向けた基礎研究の推進'],
    ['橋渡し研究プログラム', 'AMED', '⑥シーズ開発・研究基盤', 5_800, 5_700, 100, null, null, null, '大学等のシーズを実用化につなぐ拠点の支援'],
    ['再生・細胞医療・遺伝子治療実現加速化プログラム', 'AMED', '③再生・細胞医療・遺伝子治療', 9_100, 9_000, 600, null, '再生・細胞医療・遺伝子治療', null, 'iPS細胞等の基礎研究から臨床への橋渡し'],
    ['次世代がん医療加速化研究事業', 'AMED', '①医薬品', 6_300, 6_300, 0, null, null, 'がん', 'がんの本態解明に基づく新たな治療法の開発'],
    ['脳神経科学統合プログラム', 'AMED', '⑤疾患基礎研究', 6_400, 6_500, 400, null, '認知症等の脳神経疾患', '精神・神経疾患', '脳のメカニズム解明と認知症等の克服に向けた研究'],
    ['東北メディカル・メガバンク計画', 'AMED', '④ゲノム・データ基盤', 3_300, 3_300, 0, null, null, null, '大規模コホートとバイオバンクの構築'],
    ['新興・再興感染症研究基盤創生事業', 'AMED', '⑤疾患基礎研究', 2_700, 2_700, 0, null, null, '感染症', '海外拠点を活用した感染症研究の推進'],
    ['理化学研究所 生命医科学研究', 'インハウス', '⑥シーズ開発・研究基盤', 4_200, 4_200, 0, null, null, null, '理化学研究所における生命医科学研究'],
  ],
  totalFormula: { col: 6, request: 4, priority: 5 },
  notes: ['※ 金額は架空の例示です。'],
  format: '#,##0;"▲"#,##0',
};

/** 千円, split columns, a 府省 column. */
const MHLW: SampleSheet = {
  file: 'r6-mhlw.xlsx',
  sheet: 'R6要求',
  title: ['令和６年度 医療分野の研究開発関連予算 要求一覧', '（単位：千円）'],
  columns: [
    { header: '府省' },
    { header: '事業名', width: 40 },
    { header: '担当部局・課室', width: 22 },
    { header: '区分' },
    { header: '令和５年度予算額', amount: true },
    { header: '要求額', parent: '令和６年度要求・要望額', amount: true },
    { header: '要望額', parent: '令和６年度要求・要望額', amount: true },
    { header: '計', parent: '令和６年度要求・要望額', amount: true },
    ...SPLIT.map((h) => ({ header: h, parent: '統合プロジェクト別内訳（要求・要望額）', amount: true })),
    { header: '疾患領域' },
    { header: '重点化すべき研究領域', width: 24 },
    { header: '新規・継続' },
  ],
  rows: [
    ['厚生労働省', '医療機器等における先進的研究開発・開発体制強靱化事業', '医政局医薬産業振興・医療情報企画課', 'AMED', 1_600_000, 1_600_000, 200_000, null, null, 1_800_000, null, null, null, null, null, '感染対策等で必要となる海外依存度の高い医療機器等の開発', '継続'],
    ['厚生労働省', '再生医療実用化研究事業', '医政局研究開発政策課', 'AMED', 2_900_000, 2_900_000, 400_000, null, null, null, 3_300_000, null, null, null, null, '再生・細胞医療・遺伝子治療', '継続'],
    ['厚生労働省', '認知症研究開発事業', '老健局認知症施策・地域介護推進課', 'AMED', 1_200_000, 1_342_202, 0, null, null, null, null, 1_045_895, 296_307, null, '老年医学・認知症', '認知症等の脳神経疾患', '継続'],
    ['厚生労働省', '革新的がん医療実用化研究事業', '健康・生活衛生局がん・疾病対策課', 'AMED', 8_800_000, 8_771_960, 0, null, 2_276_602, 196_102, 1_374_529, 3_845_685, 1_079_042, null, 'がん', null, '継続'],
    ['厚生労働省', '難治性疾患実用化研究事業', '健康・生活衛生局難病対策課', 'AMED', 2_900_000, 2_600_000, 300_000, null, null, null, 900_000, 800_000, 1_200_000, null, '難病', null, '継続'],
    ['厚生労働省', '国立がん研究センター研究開発費', '医政局医療経営支援課', 'インハウス', 1_150_000, 1_150_000, 0, null, null, null, null, 400_000, 750_000, null, 'がん', null, '継続'],
    ['厚生労働省', '国立感染症研究所 感染症研究開発費', '健康・生活衛生局感染症対策部', 'インハウス', 400_000, 400_000, 0, null, 150_000, null, null, null, 250_000, null, '感染症', null, '継続'],
  ],
  totalFormula: { col: 7, request: 5, priority: 6 },
  notes: ['※1 金額は架空の例示です（認知症研究開発事業・革新的がん医療実用化研究事業の内訳は公表資料の例による）。', '※2 統合プロジェクト別内訳は要求・要望額の内訳。'],
  format: '#,##0;"△"#,##0',
};

/** 円, 事業番号, 計 as formulas; the ministry only in the file name. */
const METI: SampleSheet = {
  file: 'r6-meti.xlsx',
  sheet: 'Sheet1',
  title: ['令和６年度 医療分野研究開発関連 概算要求（単位：円）'],
  columns: [
    { header: '事業番号' },
    { header: '事業名', width: 44 },
    { header: '担当課室', width: 20 },
    { header: '区分' },
    { header: '統合プロジェクト', width: 20 },
    { header: '令和５年度予算額', amount: true, width: 16 },
    { header: '令和６年度要求額', amount: true, width: 16 },
    { header: '令和６年度要望額', amount: true, width: 16 },
    { header: '計', amount: true, width: 16 },
    { header: '新規・継続' },
    { header: '備考', width: 30 },
  ],
  rows: [
    ['0001', '医療機器等における先進的研究開発・開発体制強靭化事業', '医療・福祉機器産業室', 'AMED', '医療機器・ヘルスケア', 1_500_000_000, 1_400_000_000, 100_000_000, null, '継続', '厚生労働省と連携'],
    ['0002', '再生・細胞医療・遺伝子治療産業化促進事業', '生物化学産業課', 'AMED', '再生・細胞医療・遺伝子治療', 3_100_000_000, 3_000_000_000, 100_000_000, null, '継続', null],
    ['0003', '次世代治療・診断実現のための創薬基盤技術開発事業', '生物化学産業課', 'AMED', '医薬品', 4_000_000_000, 3_900_000_000, 100_000_000, null, '継続', null],
    ['0004', 'ロボット介護機器開発等推進事業', '医療・福祉機器産業室', 'AMED', '医療機器・ヘルスケア', 900_000_000, 850_000_000, 0, null, '継続', null],
    ['0005', '産業技術総合研究所 ライフサイエンス研究', '産業技術環境局', 'インハウス', 'シーズ開発・研究基盤', 1_200_000_000, 1_200_000_000, 0, null, '継続', null],
  ],
  totalFormula: { col: 8, request: 6, priority: 7 },
  notes: ['※ 金額は架空の例示です。'],
  format: '#,##0',
};

async function write(sample: SampleSheet): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '医療研究開発予算チェック (sample generator)';
  wb.created = new Date('2023-08-25T00:00:00Z');
  const ws = wb.addWorksheet(sample.sheet);
  sample.title.forEach((line, i) => {
    ws.getCell(i + 1, 1).value = line;
    if (i === 0) ws.getCell(i + 1, 1).font = { bold: true, size: 14 };
  });
  const twoRows = sample.columns.some((c) => c.parent !== undefined);
  const headerRow = sample.title.length + 2;
  sample.columns.forEach((column, i) => {
    const c = i + 1;
    if (!twoRows) {
      ws.getCell(headerRow, c).value = column.header;
      return;
    }
    if (column.parent === undefined) {
      ws.getCell(headerRow, c).value = column.header;
      ws.mergeCells(headerRow, c, headerRow + 1, c);
      return;
    }
    ws.getCell(headerRow + 1, c).value = column.header;
    if (sample.columns[i - 1]?.parent !== column.parent) {
      let last = i;
      while (sample.columns[last + 1]?.parent === column.parent) last++;
      ws.getCell(headerRow, c).value = column.parent;
      ws.mergeCells(headerRow, c, headerRow, last + 1);
    }
  });
  const headerRows = twoRows ? 2 : 1;
  for (let r = headerRow; r < headerRow + headerRows; r++) {
    ws.getRow(r).font = { bold: true };
    ws.getRow(r).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  const first = headerRow + headerRows;
  const f = sample.totalFormula;
  sample.rows.forEach((values, i) => {
    const r = first + i;
    values.forEach((value, col) => {
      const cell = ws.getCell(r, col + 1);
      if (f && col === f.col) {
        const request = Number(values[f.request]);
        const priority = Number(values[f.priority]);
        const letter = (c: number) => ws.getColumn(c + 1).letter;
        cell.value = { formula: `${letter(f.request)}${r}+${letter(f.priority)}${r}`, result: request + priority };
      } else cell.value = value;
      if (sample.columns[col]?.amount) cell.numFmt = sample.format;
    });
  });
  const notesAt = first + sample.rows.length + 1;
  sample.notes.forEach((note, i) => (ws.getCell(notesAt + i, 1).value = note));
  sample.columns.forEach((column, i) => (ws.getColumn(i + 1).width = column.width ?? 13));
  const out = join(__dirname, '..', 'samples', sample.file);
  writeFileSync(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  console.log(`wrote ${out}`);
}

void (async () => {
  for (const sample of [MEXT, MHLW, METI]) await write(sample);
})();
