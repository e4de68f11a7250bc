import type { FindingDraft, Locale } from '../../src/domain/model/finding';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { messageTemplate, PACK_PLACEHOLDERS, placeholders, renderMessage } from '../../src/domain/rules/messages';
import type { Rule } from '../../src/domain/rules/rule';
import { syntheticPack } from '../helpers/synthetic-pack';
import { makeContext, type TableSpec } from './builders';

/**
 * ESLint's RuleTester, for our rules: each rule's test is a table of valid cases (no findings)
 * and invalid cases (exactly these findings, matched field by field, in order). Every finding an
 * invalid case produces must also render in both locales with every placeholder filled.
 */
export interface ValidCase extends TableSpec {
  readonly name: string;
  /** The rule's params as configuration would give them (validated by the rule's schema). */
  readonly params?: unknown;
}

export interface InvalidCase extends ValidCase {
  readonly findings: readonly (Partial<Omit<FindingDraft, 'params'>> & { readonly params?: Record<string, unknown> })[];
}

const LOCALES: readonly Locale[] = ['ja', 'en'];

const FIELD_PLACEHOLDERS: Record<string, keyof FindingDraft> = { cell: 'cell', row: 'row', column: 'column', value: 'value' };

/** Placeholders of the finding's template that nothing in the finding or the pack fills. */
export function unfilledPlaceholders(draft: FindingDraft, locale: Locale): string[] {
  const template = messageTemplate(draft, locale);
  if (template === undefined) return [`(no template for ${draft.rule})`];
  return placeholders(template).filter((key) => {
    if (PACK_PLACEHOLDERS.includes(key)) return false;
    const field = FIELD_PLACEHOLDERS[key];
    const value = field ? draft[field] : draft.params[key];
    return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  });
}

function run(rule: Rule, c: ValidCase, pack: PolicyPack): FindingDraft[] {
  return rule.check(makeContext(c, pack), rule.params.parse(c.params ?? {}));
}

export function testRule(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }, pack: PolicyPack = syntheticPack()): void {
  describe(`rule ${rule.id}`, () => {
    it('has valid and invalid cases', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(run(rule, c, pack)).toEqual([]);
      });
    });

    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const drafts = run(rule, c, pack);
        expect(drafts).toMatchObject(c.findings.map((f) => ({ rule: rule.id, ...f })));
        for (const draft of drafts) {
          for (const locale of LOCALES) {
            expect(unfilledPlaceholders(draft, locale)).toEqual([]);
            expect(renderMessage(draft, locale, pack)).not.toMatch(/\{\w+\}/);
          }
        }
      });
    });
  });
}

/**
 * The case table every pass-through rule shares: the rule reports what reading ('tableFindings')
 * or classifying ('classificationFindings') found under its id, each one, and nothing else.
 */
export function testPassThroughRule(
  rule: Rule,
  from: 'tableFindings' | 'classificationFindings',
  finding: FindingDraft | (Omit<FindingDraft, 'params'> & { readonly params: Record<string, unknown> }),
): void {
  const stage = from === 'tableFindings' ? 'reading' : 'classifying';
  testRule(rule, {
    valid: [
      { name: `nothing reported while ${stage}`, rows: [{ name: '創薬基盤推進研究事業', request: 1000 }] },
      { name: 'findings of other rules are not taken', [from]: [{ ...finding, rule: 'some-other-rule' }] },
    ],
    invalid: [
      { name: `a ${stage} finding is reported`, [from]: [finding], findings: [finding] },
      { name: 'each one is reported', [from]: [finding, { ...finding, row: 9 }], findings: [finding, { row: 9 }] },
    ],
  });
}
