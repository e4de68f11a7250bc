import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the classifier with params.label (as written) and params.candidates (the closest projects). */
export const projectLabelUnknown = defineRule({
  id: 'project-label-unknown',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '統合プロジェクト名が不明', en: 'Unknown integrated project' },
    description: {
      ja: '記載された統合プロジェクト名が、その年度の方針の統合プロジェクトのいずれかに当たるかを確かめます。',
      en: "Checks that each declared integrated project is one of the year's policy.",
    },
    why: {
      ja: '統合プロジェクトは年度の方針（推進計画の期）で決まり、それ以外の名称では集計できません。',
      en: "The integrated projects are fixed by the year's policy (the plan period); any other name cannot be totalled.",
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '「{label}」は{fiscalYear}の統合プロジェクトではありません。近い候補: {candidates}',
    en: '"{label}" is not an integrated project of {fiscalYear}. Closest: {candidates}',
  },
  check: forwardFrom('classification', 'project-label-unknown'),
});
