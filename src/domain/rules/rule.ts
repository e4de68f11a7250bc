import type { Classification } from '../model/classification';
import type { FindingDraft, Severity } from '../model/finding';
import type { PreviousYearMatch } from '../model/previous-year';
import type { SheetTable } from '../model/table';
import type { Citation, PolicyPack } from '../policy/schema';
import type { OptionsSchema } from './options';

/** A text in every language the product speaks. */
export interface Localized {
  readonly ja: string;
  readonly en: string;
}

/** What a rule sees: the sheet as read, its classification, the year's policy, and last year's sheet when given. */
export interface RuleContext {
  readonly table: SheetTable;
  readonly classification: Classification;
  readonly pack: PolicyPack;
  readonly previous?: PreviousYearMatch;
}

/**
 * A validation rule, self-describing like an ESLint rule: the UI, the CLI and the docs are all
 * generated from these fields, and severity is configuration (defaultSeverity is only the default).
 */
export interface Rule<P = unknown> {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly docs: {
    readonly title: Localized;
    /** What the rule checks. */
    readonly description: Localized;
    /** Why it matters at the Cabinet Office hearing. */
    readonly why: Localized;
  };
  /** The policy passage the rule enforces, where it comes from the year's 資源配分方針. */
  readonly citation?: (pack: PolicyPack) => Citation;
  /** Options with defaults; configuration is validated against it. */
  readonly params: OptionsSchema<P>;
  /**
   * Message templates; `{name}` is filled from the finding (cell, row, column, value), its
   * params, and the pack (fiscalYear). See messages.ts for how each kind of value is formatted.
   */
  readonly messages: Localized;
  /** Alternative templates, chosen by a finding's `params.messageId` (like ESLint's messageId). */
  readonly variants?: Readonly<Record<string, Localized>>;
  /**
   * Severity of one finding when a rule covers cases of different weight; receives the configured
   * severity. Absent: every finding gets the configured severity.
   */
  readonly severityOf?: (draft: FindingDraft, configured: Severity) => Severity;
  check(ctx: RuleContext, params: P): FindingDraft[];
}

/** Identity, so that a rule module's params type is inferred from its schema. */
export function defineRule<P>(rule: Rule<P>): Rule<P> {
  return rule;
}
