import type { FindingDraft } from '../../src/domain/model/finding';
import { projectMissing } from '../../src/domain/rules/catalogue/project-missing';
import { share, suggestion } from './builders';
import { testRule } from './rule-tester';

testRule(projectMissing, {
  valid: [
    { name: 'a declared project', rows: [{ projectLabel: '医薬品', cls: { basis: 'declared', projects: [share('pharma', null)] } }] },
    { name: 'a suggestion the officer accepted', rows: [{ projectLabel: '', cls: { basis: 'accepted', projects: [share('pharma', null, 'accepted')], suggestions: [suggestion('pharma')] } }] },
    { name: 'split amounts', rows: [{ total: 10, split: { pharma: 10 }, cls: { basis: 'split', projects: [share('pharma', 10, 'split')] } }] },
    { name: 'a label that names no project is left to project-label-unknown', rows: [{ projectLabel: '創薬推進PJ' }] },
    { name: 'a fund-based row is left to fund-row', rows: [{ name: 'ムーンショット型研究開発事業', cls: { fund: { areaId: 'moonshot', reasons: [], kind: 'fund', via: 'programme' } } }] },
    { name: 'a 調整費 row is left to adjustment-fund-requested', rows: [{ name: '医療研究開発推進事業費補助金（調整費）', cls: { adjustmentFund: true } }] },
  ],
  invalid: [
    {
      name: 'an AMED row with only a suggestion: the suggestion and its reasons are given',
      rows: [
        {
          row: 6,
          name: '創薬支援推進事業',
          projectLabel: '',
          cls: { suggestions: [suggestion('pharma', 'high', ['創薬', '創薬支援', '創薬']), suggestion('seeds', 'low')] },
        },
      ],
      findings: [
        {
          cell: 'H6',
          row: 6,
          column: 'H',
          params: { name: '創薬支援推進事業', category: 'amed', suggestion: 'pharma', confidence: 'high', score: 0.9, reasons: ['創薬', '創薬支援'] },
        },
      ],
    },
    {
      name: 'no label column and nothing to suggest: the 事業名 cell, noSuggestion',
      rows: [{ row: 5, name: '事業X' }],
      findings: [{ cell: 'B5', params: { messageId: 'noSuggestion', name: '事業X', category: 'amed' } }],
    },
    {
      name: '候補なし, only general words: the reason and the words',
      rows: [{ row: 5, name: '革新的先端研究開発支援事業', cls: { noSuggestion: { code: 'only-generic-words', words: ['革新的', '先端', '研究開発'] } } }],
      findings: [{ cell: 'B5', params: { messageId: 'noSuggestion-only-generic-words', reason: 'only-generic-words', words: ['革新的', '先端', '研究開発'] } }],
    },
    {
      name: '候補なし, a 疾患領域 word only: the words and the area',
      rows: [{ row: 5, name: '障害者対策総合研究開発事業', cls: { noSuggestion: { code: 'disease-area-only', words: ['障害者'], areaIds: ['other'], areaNames: ['その他'] } } }],
      findings: [{ params: { messageId: 'noSuggestion-disease-area-only', reason: 'disease-area-only', words: ['障害者'], areas: ['その他'] } }],
    },
    {
      name: '候補なし, leaders tie: the tied projects, not the first of them as the suggestion',
      rows: [{ row: 5, name: 'がん研究事業', cls: { suggestions: [suggestion('pharma', 'low'), suggestion('disease-basic', 'low')], noSuggestion: { code: 'tie', projectIds: ['pharma', 'disease-basic'], score: 0.5 } } }],
      findings: [{ params: { messageId: 'noSuggestion-tie', reason: 'tie', projects: ['pharma', 'disease-basic'], score: 0.5 } }],
    },
    {
      name: '候補なし, no policy word',
      rows: [{ row: 5, name: 'メディカル調査事業', cls: { noSuggestion: { code: 'no-policy-word' } } }],
      findings: [{ params: { messageId: 'noSuggestion-no-policy-word', reason: 'no-policy-word' } }],
    },
    {
      name: 'an インハウス row is reported too (as information, see below)',
      rows: [{ row: 5, name: '国立がん研究センター運営費', cls: { category: { id: 'inhouse', basis: 'declared' } } }],
      findings: [{ params: { category: 'inhouse' } }],
    },
    {
      name: 'unknown 区分',
      rows: [{ row: 5, cls: { category: null } }],
      findings: [{ params: { category: null } }],
    },
  ],
});

describe('project-missing severity', () => {
  const draft = (category: string | null): FindingDraft => ({ rule: 'project-missing', params: { category } });
  it.each([
    ['amed', 'error', 'error'],
    [null, 'error', 'error'],
    ['inhouse', 'error', 'info'],
    ['amed', 'warning', 'warning'],
    ['inhouse', 'warning', 'info'],
  ] as const)('category %s configured %s → %s', (category, configured, expected) => {
    expect(projectMissing.severityOf?.(draft(category), configured)).toBe(expected);
  });
});
