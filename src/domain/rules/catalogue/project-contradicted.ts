import type { FindingDraft } from '../../model/finding';
import { classifiedRows, evidence, statedProjectIds } from '../context';
import { fieldDraft } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

export const projectContradicted = defineRule({
  id: 'project-contradicted',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '記載の統合プロジェクトと内容の食い違い', en: 'Declared project contradicted' },
    description: {
      ja: '記載された統合プロジェクトに、事業名・概要から確度「高」で推定される統合プロジェクトが含まれているかを確かめます。',
      en: "Checks that the declared projects include the project the program's name and summary point to with high confidence.",
    },
    why: {
      ja: '取り違えた統合プロジェクトに計上すると、プロジェクト別の集計と重点化の判断が誤ります。',
      en: 'A program filed under the wrong project distorts the totals by project and the priority decisions built on them.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '事業「{name}」は{projectIds}と記載されていますが、内容からは{suggestion}が強く示唆されます（根拠: {reasons}）。分類を確認してください。',
    en: 'The program "{name}" is declared as {projectIds}, but its content strongly suggests {suggestion} (evidence: {reasons}). Check the classification.',
  },
  check(ctx) {
    const drafts: FindingDraft[] = [];
    for (const { row, cls } of classifiedRows(ctx)) {
      // An accepted suggestion is the officer's own decision: only what the sheet says can contradict its text.
      const stated = statedProjectIds(cls, 'sheet');
      const top = cls?.suggestions[0];
      if (stated.length === 0 || !top || top.confidence !== 'high' || stated.includes(top.projectId)) continue;
      drafts.push(
        fieldDraft('project-contradicted', row.rowNumber, row.projectLabel ?? row.name, {
          name: row.name.value,
          projectIds: stated,
          suggestion: top.projectId,
          reasons: evidence(top.reasons),
        }),
      );
    }
    return drafts;
  },
});
