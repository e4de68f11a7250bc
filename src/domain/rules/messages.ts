import type { FindingDraft, Locale, ParamValue } from '../model/finding';
import type { ColumnRole } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { findRule } from './catalogue';
import type { Localized } from './rule';

/**
 * Turns findings (data) into sentences. Templates name values by key; how a value is shown
 * follows from its key, so rules never format anything themselves:
 *   - keys ending in "Yen": an amount in yen, shown in 千円 with thousands separators;
 *   - projectId(s), previousProjectIds, suggestion, official, candidates: project ids, shown as the pack's official names;
 *   - role: a column role (事業名, 要求額 …); category: a 区分 id; confidence: high/medium/low;
 *   - fundKind: fund/supplementary/investment; fundVia: account/marker/programme (fund-row);
 *   - row, keys ending in "Row": Excel row numbers, shown plainly;
 *   - other numbers with thousands separators; lists joined; a missing value as "—".
 * Besides a finding's fields and params, templates may use {fiscalYear} and the pack's
 * vocabularies {diseaseAreas}, {purposes}, {categories}. Negative numbers show as △ in Japanese.
 */

const MISSING = '—';

const ROLE_LABELS: Record<ColumnRole, Localized> = {
  number: { ja: '事業番号', en: 'program number' },
  name: { ja: '事業名', en: 'program name' },
  department: { ja: '担当部局・課室', en: 'department' },
  ministry: { ja: '府省', en: 'ministry' },
  category: { ja: '区分', en: 'category (AMED / in-house)' },
  account: { ja: '会計区分', en: 'account (general, reconstruction, supplementary, fund …)' },
  previous: { ja: '前年度予算額', en: "previous year's budget" },
  request: { ja: '要求額', en: 'request' },
  priorityRequest: { ja: '要望額', en: 'priority request' },
  total: { ja: '要求・要望額', en: 'total request' },
  projectLabel: { ja: '統合プロジェクト', en: 'integrated project' },
  projectAmount: { ja: '統合プロジェクト別金額', en: 'amount by integrated project' },
  projectPrevious: { ja: '統合プロジェクト別の前年度予算額', en: 'previous-year budget by integrated project' },
  diseaseArea: { ja: '疾患領域', en: 'disease area' },
  purpose: { ja: '開発目的', en: 'development purpose' },
  priorityArea: { ja: '重点領域', en: 'priority area' },
  summary: { ja: '事業概要', en: 'summary' },
  status: { ja: '新規/継続', en: 'new/continuing' },
  remarks: { ja: '備考', en: 'remarks' },
};

const CONFIDENCE_LABELS: Record<string, Localized> = {
  high: { ja: '高', en: 'high' },
  medium: { ja: '中', en: 'medium' },
  low: { ja: '低', en: 'low' },
};

const FUND_KIND_LABELS: Record<string, Localized> = {
  fund: { ja: '基金', en: 'fund-based money (基金)' },
  supplementary: { ja: '補正予算', en: 'supplementary budget (補正予算)' },
  investment: { ja: '政府出資', en: 'government investment (政府出資)' },
};

const FUND_VIA_LABELS: Record<string, Localized> = {
  account: { ja: '会計区分の記載', en: 'the declared account' },
  marker: { ja: '事業名・備考等の語', en: 'the words in its name or remarks' },
  programme: { ja: '基金等による事業名', en: 'the fund-based programme it names' },
};

const PROJECT_KEYS = new Set(['projectId', 'projectIds', 'previousProjectIds', 'suggestion', 'official', 'candidates', 'projects']);

const LIST_SEPARATOR: Record<Locale, string> = { ja: '、', en: ', ' };

const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** 1234567.5 → "1,234,567.5"; negatives as △ (ja) or "-" (en), as budget tables print them. */
export function formatNumber(value: number, locale: Locale): string {
  const text = NUMBER_FORMAT.format(Math.abs(value));
  if (value >= 0 || text === '0') return text;
  return (locale === 'ja' ? '△' : '-') + text;
}

/** Yen → the figure in 千円, formatted. */
export function formatThousandYen(yen: number, locale: Locale): string {
  return formatNumber(yen / 1000, locale);
}

/** A project id as the pack's official name; anything else unchanged. */
export function projectName(id: string, pack: PolicyPack): string {
  return pack.projects.find((p) => p.id === id)?.name ?? id;
}

