import type { FindingDraft } from '../../model/finding';
import { numberOptions } from '../options';
import type { RuleContext } from '../rule';

/** Schema of a rule that takes no options: any key given in configuration is an error. */
export const NO_PARAMS = numberOptions({});

/**
 * check() of a rule whose findings are produced while reading or classifying: the rule module
 * owns their severity, docs and messages, the producer only the detection.
 */
export function forwardFrom(source: 'table' | 'classification', ruleId: string): (ctx: RuleContext) => FindingDraft[] {
  return (ctx) => (source === 'table' ? ctx.table.findings : ctx.classification.findings).filter((f) => f.rule === ruleId);
}
