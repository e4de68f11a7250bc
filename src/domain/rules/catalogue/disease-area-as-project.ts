import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the classifier with params.label: a 疾患領域 written where a project belongs. */
export const diseaseAreaAsProject = defineRule({
  id: 'disease-area-as-project',
  defaultSeverity: 'error',
  docs: {
    title: { ja: '疾患領域を統合プロジェクトとして記載', en: 'Disease area used as a project' },
    description: {
      ja: '統合プロジェクトの欄に疾患領域（がん、難病など）が書かれていないかを確かめます。',
      en: 'Checks that no disease area (cancer, intractable diseases …) is written where an integrated project belongs.',
    },
    why: {
      ja: '方針の4により、疾患領域に関連した研究開発はモダリティ等の統合プロジェクトの中で推進するもので、それ自体はプロジェクトではありません。',
      en: 'Under section 4 of the policy, disease-area research is carried out inside the integrated projects; a disease area is not a project.',
    },
  },
  citation: (pack) => pack.diseaseAreaNote,
  params: NO_PARAMS,
  messages: {
    ja: '「{label}」は疾患領域で、統合プロジェクトではありません。疾患領域の研究開発は統合プロジェクトの中で推進するため、該当する統合プロジェクトを記載してください（疾患領域は疾患領域の欄へ）。',
    en: '"{label}" is a disease area, not an integrated project. Disease research belongs inside an integrated project: name that project (and put the disease area in its own column).',
  },
  check: forwardFrom('classification', 'disease-area-as-project'),
});
