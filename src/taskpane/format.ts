import type { CellValue } from '../domain/model/grid';
import { isCellError } from '../domain/model/grid';
import type { PaneLocale } from './i18n';

/**
 * Formatters made once: making an Intl.NumberFormat costs far more than formatting with one, and
 * a sheet view formats hundreds of cells each time it scrolls.
 */
const AMOUNT = { ja: new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 3 }), en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }) };
const CELL_NUMBER = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 10 });

/**
 * An amount in 千円 as budget tables print it: grouped digits, △ for a decrease in Japanese
 * (the convention of the published tables), a minus sign in English, a dash for nothing.
 */
export function formatAmount(value: number | null | undefined, locale: PaneLocale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const digits = AMOUNT[locale === 'en' ? 'en' : 'ja'].format(Math.abs(value));
  if (value >= 0 || digits === '0') return digits;
  return locale === 'en' ? `−${digits}` : `△${digits}`;
}

/** A worksheet cell as text for the demo's sheet view: error values as Excel shows them. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'number') return CELL_NUMBER.format(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}
