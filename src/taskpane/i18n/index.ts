import { en } from './en';
import { ja } from './ja';
import type { PaneLocale, Strings } from './strings';

// The texts' shape lives in strings.ts, which ja.ts and en.ts import: no circle through this file.
export type { PaneLocale, Strings } from './strings';

/** ?lang=en in the page address wins (the demo's switch); otherwise Japanese. */
export function localeFromQuery(search: string): PaneLocale | null {
  const lang = new URLSearchParams(search).get('lang');
  if (lang === null) return null;
  return lang.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

export function stringsFor(locale: PaneLocale): Strings {
  return locale === 'en' ? en : ja;
}
