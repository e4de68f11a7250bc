import type { FindingDraft } from '../../model/finding';
import type { BudgetRow } from '../../model/table';
import { matchKey } from '../../text/normalize';
import { fieldDraft } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

export const duplicateProject = defineRule({
  id: 'duplicate-project',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '事業の重複', en: 'Duplicate program' },
    description: {
      ja: '同じ事業名（表記ゆれを除いて）または同じ事業番号の行が2回以上ないかを確かめます。',
      en: 'Checks that no program name (ignoring width and spacing differences) or program number appears twice.',
    },
    why: {
      ja: '同じ事業が二重に計上されると要求額が過大になります。AMEDとインハウスに分けて計上する場合は、その旨が分かるようにしてください。',
      en: 'A program counted twice inflates the request. If it is deliberately split (e.g. AMED and in-house), make that visible.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '事業「{name}」が{firstRow}行目と重複しています。同じ事業を二重に計上していないか確認してください。',
    en: 'The program "{name}" also appears in row {firstRow}. Check it is not counted twice.',
  },
  variants: {
    sameNumber: {
      ja: '事業番号「{number}」（{name}）が{firstRow}行目と重複しています。',
      en: 'The program number "{number}" ({name}) is also used in row {firstRow}.',
    },
  },
  check(ctx) {
    const firstByName = new Map<string, BudgetRow>();
    const firstByNumber = new Map<string, BudgetRow>();
    const drafts: FindingDraft[] = [];
    for (const row of ctx.table.rows) {
      const nameKey = matchKey(row.name.value);
      const numberKey = row.number ? matchKey(row.number.value) : '';
      const sameName = nameKey ? firstByName.get(nameKey) : undefined;
      const sameNumber = numberKey ? firstByNumber.get(numberKey) : undefined;
      if (sameName) {
        drafts.push(fieldDraft('duplicate-project', row.rowNumber, row.name, { name: row.name.value, firstRow: sameName.rowNumber }));
      } else if (sameNumber && row.number) {
        drafts.push(
          fieldDraft('duplicate-project', row.rowNumber, row.number, {
            messageId: 'sameNumber',
            name: row.name.value,
            number: row.number.value,
            firstRow: sameNumber.rowNumber,
          }),
        );
      }
      if (nameKey && !firstByName.has(nameKey)) firstByName.set(nameKey, row);
      if (numberKey && !firstByNumber.has(numberKey)) firstByNumber.set(numberKey, row);
    }
    return drafts;
  },
});
