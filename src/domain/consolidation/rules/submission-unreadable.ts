import { readerFindings, type ConsolidationRule } from './rule';

export const submissionUnreadable: ConsolidationRule = {
  id: 'submission-unreadable',
  severity: 'error',
  docs: {
    title: { ja: '読めない提出用シート', en: 'Unreadable submission sheet' },
    description: {
      ja: 'この製品が作った提出用シート（目印あり）を、作ったときの様式どおりに読めるかを確かめます。',
      en: 'Checks that a submission sheet this product wrote (it carries the marker) still has the layout it was written with.',
    },
  },
  messages: {
    ja: '{file} の提出用シートを読めません（{problem}）。要求表から提出用シートを作り直すか、要求表そのものを指定してください。',
    en: '{file}: cannot read the submission sheet ({problem}). Build it again from the request sheet, or give the request sheet itself.',
  },
  check: readerFindings('submission-unreadable'),
};
