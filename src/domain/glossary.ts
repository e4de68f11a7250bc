/**
 * The product's words for its own concepts, one each, in Japanese and English: the pane, the
 * CLI's text, the submission and consolidated sheets and the README use these and none of the
 * variants listed (test/glossary.test.ts reads every place that words reach a user). Official
 * names from the policy (統合プロジェクト, 疾患領域 …) are the policy's, not ours, and are not here.
 */
export interface GlossaryTerm {
  readonly ja: string;
  readonly en: string;
  /** What the concept is, for the README's table. */
  readonly meaning: string;
  /** Wordings once used for the same concept that must not come back. */
  readonly notJa: readonly (string | RegExp)[];
}

export const GLOSSARY = {
  finding: { ja: '指摘', en: 'finding', meaning: 'What a check reports about one cell, row or column: a rule, a severity, a message.', notJa: ['検出事項'] },
  severity: { ja: '重大度', en: 'severity', meaning: 'エラー, 警告 or 情報.', notJa: ['重要度'] },
  error: { ja: 'エラー', en: 'error', meaning: 'A finding that keeps the sheet 未確定 until fixed.', notJa: [] },
  warning: { ja: '警告', en: 'warning', meaning: 'A finding to look at; it does not block.', notJa: [] },
  info: { ja: '情報', en: 'info', meaning: 'A finding for information.', notJa: [] },
  provisional: { ja: '未確定（エラーあり）', en: '未確定（エラーあり） (provisional)', meaning: 'A sheet written while errors remain.', notJa: ['暫定版', '仮確定'] },
  unspecifiedProject: {
    ja: '統合プロジェクト未特定',
    en: 'no integrated project (統合プロジェクト未特定)',
    meaning: 'Amounts whose project the sheet does not declare and the officer has not accepted.',
    notJa: ['プロジェクト未割当', 'プロジェクト不明'],
  },
  unknownCategory: { ja: '区分不明', en: 'category unknown (区分不明)', meaning: 'Amounts of rows whose 区分 (AMED / インハウス) is not known.', notJa: ['区分未定', '区分なし'] },
  fund: {
    ja: '基金等',
    en: 'fund-based (基金等)',
    meaning: 'Money through funds, supplementary budgets and government investment (ムーンショット, SCARDA, 補正, 政府出資 …), shown apart and never in the totals.',
    notJa: ['基金・補正等', '基金事業等', '基金関連', '基金分'],
  },
  request: { ja: 'うち要求額', en: 'of which requested', meaning: 'The 要求 part of 要求・要望額.', notJa: [/うち要求(?!額)/] },
  priorityRequest: { ja: 'うち要望額', en: 'of which 要望', meaning: 'The 要望 (priority request) part of 要求・要望額.', notJa: [/うち要望(?!額)/] },
  suggestion: { ja: '候補（未確定）', en: 'suggestion', meaning: 'A project or area inferred from names and texts; it counts nowhere until accepted.', notJa: ['推定値', '推奨'] },
  noSuggestion: {
    ja: '候補なし',
    en: 'no suggestion',
    meaning: "The row's text gives no single project (no policy word, only general words, a 疾患領域 word only, or a tie); the row says which.",
    notJa: ['候補無し'],
  },
  accepted: { ja: '採用', en: 'accepted', meaning: "A suggestion the officer confirmed; it then counts as the sheet's own.", notJa: ['承認済み'] },
  submissionSheet: { ja: '提出用シート', en: 'submission sheet', meaning: "The sheet in the Cabinet Office's format that the product writes.", notJa: ['提出シート', '提出様式シート'] },
  consolidatedSheet: { ja: '取りまとめシート', en: 'consolidated sheet', meaning: 'The government-wide sheet of several ministries.', notJa: ['集約シート', '統合シート'] },
  previousYearSheet: {
    ja: '前年度のシート',
    en: "last year's sheet",
    meaning: "Last year's request sheet, or the submission sheet the product wrote last year, given to compare with: its classification is offered as suggestions.",
    notJa: ['昨年度のシート', '前年のシート', '前年度シート'],
  },
  continuing: { ja: '継続', en: 'continuing', meaning: "A 事業 on this year's sheet that last year's sheet also has (by 事業番号 or by name).", notJa: ['継続中'] },
  added: { ja: '新規', en: 'new', meaning: "A 事業 on this year's sheet that last year's sheet does not have.", notJa: ['新設事業'] },
  discontinued: { ja: '廃止', en: 'discontinued', meaning: "A 事業 of last year's sheet that this year's sheet does not have.", notJa: ['終了事業', '廃止済'] },
} as const satisfies Record<string, GlossaryTerm>;
