import { modelCellsOf } from '../../src/domain/model/model-cells';
import fc from 'fast-check';
import type { ModelCell, SheetModel } from '../../src/domain/model/sheet-model';
import { BATCH_OVERHEAD_BYTES, MIN_PAYLOAD_BUDGET_BYTES, asTypedText, batchOps, estimateOpBytes, maxOpBytesFor, planSheetOps, rectangles } from '../../src/excel/write-plan';

const PRINT: SheetModel['print'] = { orientation: 'landscape', paperSize: 'A4', fitToWidth: true };

const cellsArbitrary = fc.uniqueArray(
  fc.record({
    row: fc.integer({ min: 0, max: 40 }),
    col: fc.integer({ min: 0, max: 12 }),
    value: fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.boolean()),
    formula: fc.option(fc.constant('=SUM(A1:A2)'), { nil: undefined }),
    style: fc.option(fc.constantFrom('title', 'amount', 'text'), { nil: undefined }),
  }),
  { selector: (cell) => `${cell.row},${cell.col}`, maxLength: 300 },
);

function modelOf(cells: readonly ModelCell[]): SheetModel {
  return {
    name: '提出用シート',
    cells: modelCellsOf(cells),
    styles: { title: { bold: true, fill: '#DDEBF7', border: 'thin' }, amount: { numberFormat: '#,##0;△#,##0', horizontal: 'right' }, text: { wrap: true } },
    merges: [],
    columnWidths: [],
    print: PRINT,
    marker: 'm',
  };
}

describe('planSheetOps and batchOps', () => {
  it('keep every operation and every batch within the budget, for any model and budget', () => {
    fc.assert(
      fc.property(cellsArbitrary, fc.integer({ min: MIN_PAYLOAD_BUDGET_BYTES, max: 40_000 }), (cells, budget) => {
        const ops = planSheetOps(modelOf(cells), maxOpBytesFor(budget));
        const batches = batchOps(ops, budget);
        for (const op of ops) expect(estimateOpBytes(op)).toBeLessThanOrEqual(budget - BATCH_OVERHEAD_BYTES);
        for (const batch of batches) expect(batch.reduce((sum, op) => sum + estimateOpBytes(op), 0)).toBeLessThanOrEqual(budget - BATCH_OVERHEAD_BYTES);
        expect(batches.flat()).toEqual(ops);
      }),
    );
  });

  it('write each literal once, each formula once and each styled cell once, whatever the split', () => {
    fc.assert(
      fc.property(cellsArbitrary, fc.integer({ min: MIN_PAYLOAD_BUDGET_BYTES, max: 20_000 }), (cells, budget) => {
        const ops = planSheetOps(modelOf(cells), maxOpBytesFor(budget));
        const written = new Map<string, unknown>();
        const formulas = new Map<string, string>();
        const styled = new Map<string, number>();
        for (const op of ops) {
          if (op.kind === 'values') op.values.forEach((row, r) => row.forEach((v, c) => v !== null && written.set(`${op.top + r},${op.left + c}`, v)));
          if (op.kind === 'formulas') op.formulas.forEach((row, r) => row.forEach((f, c) => formulas.set(`${op.top + r},${op.left + c}`, f)));
          if (op.kind === 'style')
            for (let r = op.range.top; r <= op.range.bottom; r++)
              for (let c = op.range.left; c <= op.range.right; c++) styled.set(`${r},${c}`, (styled.get(`${r},${c}`) ?? 0) + 1);
        }
        for (const cell of cells) {
          const at = `${cell.row},${cell.col}`;
          if (cell.formula) expect(formulas.get(at)).toBe(cell.formula);
          else if (cell.value !== '') expect(written.get(at)).toBe(asTypedText(cell.value));
          expect(styled.get(at) ?? 0).toBe(cell.style ? 1 : 0);
        }
        expect(written.size).toBe(cells.filter((cell) => !cell.formula && cell.value !== '').length);
      }),
    );
  });

  it('formats by block: a column of equally styled cells is one style operation, not one per cell', () => {
    const cells = Array.from({ length: 1000 }, (_, row) => ({ row, col: 2, value: row, style: 'amount' }));
    const ops = planSheetOps(modelOf(cells), maxOpBytesFor(1_000_000));
    expect(ops.filter((op) => op.kind === 'style')).toEqual([{ kind: 'style', range: { top: 0, left: 2, bottom: 999, right: 2 }, style: { horizontal: 'right' } }]);
    expect(ops.filter((op) => op.kind === 'numberFormat')).toHaveLength(1);
    expect(ops.filter((op) => op.kind === 'values')).toHaveLength(1);
  });

  it('refuses a cell too large for any batch, before anything is written', () => {
    const huge = modelOf([{ row: 0, col: 0, value: 'あ'.repeat(MIN_PAYLOAD_BUDGET_BYTES) }]);
    expect(() => batchOps(planSheetOps(huge, maxOpBytesFor(MIN_PAYLOAD_BUDGET_BYTES)), MIN_PAYLOAD_BUDGET_BYTES)).toThrow(/送信量の上限.*payload budget/);
  });

  it('groups equal adjacent column widths into one operation each', () => {
    const model = { ...modelOf([]), columnWidths: [12, 12, 12, 30, 0, 8, 8] };
    expect(planSheetOps(model, 100_000).filter((op) => op.kind === 'columnWidth')).toEqual([
      { kind: 'columnWidth', first: 0, last: 2, characters: 12 },
      { kind: 'columnWidth', first: 3, last: 3, characters: 30 },
      { kind: 'columnWidth', first: 5, last: 6, characters: 8 },
    ]);
  });

  it('sets row heights as given, equal heights of consecutive rows in one operation', () => {
    const model = { ...modelOf([]), rowHeights: { 0: 24, 1: 24, 2: 24, 5: 30, 6: 18 } };
    expect(planSheetOps(model, 100_000).filter((op) => op.kind === 'rowHeight')).toEqual([
      { kind: 'rowHeight', first: 0, last: 2, points: 24 },
      { kind: 'rowHeight', first: 5, last: 5, points: 30 },
      { kind: 'rowHeight', first: 6, last: 6, points: 18 },
    ]);
  });
});

