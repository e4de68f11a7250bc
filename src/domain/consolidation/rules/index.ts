import type { Locale, ParamValue } from '../../model/finding';
import type { ConsolidationDraft, ConsolidationFinding } from '../finding';
import { inputHasErrors } from './input-has-errors';
import { ministryTwice } from './ministry-twice';
import { ministryUnknown } from './ministry-unknown';
import { mixedCategory } from './mixed-category';
import { policyMismatch } from './policy-mismatch';
import type { ConsolidationContext, ConsolidationRule } from './rule';
import { similarProject } from './similar-project';
import { submissionTotalsMismatch } from './submission-totals-mismatch';
import { submissionUnreadable } from './submission-unreadable';

/** Every consolidation rule, in the order findings are listed: what blocks the sheet first. */
export const CONSOLIDATION_RULES: readonly ConsolidationRule[] = [
  submissionUnreadable,
  submissionTotalsMismatch,
  ministryUnknown,
  ministryTwice,
  policyMismatch,
  inputHasErrors,
  similarProject,
  mixedCategory,
];

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

function show(value: ParamValue | undefined, locale: Locale): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number') return NUMBER.format(value);
  if (Array.isArray(value)) return value.map((v) => show(v, locale)).join(locale === 'ja' ? '、' : ', ');
  return String(value);
}

export function renderConsolidationMessage(rule: ConsolidationRule, draft: ConsolidationDraft, locale: Locale): string {
  const values: Record<string, ParamValue | undefined> = { ...draft.params, file: draft.file, cell: draft.cell, sheet: draft.sheet };
  return rule.messages[locale].replace(/\{(\w+)\}/g, (_, key: string) => show(values[key], locale));
}

/** Runs every rule; findings in catalogue order, each rendered in `locale`. */
export function runConsolidationRules(ctx: ConsolidationContext, locale: Locale): ConsolidationFinding[] {
  return CONSOLIDATION_RULES.flatMap((rule) =>
    rule.check(ctx).map((draft): ConsolidationFinding => ({ ...draft, severity: rule.severity, message: renderConsolidationMessage(rule, draft, locale) })),
  );
}
