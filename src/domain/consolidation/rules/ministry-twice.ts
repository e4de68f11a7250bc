import type { ConsolidationDraft } from '../finding';
import type { ConsolidationRule } from './rule';

export const ministryTwice: ConsolidationRule = {
  id: 'ministry-twice',
  severity: 'error',
  docs: {
    title: { ja: '同じ府省の重複', en: 'Ministry given twice' },
    description: { ja: '同じ府省の入力が2つ以上ないかを確かめます。', en: 'Checks that no ministry is given more than once.' },
  },
  messages: {
    ja: '{ministry}の入力が複数あります（{files}）。二重に計上されるため、どちらか一方にしてください。',
    en: '{ministry} is given more than once ({files}); it would be counted twice. Keep one of them.',
  },
  check(ctx) {
    const byMinistry = new Map<string, string[]>();
    for (const part of ctx.parts) {
      if (part.ministry === null) continue;
      byMinistry.set(part.ministry, [...(byMinistry.get(part.ministry) ?? []), part.input.file]);
    }
    const drafts: ConsolidationDraft[] = [];
    for (const [ministry, files] of byMinistry) if (files.length > 1) drafts.push({ rule: 'ministry-twice', file: files[1], params: { ministry, files } });
    return drafts;
  },
};
