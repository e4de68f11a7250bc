import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the classifier with params.label (as written) and params.projectId (the project it resolved to). */
export const projectLabelNearMiss = defineRule({
  id: 'project-label-near-miss',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '統合プロジェクト名の表記ゆれ', en: 'Project name misspelt' },
    description: {
      ja: '統合プロジェクト名が正式名称や通称と少し違う場合に、どの統合プロジェクトとみなしたかを示します。',
      en: 'Shows which integrated project a slightly misspelt label was read as.',
    },
    why: {
      ja: '提出資料では方針のとおりの正式名称を使います。読み替えが正しいかの確認も必要です。',
      en: 'Submissions use the official names as the policy writes them, and the reading must be confirmed.',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '統合プロジェクト「{label}」を「{projectId}」とみなしました。正式名称で記載してください。',
    en: 'The project label "{label}" was read as "{projectId}". Use the official name.',
  },
  check: forwardFrom('classification', 'project-label-near-miss'),
});
