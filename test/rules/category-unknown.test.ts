import { categoryUnknown } from '../../src/domain/rules/catalogue/category-unknown';
import { testPassThroughRule } from './rule-tester';

const finding = { rule: 'category-unknown', cell: 'C5', row: 5, column: 'C', value: '直轄', params: { label: '直轄', candidates: ['AMED対象経費', 'インハウス研究機関経費'] } };

testPassThroughRule(categoryUnknown, 'classificationFindings', finding);
