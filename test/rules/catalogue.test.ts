import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLASSIFICATION_RULES } from '../../src/domain/classification';
import { SEVERITIES } from '../../src/domain/model/finding';
import { findRule, RULES } from '../../src/domain/rules/catalogue';
import { syntheticPack } from '../helpers/synthetic-pack';

const CATALOGUE_DIR = join(__dirname, '..', '..', 'src', 'domain', 'rules', 'catalogue');

describe('rule catalogue', () => {
  it('ids are unique, kebab-case, and found by id', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(findRule(rule.id)).toBe(rule);
    }
    expect(findRule('no-such-rule')).toBeUndefined();
  });

  it('holds one module per rule, named by its id, and every module is listed', () => {
    const modules = readdirSync(CATALOGUE_DIR)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'support.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(modules.sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('every rule has its table of cases in test/rules/<id>.test.ts', () => {
    for (const rule of RULES) expect(existsSync(join(__dirname, `${rule.id}.test.ts`))).toBe(true);
  });

  it('claims every rule id the reader and the classifier emit', () => {
    const upstream = [
      'header-not-found', 'cell-outside-table', 'required-column-missing', 'unit-assumed', 'amount-not-number', 'error-value', 'amount-rounded', 'name-missing',
      'hidden-row', 'hidden-column', 'duplicate-column',
      'project-label-unknown', 'project-label-near-miss', 'disease-area-as-project', 'disease-area-unknown', 'purpose-unknown', 'category-unknown', 'priority-area-unknown',
    ];
    for (const id of [...upstream, ...CLASSIFICATION_RULES]) expect(findRule(id)).toBeDefined();
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: a valid default severity and params that default from {}', (_id, rule) => {
    expect(SEVERITIES).toContain(rule.defaultSeverity);
    expect(rule.params.safeParse({}).success).toBe(true);
    expect(rule.params.safeParse({ noSuchOption: 1 }).success).toBe(false);
  });

  it.each([
    ['adjustment-fund-requested', '3'],
    ['disease-area-as-project', '4'],
    ['increase-without-priority', '5'],
  ])('%s cites section %s of the policy', (id, section) => {
    const citation = findRule(id)?.citation?.(syntheticPack());
    expect(citation?.section).toBe(section);
    expect(citation?.text.length).toBeGreaterThan(0);
  });

  it('default severities follow the brief', () => {
    const severity = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity]));
    expect(severity).toMatchObject({
      'header-not-found': 'error', 'required-column-missing': 'error', 'unit-assumed': 'warning', 'amount-not-number': 'error', 'error-value': 'error',
      'amount-rounded': 'info', 'name-missing': 'warning', 'project-label-unknown': 'error', 'project-label-near-miss': 'warning',
      'disease-area-as-project': 'error', 'disease-area-unknown': 'warning', 'purpose-unknown': 'warning', 'category-unknown': 'warning',
      'priority-area-unknown': 'warning', 'negative-request': 'error', 'total-mismatch': 'error', 'split-sum-mismatch': 'error',
      'subtotal-mismatch': 'error', 'duplicate-project': 'warning', 'project-missing': 'error', 'project-contradicted': 'warning',
      'adjustment-fund-requested': 'error', 'fund-row': 'info', 'increase-without-priority': 'warning', 'large-change-unexplained': 'warning',
      'hidden-row': 'warning', 'hidden-column': 'warning', 'duplicate-column': 'warning', 'cell-outside-table': 'warning',
    });
  });
});
