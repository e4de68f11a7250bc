import type { FindingDraft } from '../../model/finding';
import { projectsNotCarried } from '../../previous-year/carry';
import { continuingRows } from '../context';
import { fieldDraft } from '../draft';
import { defineRule } from '../rule';
import { NO_PARAMS } from './support';

export const previousProjectNotCarried = defineRule({
  id: 'previous-project-not-carried',
  defaultSeverity: 'info',
  docs: {
    title: { ja: '前年度の統合プロジェクトを引き継げない', en: "Last year's project not carried over" },
    description: {
      ja: '前年度のシートを指定したとき、継続の事業の前年度の統合プロジェクトのうち、今年度の方針にないもの（推進計画の期が変わったときなど）を示します。方針に前年度との対応が示されていないため、これらは候補として引き継ぎません。',
      en: "When last year's sheet is given, shows the projects a continuing program had last year that this year's policy does not have (a new plan period, say). The policy gives no mapping from last year's projects, so these are not offered as suggestions.",
    },
    why: {
      ja: '統合プロジェクトは推進計画の期ごとに決まります。対応の示されていない統合プロジェクトを機械的に読み替えると、誤った統合プロジェクトに計上するおそれがあります。',
      en: "The integrated projects are set for each plan period; reading one period's project as another's without a published mapping could file a program under the wrong project.",
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '事業「{name}」の前年度の統合プロジェクト「{notCarried}」（{previousPlan}）は今年度の方針（{plan}）にないため、候補として引き継いでいません（方針に前年度の統合プロジェクトとの対応が示されていないため、同じ統合プロジェクトだけを引き継ぎます）。今年度の統合プロジェクトを記載してください。',
    en: 'Last year\'s integrated project of "{name}", "{notCarried}" ({previousPlan}), is not in this year\'s policy ({plan}), so it is not offered as a suggestion (the policy gives no mapping from last year\'s projects, so only the same projects are carried over). State its project for this year.',
  },
  check(ctx) {
    const drafts: FindingDraft[] = [];
    const source = ctx.previous?.source;
    if (!source) return drafts;
    const names = new Map(source.projects.map((p) => [p.id, p.name]));
    for (const { row, match } of continuingRows(ctx)) {
      const missing = projectsNotCarried(match.previous, ctx.pack);
      if (missing.length === 0) continue;
      drafts.push(
        fieldDraft('previous-project-not-carried', row.rowNumber, row.name, {
          name: row.name.value,
          notCarried: missing.map((id) => names.get(id) ?? id),
          previousPlan: source.planPeriod,
          plan: ctx.pack.planPeriod,
        }),
      );
    }
    return drafts;
  },
});
