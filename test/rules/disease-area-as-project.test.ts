import { diseaseAreaAsProject } from '../../src/domain/rules/catalogue/disease-area-as-project';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'disease-area-as-project', cell: 'H5', row: 5, column: 'H', value: 'がん', params: { label: 'がん', diseaseArea: 'がん', diseaseAreaId: 'cancer' } };

testPassThroughRule(diseaseAreaAsProject, 'classificationFindings', finding);
