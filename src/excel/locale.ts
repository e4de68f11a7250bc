import type { Locale } from '../domain/model/finding';

/** English when Office runs in English (en, en-US, en-GB …), Japanese otherwise or outside Office. */
export function officeLocale(): Locale {
  const language = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  return typeof language === 'string' && /^en(-|$)/i.test(language) ? 'en' : 'ja';
}
