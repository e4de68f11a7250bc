import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLIDATION_RULES } from '../../src/domain/consolidation';

/** The README's table of consolidation findings is the catalogue's, rule for rule. */
describe('README: findings across ministries', () => {
  it('lists every consolidation rule, in order, with its severity and description', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const table = /<!-- consolidation-rules:start -->\n([\s\S]*?)<!-- consolidation-rules:end -->/.exec(readme)?.[1];
    const severity = { error: 'エラー', warning: '警告', info: '情報' } as const;
    const expected = [
      '| ルール | 重大度 | 内容 |',
      '| --- | --- | --- |',
      ...CONSOLIDATION_RULES.map((r) => `| \`${r.id}\` | ${severity[r.severity]} | ${r.docs.description.ja} |`),
      '',
    ].join('\n');
    expect(table).toBe(expected);
  });

  it('rule ids are unique', () => {
    const ids = CONSOLIDATION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
