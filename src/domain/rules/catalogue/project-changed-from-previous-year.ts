import type { FindingDraft } from '../../model/finding';
import { projectsCarried } from '../../previous-year/carry';
import { continuingRows, statedProjectIds } from '../context';
import { fieldDraft } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

export const projectChangedFromPreviousYear = defineRule({
  id: 'project-changed-from-previous-year',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '前年度からの統合プロジェクトの変更', en: 'Integrated project changed from last year' },
    description: {
      ja: '前年度のシートを指定したとき、継続の事業の統合プロジェクト（記載または採用したもの）が、前年度のシートの統合プロジェクトと同じかを確かめます。',
      en: "When last year's sheet is given, checks that each continuing program's integrated projects (declared or accepted) are the ones last year's sheet gave it.",
    },
    why: {
      ja: '同じ事業の統合プロジェクトが変わると、プロジェクト別の前年度比較が意味を失います。変更はヒアリングで必ず理由を問われます。',
      en: 'When a program moves to another project, the comparison of each project with last year no longer holds; a move is always questioned at the hearing.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '事業「{name}」の統合プロジェクトが前年度から変わっています（前年度: {previousProjectIds}、今年度: {projectIds}。前年度のシート「{previousSheet}」の{previousRow}行目）。変更の理由を事業概要か備考に書き、ヒアリングで説明できるようにしてください。',
    en: 'The integrated project of "{name}" changed from last year ({previousProjectIds} last year, {projectIds} now; row {previousRow} of last year\'s sheet "{previousSheet}"). Give the reason in its summary or remarks, to be explained at the hearing.',
  },
  variants: {
    otherPeriod: {
      ja: '事業「{name}」の統合プロジェクトが前年度から変わっています（前年度: {previousProjectIds}、今年度: {projectIds}。前年度のシート「{previousSheet}」の{previousRow}行目）。前年度の統合プロジェクトは別の期のもので、方針に対応が示されていないため、今年度の方針にもある統合プロジェクトだけで比べています。変更の理由を事業概要か備考に書き、ヒアリングで説明できるようにしてください。',
      en: 'The integrated project of "{name}" changed from last year ({previousProjectIds} last year, {projectIds} now; row {previousRow} of last year\'s sheet "{previousSheet}"). Last year\'s projects are of another plan period and the policy gives no mapping, so only projects this year\'s policy also has are compared. Give the reason in its summary or remarks, to be explained at the hearing.',
    },
  },
  check(ctx) {
    const drafts: FindingDraft[] = [];
    const sheet = ctx.previous?.source.sheet ?? '';
    for (const { row, cls, match } of continuingRows(ctx)) {
      const before = projectsCarried(match.previous, ctx.pack);
      // Declared this year (or accepted): a row that says nothing is project-missing's, with last year's as its suggestion.
      const now = statedProjectIds(cls);
      if (before.length === 0 || now.length === 0) continue;
      if (before.length === now.length && before.every((id) => now.includes(id))) continue;
      drafts.push(
        fieldDraft('project-changed-from-previous-year', row.rowNumber, row.projectLabel ?? row.name, {
          ...(ctx.previous?.sameProjects === false ? { messageId: 'otherPeriod' } : {}),
          name: row.name.value,
          projectIds: now,
          previousProjectIds: before,
          previousSheet: sheet,
          previousRow: match.previous.row,
        }),
      );
    }
    return drafts;
  },
});
