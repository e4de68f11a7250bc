import type { CellValue } from '../domain/model/grid';
import { isCellError } from '../domain/model/grid';
import type { PaneLocale } from './i18n';

/**
 * An amount in 千円 as budget tables print it: grouped digits, △ for a decrease in Japanese
 * (the convention of the published tables), a minus sign in English, a dash for nothing.
 */
export function formatAmount(value: number | null | undefined, locale: PaneLocale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const digits = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'ja-JP', { maximumFractionDigits: 3 }).format(Math.abs(value));
  if (value >= 0 || digits === '0') return digits;
  return locale === 'en' ? `−${digits}` : `△${digits}`;
}

/** A worksheet cell as text for the demo's sheet view: error values as Excel shows them. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'number') return new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 10 }).format(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}
