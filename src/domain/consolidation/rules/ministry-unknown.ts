import type { ConsolidationRule } from './rule';

export const ministryUnknown: ConsolidationRule = {
  id: 'ministry-unknown',
  severity: 'error',
  docs: {
    title: { ja: '府省が不明', en: 'Ministry unknown' },
    description: {
      ja: '各入力の府省が、府省の列・表題・ファイル名（この順）または指定から分かるかを確かめます。',
      en: "Checks that each input's ministry is known from a 府省 column, the title or the file name (in that order), or was given.",
    },
  },
  messages: {
    ja: '{file} がどの府省の要求か分かりません。府省の列か表題（例:「…（厚生労働省）」）を入れるか、--ministry {file}=厚生労働省 のように指定してください。',
    en: 'Cannot tell which ministry {file} is from. Add a 府省 column or put the ministry in the title (e.g. 「…（厚生労働省）」), or give it as --ministry {file}=厚生労働省.',
  },
  check: (ctx) => ctx.parts.filter((p) => p.ministry === null).map((p) => ({ rule: 'ministry-unknown', file: p.input.file, sheet: p.input.sheet, params: {} })),
};
