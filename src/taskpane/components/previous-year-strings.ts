import type { PaneLocale } from '../i18n';

/**
 * The words of 「前年度のシート」 (step 1) and 前年度との比較 (results), in each language. Apart
 * from the pane's other strings because only the views loaded after the first paint use them,
 * which keeps them out of the pane's first download (the budget of test/bench/run.test.ts).
 */
export interface PreviousYearStrings {
  readonly label: string;
  readonly hint: string;
  readonly none: string;
  readonly fromFile: string;
  readonly clear: string;
  readonly reading: string;
  readonly read: (where: string, kind: 'request' | 'submission', year: string | null, rows: number) => string;
  readonly problem: (sheet: string, problem: 'no-header' | 'no-rows' | 'submission-unreadable', detail: string) => string;
  readonly failed: (message: string) => string;
  readonly counts: (continuing: number, added: number, discontinued: number) => string;
  readonly added: string;
  readonly discontinued: string;
  readonly renamed: string;
  readonly from: (row: number, name: string, how: string) => string;
  readonly similarity: (similarity: string) => string;
  readonly byNumber: (similarity: string) => string;
  readonly previousRow: (row: number) => string;
  readonly more: (n: number) => string;
  readonly otherPeriod: string;
  /** A reason that is last year's classification: its sheet and row, and how the 事業 was matched (by 事業番号, or the names' similarity). */
  readonly previousReason: (sheet: string, row: number, by: 'number' | 'name', similarity: string) => string;
  /** A project offered from last year with its part of this year's amount. */
  readonly candidateShare: (project: string, amount: string) => string;
}

export const PREVIOUS_YEAR_STRINGS: Readonly<Record<PaneLocale, PreviousYearStrings>> = {
  ja: {
    label: '前年度のシート（任意）',
    hint: '前年度の要求表か、この製品で作った提出用シートを、このブックのシートかファイルから選びます（ファイルはこのパソコンの中で読み、送信しません）。継続の事業に前年度の統合プロジェクト・重点領域・疾患領域を候補（未確定）として示し、新規・継続・廃止の事業を一覧にします。',
    none: '（指定しない）',
    fromFile: '前年度のシートをファイルから選ぶ',
    clear: '前年度のシートを外す',
    reading: '前年度のシートを読み込んでいます…',
    read: (where, kind, year, rows) => `前年度のシート: ${where}（${kind === 'submission' ? '提出用シート' : '要求表'}${year !== null ? `・${year}` : ''}・事業 ${rows} 件）`,
    problem: (sheet, problem, detail) =>
      `「${sheet}」から前年度の事業を読めません（${problem === 'no-header' ? '事業名と金額の見出し行がありません' : problem === 'no-rows' ? '事業の行がありません' : `提出用シートの様式と違います: ${detail}`}）。前年度の要求表か提出用シートを選んでください。`,
    failed: (message) => `前年度のシートを読めませんでした：${message}`,
    counts: (c, a, d) => `継続 ${c} 件、新規 ${a} 件、廃止 ${d} 件`,
    added: '新規（今年度のシートにだけある事業）',
    discontinued: '廃止（前年度のシートにだけある事業）',
    renamed: '継続のうち、名称が変わったもの・事業番号で対応づけたもの',
    from: (row, name, how) => `← 前年度 ${row} 行目「${name}」（${how}）`,
    similarity: (s) => `名称の類似度 ${s}`,
    byNumber: (s) => `事業番号で対応づけ、名称の類似度 ${s}`,
    previousRow: (n) => `前年度 ${n} 行目`,
    more: (n) => `ほか ${n} 件（［検証結果を保存（JSON）］で全件を確かめられます）`,
    otherPeriod: '前年度の統合プロジェクトは別の期のもので、方針に対応が示されていないため、今年度の方針にもある統合プロジェクトだけを候補として引き継ぎます。',
    previousReason: (sheet, row, by, s) => `前年度の分類（${sheet}・${row}行目、${by === 'number' ? '事業番号で一致' : s === '1' ? '名称が一致' : `名称の類似度 ${s}`}）`,
    candidateShare: (project, amount) => `${project} ${amount}千円`,
  },
  en: {
    label: "Last year's sheet (optional)",
    hint: "Choose last year's request sheet, or a submission sheet this product wrote, from this workbook or from a file (read on this computer, never sent anywhere). Continuing programs are offered last year's projects, priority areas and 疾患領域 as suggestions, and new, continuing and discontinued programs are listed.",
    none: '(none)',
    fromFile: "Choose last year's workbook",
    clear: "Remove last year's sheet",
    reading: "Reading last year's sheet…",
    read: (where, kind, year, rows) => `Last year's sheet: ${where} (${kind === 'submission' ? 'submission sheet' : 'request sheet'}${year !== null ? `, ${year}` : ''}, ${rows} programs)`,
    problem: (sheet, problem, detail) =>
      `No programs of last year can be read from "${sheet}" (${problem === 'no-header' ? 'no header row with 事業名 and amounts' : problem === 'no-rows' ? 'no rows of programs' : `not laid out as a submission sheet: ${detail}`}). Choose last year's request sheet or submission sheet.`,
    failed: (message) => `Last year's sheet could not be read: ${message}`,
    counts: (c, a, d) => `${c} continuing, ${a} new, ${d} discontinued`,
    added: "New (only on this year's sheet)",
    discontinued: "Discontinued (only on last year's sheet)",
    renamed: 'Continuing, renamed or matched by 事業番号',
    from: (row, name, how) => `← last year row ${row} "${name}" (${how})`,
    similarity: (s) => `names ${s} alike`,
    byNumber: (s) => `matched by 事業番号; names ${s} alike`,
    previousRow: (n) => `last year row ${n}`,
    more: (n) => `and ${n} more ("Save the results (JSON)" has them all)`,
    otherPeriod: "Last year's projects are of another plan period and the policy gives no mapping: only projects this year's policy also has are offered as suggestions.",
    previousReason: (sheet, row, by, s) => `last year's classification (${sheet}, row ${row}; ${by === 'number' ? 'same 事業番号' : s === '1' ? 'same name' : `names ${s} alike`})`,
    candidateShare: (project, amount) => `${project} ${amount} thousand yen`,
  },
};
