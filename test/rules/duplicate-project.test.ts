import { duplicateProject } from '../../src/domain/rules/catalogue/duplicate-project';
import { testRule } from './rule-tester';

testRule(duplicateProject, {
  valid: [
    { name: 'different names and numbers', rows: [{ number: '1', name: '認知症研究開発事業' }, { number: '2', name: '難治性疾患実用化研究事業' }] },
    { name: 'no numbers, different names', rows: [{ name: '再生医療実用化研究事業' }, { name: '再生医療等実用化基盤整備促進事業' }] },
    { name: 'blank numbers are not duplicates', rows: [{ number: '', name: 'A事業' }, { number: ' ', name: 'B事業' }] },
  ],
  invalid: [
    {
      name: 'the same name in another width and spacing',
      rows: [
        { row: 5, name: '認知症研究開発事業' },
        { row: 9, name: ' 認知症研究開発事業　' },
      ],
      findings: [{ cell: 'B9', row: 9, column: 'B', params: { name: ' 認知症研究開発事業　', firstRow: 5 } }],
    },
    {
      name: 'full-width and half-width forms are one name',
      rows: [
        { row: 5, name: 'ＡＭＥＤ創薬支援事業' },
        { row: 6, name: 'AMED創薬支援事業' },
      ],
      findings: [{ row: 6, params: { firstRow: 5 } }],
    },
    {
      name: 'the same 事業番号 under different names',
      rows: [
        { row: 5, number: '0012', name: 'がん研究事業' },
        { row: 6, number: '００１２', name: '循環器病研究事業' },
      ],
      findings: [{ cell: 'A6', row: 6, params: { messageId: 'sameNumber', number: '００１２', name: '循環器病研究事業', firstRow: 5 } }],
    },
    {
      name: 'every later occurrence points at the first',
      rows: [
        { row: 5, name: 'X事業' },
        { row: 6, name: 'X事業' },
        { row: 7, name: 'X事業' },
      ],
      findings: [{ row: 6, params: { firstRow: 5 } }, { row: 7, params: { firstRow: 5 } }],
    },
  ],
});
