import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the reader with params.scannedRows and example headers (nameHeaders, amountHeaders). */
export const headerNotFound = defineRule({
  id: 'header-not-found',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '見出し行が見つからない', en: 'Header row not found' },
    description: {
      ja: 'シートに、事業名の列と金額の列を持つ見出し行があるかを確かめます。',
      en: 'Checks that the sheet has a header row with a program-name column and amount columns.',
    },
    why: {
      ja: '見出しが分からなければどの行も読めず、ほかの検証もできません。',
      en: 'Without a header no row can be read, so nothing else can be checked.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '先頭{scannedRows}行に、事業名の列（例: {nameHeaders}）と金額の列（例: {amountHeaders}）を持つ見出し行が見つかりません。見出しの文言を確かめるか、列の対応を指定してください（作業ウィンドウでは「見出しと列の対応」で、コマンドラインでは --mapping FILE.json で）。',
    en: 'No header row with a program-name column (e.g. {nameHeaders}) and an amount column (e.g. {amountHeaders}) in the first {scannedRows} rows. Check the header\'s wording, or give the column mapping (in the task pane under 見出しと列の対応, on the command line with --mapping FILE.json).',
  },
  check: forwardFrom('table', 'header-not-found'),
});
