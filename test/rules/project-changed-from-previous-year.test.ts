import { projectChangedFromPreviousYear } from '../../src/domain/rules/catalogue/project-changed-from-previous-year';
import { previousMatch, share } from './builders';
import { testRule } from './rule-tester';

/** Last year's projects under another plan period: only pharma is also one of this year's. */
const OTHER_PERIOD = {
  planPeriod: '第1期',
  projects: [
    { id: 'pharma', name: '医薬品プロジェクト' },
    { id: 'genome-old', name: '旧ゲノムプロジェクト' },
  ],
};

testRule(projectChangedFromPreviousYear, {
  valid: [
    { name: "no last year's sheet", rows: [{ row: 4, projectLabel: '医療機器', cls: { projects: [share('devices', null)] } }] },
    {
      name: 'the same project as last year',
      rows: [{ row: 4, projectLabel: '医療機器', cls: { projects: [share('devices', null)] } }],
      previous: previousMatch([{ row: 4, projects: ['devices'] }]),
    },
    {
      name: 'the same projects, split the other way round',
      rows: [{ row: 4, total: 10, split: { 'genome-data': 4, 'disease-basic': 6 }, cls: { projects: [share('disease-basic', 6, 'split'), share('genome-data', 4, 'split')] } }],
      previous: previousMatch([{ row: 4, projects: ['genome-data', 'disease-basic'] }]),
    },
    {
      name: 'nothing declared this year: project-missing says so, with last year as the suggestion',
      rows: [{ row: 4 }],
      previous: previousMatch([{ row: 4, projects: ['devices'] }]),
    },
    {
      name: 'last year declared none',
      rows: [{ row: 4, projectLabel: '医療機器', cls: { projects: [share('devices', null)] } }],
      previous: previousMatch([{ row: 4, projects: [] }]),
    },
    {
      name: 'a new 事業 (not on last year\'s sheet) has nothing to differ from',
      rows: [{ row: 4, projectLabel: '医療機器', cls: { projects: [share('devices', null)] } }, { row: 5, projectLabel: '医薬品', cls: { projects: [share('pharma', null)] } }],
      previous: previousMatch([{ row: 4, projects: ['devices'] }]),
    },
    {
      name: "last year's only project is not one of this year's policy: nothing to compare (previous-project-not-carried says so)",
      rows: [{ row: 4, projectLabel: 'シーズ', cls: { projects: [share('seeds', null)] } }],
      previous: previousMatch([{ row: 4, projects: ['genome-old'] }], OTHER_PERIOD),
    },
  ],
  invalid: [
    {
      name: 'declared ② last year, ③ this year',
      rows: [{ row: 6, name: '医療機器開発推進研究事業', projectLabel: '再生医療', cls: { projects: [share('regenerative', null)] } }],
      previous: previousMatch([{ row: 6, previousRow: 9, projects: ['devices'] }]),
      findings: [{ cell: 'H6', row: 6, column: 'H', value: '再生医療', params: { name: '医療機器開発推進研究事業', projectIds: ['regenerative'], previousProjectIds: ['devices'], previousSheet: '令和5年度要求', previousRow: 9 } }],
    },
    {
      name: 'split columns count as declared: a project added to last year\'s',
      rows: [{ row: 5, total: 10, split: { 'genome-data': 4, 'disease-basic': 6 }, cls: { projects: [share('genome-data', 4, 'split'), share('disease-basic', 6, 'split')] } }],
      previous: previousMatch([{ row: 5, projects: ['genome-data'] }]),
      findings: [{ cell: 'B5', params: { projectIds: ['genome-data', 'disease-basic'], previousProjectIds: ['genome-data'] } }],
    },
    {
      name: "an accepted suggestion other than last year's is a change too",
      rows: [{ row: 4, cls: { basis: 'accepted', projects: [share('pharma', 5, 'accepted')] } }],
      previous: previousMatch([{ row: 4, projects: ['seeds'] }]),
      findings: [{ cell: 'B4', params: { projectIds: ['pharma'], previousProjectIds: ['seeds'] } }],
    },
    {
      name: "another plan period: compared on the projects this year's policy also has, and the message says so",
      rows: [{ row: 4, projectLabel: 'シーズ', cls: { projects: [share('seeds', null)] } }],
      previous: previousMatch([{ row: 4, projects: ['pharma', 'genome-old'] }], OTHER_PERIOD),
      findings: [{ cell: 'H4', params: { messageId: 'otherPeriod', projectIds: ['seeds'], previousProjectIds: ['pharma'] } }],
    },
  ],
});