/** The title of a rule in a locale (the id itself for an unknown rule). */
export function ruleTitle(ruleId: string, locale: Locale): string {
  return findRule(ruleId)?.docs.title[locale] ?? ruleId;
}

function formatScalar(key: string, value: string | number | boolean, locale: Locale, pack: PolicyPack): string {
  if (typeof value === 'number') {
    if (key.endsWith('Yen')) return formatThousandYen(value, locale);
    if (key === 'row' || key.endsWith('Row')) return String(value);
    return formatNumber(value, locale);
  }
  if (typeof value === 'boolean') return String(value);
  if (PROJECT_KEYS.has(key)) return projectName(value, pack);
  if (key === 'role' && Object.hasOwn(ROLE_LABELS, value)) return ROLE_LABELS[value as ColumnRole][locale];
  if (key === 'category') return pack.vocabularies.categories.find((c) => c.id === value)?.name ?? value;
  if (key === 'confidence' && Object.hasOwn(CONFIDENCE_LABELS, value)) return CONFIDENCE_LABELS[value][locale];
  if (key === 'fundKind' && Object.hasOwn(FUND_KIND_LABELS, value)) return FUND_KIND_LABELS[value][locale];
  if (key === 'fundVia' && Object.hasOwn(FUND_VIA_LABELS, value)) return FUND_VIA_LABELS[value][locale];
  return value;
}

function formatValue(key: string, value: ParamValue | undefined, locale: Locale, pack: PolicyPack): string {
  if (value === null || value === undefined || value === '') return MISSING;
  if (Array.isArray(value)) {
    const items = value as readonly (string | number)[];
    return items.length === 0 ? MISSING : items.map((v) => formatScalar(key, v, locale, pack)).join(LIST_SEPARATOR[locale]);
  }
  return formatScalar(key, value as string | number | boolean, locale, pack);
}

function names(entries: readonly { readonly name: string }[], locale: Locale): string {
  return entries.map((e) => e.name).join(LIST_SEPARATOR[locale]);
}

/** Values a template may use beyond the finding's own: facts of the year's pack. */
const PACK_VALUES: Readonly<Record<string, (locale: Locale, pack: PolicyPack) => string>> = {
  fiscalYear: (locale, pack) => (locale === 'ja' ? pack.fiscalYear.label : `FY${pack.fiscalYear.western} (${pack.fiscalYear.label})`),
  diseaseAreas: (locale, pack) => names(pack.vocabularies.diseaseAreas, locale),
  purposes: (locale, pack) => names(pack.vocabularies.purposes, locale),
  categories: (locale, pack) => names(pack.vocabularies.categories, locale),
};

/** Placeholders every template may use whatever the finding: filled from the pack. */
export const PACK_PLACEHOLDERS: readonly string[] = Object.keys(PACK_VALUES);

/** The template a finding is rendered with, in a locale (undefined for a rule not in the catalogue). */
export function messageTemplate(finding: FindingDraft, locale: Locale): string | undefined {
  const rule = findRule(finding.rule);
  if (!rule) return undefined;
  const messageId = finding.params.messageId;
  const variant = typeof messageId === 'string' ? rule.variants?.[messageId] : undefined;
  return (variant ?? rule.messages)[locale];
}

/** Names of the placeholders in a template, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

function fieldValue(finding: FindingDraft, key: string): ParamValue | undefined {
  switch (key) {
    case 'cell':
      return finding.cell;
    case 'row':
      return finding.row;
    case 'column':
      return finding.column;
    case 'value':
      return finding.value;
    default:
      return finding.params[key];
  }
}

/** The finding as a sentence in the locale. */
export function renderMessage(finding: FindingDraft, locale: Locale, pack: PolicyPack): string {
  const template = messageTemplate(finding, locale);
  if (template === undefined) {
    // A producer used an id the catalogue lacks: still show everything it said.
    const details = Object.entries(finding.params).map(([k, v]) => `${k}=${formatValue(k, v, locale, pack)}`);
    return [finding.rule, finding.cell, ...details].filter(Boolean).join(' ');
  }
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    Object.hasOwn(PACK_VALUES, key) ? PACK_VALUES[key](locale, pack) : formatValue(key, fieldValue(finding, key), locale, pack));
}
