import { normalizeText } from '../text/normalize';

/**
 * What a non-data row is, judged from its labels. Everything here works on NFKC text, so
 * 「合 計」 (with an ideographic space), 「（小計）」「【合計】」 and 「※」「（注）」 are recognised however they are typed.
 */

export interface SubtotalLabel {
  readonly kind: 'subtotal' | 'grandTotal';
  /**
   * Nesting of subtotals: 小計 (1) inside 計 (2). A subtotal covers the data rows since the
   * previous subtotal of the same or a higher level.
   */
  readonly level: 1 | 2;
}

function labelKey(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/^[([【〔<《〈「『]+|[)\]】〕>》〉」』]+$/g, '');
}

/** 「経費計」「厚生労働省計」「AMED計」: 計 after a word that names a group of rows. */
const GROUP_TOTAL = /(費|分|省|庁|府|局|部|課|amed|インハウス|対象|機関|事業|pj|プロジェクト)計$/i;

/**
 * 合計/総計 (grand total), 小計/中計 (subtotal), 計 and 「○○計」 (group total). A 事業 name that
 * merely ends in 計 (「…の設計」「医療統計」) is not a label.
 */
export function subtotalLabel(text: string): SubtotalLabel | null {
  // Every label has 計 or 額 (総額), and no other character becomes either under NFKC: a name
  // without them is no label, and is not normalised for nothing (this runs for every row).
  if (!text.includes('計') && !text.includes('額')) return null;
  const key = labelKey(text);
  if (key === '') return null;
  if (/^(総合計|合計|総計|総額|合計額)$/.test(key) || /(合計|総計)$/.test(key)) return { kind: 'grandTotal', level: 2 };
  if (/^(小計|中計)$/.test(key) || /小計$/.test(key) || /^小計[(（]/.test(key)) return { kind: 'subtotal', level: 1 };
  if (key === '計' || GROUP_TOTAL.test(key)) return { kind: 'subtotal', level: 2 };
  return null;
}

/** 「※…」「（注）…」「注1）…」「出典：…」: notes below (or between) the table. */
export function isNoteText(text: string): boolean {
  return /^(※|\*|\(注|注[)\d:]|注記|出典[:)]|資料[:)]|\(出典|\(備考\)|備考[:)])/.test(normalizeText(text));
}

/** 「【AMED対象経費】」「(1) インハウス」「■厚生労働省」: a heading alone on its row. */
export function isSectionHeading(text: string): boolean {
  return /^([【〔<《■□●○◆◇▼▽]|\(?\d{1,2}[).]|[IVXⅠ-Ⅹ]+[.)、])/.test(normalizeText(text));
}
