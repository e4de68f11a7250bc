import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/**
 * Emitted by the reader (reading/year-agreement.ts): once with params sheetYears and evidence
 * (and notRead, messageId 'with-unread', when columns were left unread), then once per unread
 * column (messageId 'column-not-read': header, sheetYear, filledCells, errorCells).
 */
export const yearMismatch = defineRule({
  id: 'year-mismatch',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '年度の不一致', en: 'Year mismatch' },
    description: {
      ja: '検証に使う年度（--year や作業ウィンドウの選択）が、シートの表題の年度や見出しの年度（「令和5年度予算額」は令和6年度の前年度）と合っているかを確かめ、合わないために読み込まなかった列を示します。',
      en: "Checks that the year checked against (--year or the pane's choice) agrees with the sheet's title and the years in its headers (「令和5年度予算額」 is the previous year of 令和6年度), and names the columns left unread because it does not.",
    },
    why: {
      ja: '列の読み取り、統合プロジェクト、重点領域は年度の方針で決まります。年度が違うと前年度の列が読まれず、検証も集計も誤ります。',
      en: "Columns, integrated projects and priority areas are read by the year's policy. With the wrong year the previous-year column goes unread and every check and total is wrong.",
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '{fiscalYear}として検証していますが、シートは{sheetYears}のものとみられます（根拠: {evidence}）。年度ごとの方針で読むため、統合プロジェクトや重点領域の判定が誤ります。年度の選択（CLI では --year）を確かめてください。',
    en: 'Checked as {fiscalYear}, but the sheet looks like {sheetYears} (evidence: {evidence}). Sheets are read by the year\'s policy, so integrated projects and priority areas will be judged wrongly. Check the year chosen (--year in the CLI).',
  },
  variants: {
    'with-unread': {
      ja: '{fiscalYear}として検証していますが、シートは{sheetYears}のものとみられます（根拠: {evidence}）。この年度では次の列を読み込んでいません: {notRead}。年度の選択（CLI では --year）を確かめてください。',
      en: "Checked as {fiscalYear}, but the sheet looks like {sheetYears} (evidence: {evidence}). For this year these columns are not read: {notRead}. Check the year chosen (--year in the CLI).",
    },
    'column-not-read': {
      ja: '{column}列「{header}」は{sheetYear}の要求なら前年度予算額の列ですが、{fiscalYear}としては読み込んでいません（値 {filledCells}件、エラー値 {errorCells}件を検証も集計もしていません）。年度の選択を確かめてください。',
      en: 'Column {column} "{header}" would be the previous-year budget of a {sheetYear} request, but is not read for {fiscalYear} ({filledCells} values and {errorCells} error values neither checked nor counted). Check the year chosen.',
    },
  },
  check: forwardFrom('table', 'year-mismatch'),
});
