import { defineRule } from '../rule';
import { forwardFrom, NO_PARAMS } from './support';

/** Emitted by the classifier with params.label: the 開発目的 as written. */
export const purposeUnknown = defineRule({
  id: 'purpose-unknown',
  defaultSeverity: 'warning',
  docs: {
    title: { ja: '開発目的が不明', en: 'Unknown development purpose' },
    description: {
      ja: '記載された開発目的が、予防／診断／治療／予後・QOLのいずれかに当たるかを確かめます。',
      en: 'Checks that each declared development purpose is prevention, diagnosis, treatment or prognosis/QOL.',
    },
    why: {
      ja: '方針の4は開発目的（予防／診断／治療／予後・QOL）にも着目することを求めています。',
      en: 'Section 4 of the policy asks for attention to the development purpose (予防／診断／治療／予後・QOL).',
    },
  },
  params: NO_PARAMS,
  messages: {
    ja: '開発目的「{label}」は方針の開発目的（{purposes}）にありません。',
    en: 'The development purpose "{label}" is not one of the policy\'s ({purposes}).',
  },
  check: forwardFrom('classification', 'purpose-unknown'),
});
