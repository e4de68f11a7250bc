import type { Severity } from '../../model/finding';
import type { PolicyPack } from '../../policy/schema';
import type { Localized } from '../../rules/rule';
import type { ConsolidationDraft } from '../finding';
import type { MinistryPart } from '../part';

/** What a consolidation rule sees: every input, in the order given. */
export interface ConsolidationContext {
  readonly parts: readonly MinistryPart[];
  /** The pack of the consolidation (the first input's year): its 区分 names. */
  readonly pack: PolicyPack;
}

/**
 * A rule across the ministries' inputs, self-describing like the sheet rules (src/domain/rules):
 * id, severity, docs and message templates; `{name}` in a template is filled from the draft's
 * params, file and cell.
 */
export interface ConsolidationRule {
  readonly id: string;
  readonly severity: Severity;
  readonly docs: { readonly title: Localized; readonly description: Localized };
  readonly messages: Localized;
  check(ctx: ConsolidationContext): ConsolidationDraft[];
}

/** Findings made while reading an input (part.findings) are reported by the rule of that id. */
export function readerFindings(id: string): (ctx: ConsolidationContext) => ConsolidationDraft[] {
  return (ctx) => ctx.parts.flatMap((part) => part.findings.filter((f) => f.rule === id));
}
