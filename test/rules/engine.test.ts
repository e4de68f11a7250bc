import { runRules } from '../../src/domain/rules/engine';
import { makeContext } from './builders';

/** A table where several rules fire at known places. */
const ctx = makeContext({
  sheetName: '厚労省',
  rows: [
    { row: 5, name: 'A事業', request: 100, priorityRequest: 0, total: 150, projectLabel: '医薬品', cls: { projects: [{ projectId: 'pharma', amount: null, basis: 'declared' }] } },
    { row: 6, name: 'B事業', previous: 100_000, request: 400_000, projectLabel: '医薬品', cls: { projects: [{ projectId: 'pharma', amount: null, basis: 'declared' }] } },
    { row: 7, name: 'C事業', request: 10, cls: { category: { id: 'inhouse', basis: 'declared' } } },
  ],
  tableFindings: [
    { rule: 'unit-assumed', params: {} },
    { rule: 'amount-rounded', cell: 'AA5', row: 5, column: 'AA', value: 1.5, params: {} },
    { rule: 'name-missing', row: 5, params: {} },
    { rule: 'error-value', cell: 'B5', row: 5, column: 'B', value: '#N/A', params: {} },
  ],
});

const summary = (findings: ReturnType<typeof runRules>) => findings.map((f) => `${f.row ?? '-'} ${f.column ?? '-'} ${f.rule} ${f.severity}`);

describe('runRules', () => {
  it('applies default severities, names the sheet, and sorts by row then column (B before G before AA)', () => {
    const findings = runRules(ctx);
    expect(findings.every((f) => f.sheet === '厚労省')).toBe(true);
    expect(summary(findings)).toEqual([
      '- - unit-assumed warning',
      '5 - name-missing warning',
      '5 B error-value error',
      '5 G total-mismatch error',
      '5 AA amount-rounded info',
      '6 E increase-without-priority warning',
      '6 E large-change-unexplained warning',
      '7 B project-missing info',
    ]);
  });

  it('severity is configuration: override and off', () => {
    const findings = runRules(ctx, { severity: { 'total-mismatch': 'warning', 'increase-without-priority': 'off', 'project-missing': 'off' } });
    expect(summary(findings)).toEqual([
      '- - unit-assumed warning',
      '5 - name-missing warning',
      '5 B error-value error',
      '5 G total-mismatch warning',
      '5 AA amount-rounded info',
      '6 E large-change-unexplained warning',
    ]);
  });

  it('a rule turned off does not run at all', () => {
    expect(runRules(ctx, { severity: { 'unit-assumed': 'off' } }).some((f) => f.rule === 'unit-assumed')).toBe(false);
  });

  it('params reach the rule', () => {
    const strict = runRules(ctx, { params: { 'large-change-unexplained': { ratio: 10 } } });
    expect(strict.some((f) => f.rule === 'large-change-unexplained')).toBe(false);
  });

  it.each([
    [{ severity: { 'no-such-rule': 'error' } }, /unknown rule 'no-such-rule' in severity/],
    [{ params: { 'no-such-rule': {} } }, /unknown rule 'no-such-rule' in params/],
    [{ severity: { 'total-mismatch': 'fatal' } }, /severity of rule 'total-mismatch' must be one of error, warning, info, off, got 'fatal'/],
    [{ params: { 'large-change-unexplained': { ratio: -1 } } }, /invalid params for rule 'large-change-unexplained': ratio: /],
    [{ params: { 'large-change-unexplained': { ratioo: 1 } } }, /invalid params for rule 'large-change-unexplained'.*ratioo/],
    [{ params: { 'total-mismatch': { tolerance: 1 } } }, /invalid params for rule 'total-mismatch'/],
    [{ params: { 'large-change-unexplained': 'big' } }, /invalid params for rule 'large-change-unexplained'/],
  ])('bad configuration %j is a clear Error', (config, message) => {
    expect(() => runRules(ctx, config as never)).toThrow(message);
  });

  it('keeps, as warnings, findings the producers made under ids the catalogue lacks', () => {
    const withStray = makeContext({ rows: [{ row: 5, projectLabel: '医薬品', cls: { projects: [{ projectId: 'pharma', amount: null, basis: 'declared' }] } }], classificationFindings: [{ rule: 'brand-new-check', row: 5, cell: 'C5', column: 'C', params: {} }] });
    expect(summary(runRules(withStray))).toEqual(['5 C brand-new-check warning']);
  });
});
