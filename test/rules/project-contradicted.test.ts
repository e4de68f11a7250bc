import { projectContradicted } from '../../src/domain/rules/catalogue/project-contradicted';
import { share, suggestion } from './builders';
import { testRule } from './rule-tester';

testRule(projectContradicted, {
  valid: [
    { name: 'declared and suggested agree', rows: [{ projectLabel: '医薬品', cls: { projects: [share('pharma', null)], suggestions: [suggestion('pharma')] } }] },
    {
      name: 'a confident suggestion among several declared projects',
      rows: [{ cls: { projects: [share('genome-data', 1, 'split'), share('disease-basic', 1, 'split')], suggestions: [suggestion('disease-basic')] } }],
    },
    { name: 'a medium-confidence disagreement is not a contradiction', rows: [{ projectLabel: '医薬品', cls: { projects: [share('pharma', null)], suggestions: [suggestion('devices', 'medium')] } }] },
    { name: 'nothing declared: project-missing covers it', rows: [{ cls: { suggestions: [suggestion('devices')] } }] },
    { name: "an accepted suggestion is the officer's decision, not the sheet's", rows: [{ cls: { basis: 'accepted', projects: [share('devices', null, 'accepted')], suggestions: [suggestion('pharma')] } }] },
    { name: 'no suggestion at all', rows: [{ projectLabel: '医薬品', cls: { projects: [share('pharma', null)] } }] },
  ],
  invalid: [
    {
      name: 'declared ② but the text says ① with high confidence',
      rows: [{ row: 7, name: '創薬支援推進事業', projectLabel: '医療機器', cls: { projects: [share('devices', null)], suggestions: [suggestion('pharma', 'high', ['創薬'])] } }],
      findings: [{ cell: 'H7', row: 7, column: 'H', value: '医療機器', params: { name: '創薬支援推進事業', projectIds: ['devices'], suggestion: 'pharma', reasons: ['創薬'] } }],
    },
    {
      name: 'split columns count as declared',
      rows: [{ row: 5, total: 10, split: { seeds: 10 }, cls: { projects: [share('seeds', 10, 'split')], suggestions: [suggestion('regenerative', 'high', ['iPS'])] } }],
      findings: [{ cell: 'B5', params: { projectIds: ['seeds'], suggestion: 'regenerative' } }],
    },
  ],
});
