import { previousProjectNotCarried } from '../../src/domain/rules/catalogue/previous-project-not-carried';
import { syntheticPack } from '../helpers/synthetic-pack';
import { previousMatch, share } from './builders';
import { testRule } from './rule-tester';

/** This year: the 3rd period's eight projects. Last year: the 2nd period's six, named as that pack names them. */
const THIRD = syntheticPack({ projects: 8 });
const SECOND = { planPeriod: '第2期', projects: syntheticPack().projects.map((p) => ({ id: p.id, name: p.name })) };
const previous = (continuing: Parameters<typeof previousMatch>[0], projects?: Parameters<typeof previousMatch>[1]) => previousMatch(continuing, projects, THIRD);

testRule(
  previousProjectNotCarried,
  {
    valid: [
      { name: "no last year's sheet", rows: [{ row: 4 }] },
      { name: 'the same plan period: every project carries', rows: [{ row: 4 }], previous: previous([{ row: 4, projects: ['pharma', 'devices'] }]) },
      { name: 'another period, but a project both periods have (①医薬品)', rows: [{ row: 4 }], previous: previous([{ row: 4, projects: ['pharma'] }], SECOND) },
      { name: 'last year declared no project', rows: [{ row: 4 }], previous: previous([{ row: 4, projects: [] }], SECOND) },
    ],
    invalid: [
      {
        name: "④ゲノム・データ基盤 of the 2nd period is not one of the 3rd period's projects",
        rows: [{ row: 7, name: 'ゲノム医療実現推進事業', cls: { projects: [share('data-lifecourse', null)] } }],
        previous: previous([{ row: 7, projects: ['genome-data'] }], SECOND),
        findings: [{ cell: 'B7', row: 7, params: { name: 'ゲノム医療実現推進事業', notCarried: ['ゲノム・データ基盤プロジェクト'], previousPlan: '第2期', plan: '第3期' } }],
      },
      {
        name: 'only the projects not carried are named, each continuing 事業 once',
        rows: [{ row: 4 }, { row: 5 }],
        previous: previous([{ row: 4, projects: ['pharma', 'disease-basic', 'seeds'] }, { row: 5, projects: ['devices'] }], SECOND),
        findings: [{ cell: 'B4', params: { notCarried: ['疾患基礎研究プロジェクト', 'シーズ開発・研究基盤プロジェクト'] } }],
      },
    ],
  },
  THIRD,
);