describe('rectangles', () => {
  it('covers exactly the cells of each group, without overlap', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ row: fc.integer({ min: 0, max: 15 }), col: fc.integer({ min: 0, max: 8 }), group: fc.constantFrom('a', 'b') }), {
          selector: (cell) => `${cell.row},${cell.col}`,
        }),
        (cells) => {
          const covered = new Map<string, string>();
          for (const { range, group } of rectangles(cells)) {
            for (let r = range.top; r <= range.bottom; r++)
              for (let c = range.left; c <= range.right; c++) {
                expect(covered.has(`${r},${c}`)).toBe(false);
                covered.set(`${r},${c}`, group);
              }
          }
          expect(covered).toEqual(new Map(cells.map((cell) => [`${cell.row},${cell.col}`, cell.group])));
        },
      ),
    );
  });

  it('stacks identical runs of consecutive rows into one rectangle', () => {
    const cells = [0, 1, 2].flatMap((row) => [1, 2, 3].map((col) => ({ row, col, group: 'a' })));
    expect(rectangles(cells)).toEqual([{ group: 'a', range: { top: 0, left: 1, bottom: 2, right: 3 } }]);
  });
});

describe('asTypedText', () => {
  it.each([
    ['医薬品プロジェクト', '医薬品プロジェクト'],
    ['AMED対象経費', 'AMED対象経費'],
    ['001', "'001"],
    ['1-2', "'1-2"],
    ['-', "'-"],
    ['=注', "'=注"],
    ['TRUE', "'TRUE"],
    ['#N/A', "'#N/A"],
    ['１２３', "'１２３"],
    ['△1,234', "'△1,234"],
    ['①医薬品', "'①医薬品"],
    [1234, 1234],
    [false, false],
  ])('%j → %j', (value, expected) => {
    expect(asTypedText(value)).toBe(expected);
  });
});
