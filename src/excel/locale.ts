import type { Locale } from '../domain/model/finding';

/** Office's body background colour ("#RRGGBB"), when the pane runs in Office and Office says. */
export function officeBackground(): string | null {
  const theme = typeof Office === 'undefined' ? undefined : (Office.context?.officeTheme as Office.OfficeTheme | undefined);
  return typeof theme?.bodyBackgroundColor === 'string' ? theme.bodyBackgroundColor : null;
}

/** English when Office runs in English (en, en-US, en-GB …), Japanese otherwise or outside Office. */
export function officeLocale(): Locale {
  const language = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  return typeof language === 'string' && /^en(-|$)/i.test(language) ? 'en' : 'ja';
}
