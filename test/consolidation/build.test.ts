import { listCells } from '../../src/domain/model/model-cells';
import { buildConsolidatedSheet, CONSOLIDATION_LAYOUT, type MinistryPart } from '../../src/domain/consolidation';
import type { SheetModel } from '../../src/domain/model/sheet-model';
import { line, part, R6 } from './rules/builders';

/** The consolidated model's shape in the cases the samples do not have. */

const layout = CONSOLIDATION_LAYOUT;
const c = layout.summary;
const totalCol = layout.base.summary.columns.find((k) => k.key === 'total')!.col;
const previousCol = layout.base.summary.columns.find((k) => k.key === 'previous')!.col;

/** Every part here names its ministry (consolidate() refuses the others before building). */
function build(parts: readonly MinistryPart[]): SheetModel {
  return buildConsolidatedSheet(parts as readonly (MinistryPart & { ministry: string })[], R6, { createdAt: '2024-08-30T05:05:00Z', provisional: false });
}

function summaryRow(model: SheetModel, group: string, ministry: string): (col: number) => unknown {
  const cells = listCells(model.cells);
  const row = cells.find((x) => x.col === c.ministryFirst && x.value === ministry && cells.some((y) => y.row === x.row && y.col === c.groupCol && y.value === group))?.row;
  if (row === undefined) throw new Error(`no row ${group} ${ministry}`);
  return (col) => cells.find((x) => x.row === row && x.col === col)?.value;
}

describe('the consolidated sheet model', () => {
  it('ministries in the pack\'s order (文・厚・経), whatever order the inputs came in', () => {
    const model = build([part('経済産業省', 'c.xlsx', [line('C事業')]), part('文部科学省', 'a.xlsx', [line('A事業')]), part('厚生労働省', 'b.xlsx', [line('B事業')])]);
    const order = listCells(model.cells).filter((x) => x.col === c.ministryFirst && x.value !== undefined && ['文部科学省', '厚生労働省', '経済産業省'].includes(String(x.value))).slice(0, 3).map((x) => x.value);
    expect(order).toEqual(['文部科学省', '厚生労働省', '経済産業省']);
  });

  it('an input without 前年度: 「－」 in its rows and in 計, never 0', () => {
    const model = build([
      part('文部科学省', 'a.xlsx', [line('A事業')]),
      part('厚生労働省', 'b.xlsx', [line('B事業', 'AMED対象経費', { previous: null })], { previousKnown: false }),
    ]);
    expect(summaryRow(model, '合計', '文部科学省')(previousCol)).toBe(900);
    expect(summaryRow(model, '合計', '厚生労働省')(previousCol)).toBe(layout.base.unknownAmount);
    expect(summaryRow(model, '合計', c.subtotalLabel)(previousCol)).toBe(layout.base.unknownAmount);
    expect(summaryRow(model, '合計', c.subtotalLabel)(totalCol)).toBe(2000);
  });

  it('fund-based lines: a （参考）基金等 group, outside 合計', () => {
    const fund = line('ムーンショット型研究開発事業', 'AMED対象経費', { counted: false, ledger: layout.base.counted.no, total: 500 });
    const model = build([part('文部科学省', 'a.xlsx', [line('A事業'), fund])]);
    expect(summaryRow(model, layout.base.summary.fundLabel, '文部科学省')(totalCol)).toBe(500);
    expect(summaryRow(model, '合計', '文部科学省')(totalCol)).toBe(1000);
  });

  it('every total is a formula; the detail has a 府省 column on every line', () => {
    const model = build([part('文部科学省', 'a.xlsx', [line('A事業'), line('B事業')]), part('厚生労働省', 'b.xlsx', [line('C事業')])]);
    const amounts = listCells(model.cells).filter((x) => x.col === totalCol && typeof x.value === 'number' && x.row < listCells(model.cells).find((y) => y.value === layout.base.detail.title)!.row);
    expect(amounts.length).toBeGreaterThan(5);
    expect(amounts.every((x) => x.formula?.startsWith('=SUM'))).toBe(true);
    const detailTop = listCells(model.cells).find((y) => y.col === 0 && y.value === layout.base.detail.title)!.row;
    expect([1, 2, 3].map((i) => listCells(model.cells).find((x) => x.row === detailTop + 1 + i && x.col === layout.ministryCol)?.value)).toEqual(['文部科学省', '文部科学省', '厚生労働省']);
    expect(model.marker).not.toBe('BudgetCheck.SubmissionSheet');
  });
});
