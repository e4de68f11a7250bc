import type { FindingDraft } from '../../model/finding';
import { numberOptions } from '../options';
import type { RuleContext } from '../rule';
import { oncePer } from '../../once-per';

/** Schema of a rule that takes no options: any key given in configuration is an error. */
export const NO_PARAMS = numberOptions({});

/** Upstream findings already sorted by rule: a check forwards some twenty ids from the same list. */
const byRule = oncePer((findings: readonly FindingDraft[]): ReadonlyMap<string, readonly FindingDraft[]> => {
  const groups = new Map<string, FindingDraft[]>();
  for (const f of findings) {
    const group = groups.get(f.rule);
    if (group) group.push(f);
    else groups.set(f.rule, [f]);
  }
  return groups;
});

/**
 * check() of a rule whose findings are produced while reading or classifying: the rule module
 * owns their severity, docs and messages, the producer only the detection.
 */
export function forwardFrom(source: 'table' | 'classification', ruleId: string): (ctx: RuleContext) => FindingDraft[] {
  return (ctx) => [...(byRule(source === 'table' ? ctx.table.findings : ctx.classification.findings).get(ruleId) ?? [])];
}
