import { listCells } from '../../src/domain/model/model-cells';
import { buildSubmissionSheet, DEFAULT_LAYOUT } from '../../src/domain/submission';
import { detailColumn } from '../../src/domain/submission/layout';
import { checkedSample } from '../consolidation/samples';

/** 事業番号, 担当部局・課室 and 新規/継続, where the ministry's sheet has them, reach its detail block. */
describe('facts the sheet states, carried to 事業別明細', () => {
  it.each([
    ['r6-meti.xlsx', '産業技術総合研究所 ライフサイエンス研究', ['0005', '産業技術環境局', '継続']],
    ['r6-mhlw.xlsx', '認知症研究開発事業', [null, '老健局認知症施策・地域介護推進課', '継続']],
    ['r6-mext.xlsx', '橋渡し研究プログラム', [null, null, null]],
  ])('%s: %s', async (file, name, facts) => {
    const { report, pack } = await checkedSample(file);
    const model = buildSubmissionSheet(report, pack, { createdAt: '2024-08-30T05:05:00Z' });
    const nameCol = detailColumn(DEFAULT_LAYOUT, 'name');
    const rows = listCells(model.cells).filter((c) => c.col === nameCol && c.value === name).map((c) => c.row);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const at = (key: 'number' | 'department' | 'newOrContinuing') => listCells(model.cells).find((c) => c.row === row && c.col === detailColumn(DEFAULT_LAYOUT, key))?.value ?? null;
      expect([at('number'), at('department'), at('newOrContinuing')]).toEqual(facts);
    }
  });
});
