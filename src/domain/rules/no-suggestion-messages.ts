import type { NoSuggestion } from '../model/classification';
import type { FindingParams, Locale } from '../model/finding';
import type { PolicyPack } from '../policy/schema';

/**
 * 「候補なし」 and why, per locale: one template per reason code, with the placeholders
 * {words} (the words read), {areas} (疾患領域 names), {projects} (tied projects' official names)
 * and {score}. The same templates are the tail of project-missing's messages and the text the
 * pane, the JSON report's readers and the submission sheet's 分類の根拠 show.
 */
export const NO_SUGGESTION_TEMPLATES: Readonly<Record<NoSuggestion['code'], Readonly<Record<Locale, string>>>> = {
  'no-text': {
    ja: '事業名・概要に読める文字がありません',
    en: 'there is no name or summary to read',
  },
  'no-policy-word': {
    ja: '事業名・概要に方針や語彙の語が見つかりません',
    en: 'no word of the policy or its vocabulary is in the name or summary',
  },
  'only-generic-words': {
    ja: 'どの事業名にも使われる一般的な語（{words}）だけで、統合プロジェクトを示す語がありません',
    en: 'only general words every program name uses ({words}), none that points to a project',
  },
  'disease-area-only': {
    ja: '疾患領域の語（{words}：{areas}）だけです。疾患領域は統合プロジェクトの中で扱うもので（方針の4）、方針のどのプロジェクトの記述もこの疾患領域に触れていません',
    en: 'only 疾患領域 words ({words}: {areas}); disease areas are managed inside the projects (policy section 4), and no project\'s paragraph of the policy speaks of this one',
  },
  tie: {
    ja: '{projects}が同点（{score}）で、どれとも決められません（複数のプロジェクトにまたがる事業かもしれません）',
    en: '{projects} tie ({score}); the text does not choose between them (the program may span several projects)',
  },
};

/** The reason as finding params (the same placeholders the templates use); ids stay ids. */
export function noSuggestionParams(reason: NoSuggestion): FindingParams {
  switch (reason.code) {
    case 'only-generic-words':
      return { reason: reason.code, words: reason.words };
    case 'disease-area-only':
      return { reason: reason.code, words: reason.words, areas: reason.areaNames };
    case 'tie':
      return { reason: reason.code, projects: reason.projectIds, score: reason.score };
    default:
      return { reason: reason.code };
  }
}

const SEPARATOR: Record<Locale, string> = { ja: '、', en: ', ' };

/**
 * The reason as a sentence fragment in the locale (for the pane and the submission sheet);
 * `projectName` gives a project's name as the surface shows it.
 */
export function renderNoSuggestion(reason: NoSuggestion, locale: Locale, projectName: (id: string) => string): string {
  const params = noSuggestionParams(reason);
  const value = (key: string): string => {
    const v = params[key];
    if (key === 'projects' && Array.isArray(v)) return v.map((id) => projectName(String(id))).join(SEPARATOR[locale]);
    if (Array.isArray(v)) return v.join(SEPARATOR[locale]);
    return v === undefined || v === null ? '' : String(v);
  };
  return NO_SUGGESTION_TEMPLATES[reason.code][locale].replace(/\{(\w+)\}/g, (_, key: string) => value(key));
}

/** A project's official name in the pack (the id when the pack lacks it). */
export function packProjectName(pack: PolicyPack): (id: string) => string {
  return (id) => pack.projects.find((p) => p.id === id)?.name ?? id;
}
