import { modelCellsOf } from '../../src/domain/model/model-cells';
import type { ModelCell, SheetModel } from '../../src/domain/model/sheet-model';
import { MIN_PAYLOAD_BUDGET_BYTES, batchOps, estimateOpBytes, maxOpBytesFor, planSheetOps } from '../../src/excel/write-plan';

/**
 * An operation's estimate includes its position: a block that starts at row 1,000 takes more
 * characters to address than the first block at row 0. Splitting must allow for the digits
 * of the block it is filling, or a block filled to the limit ends up over it (and the sink
 * refuses the whole sheet). Texts of every length from 1 to 12 characters make some block
 * end exactly at the limit.
 */
function longModel(length: number, direction: 'down' | 'across'): SheetModel {
  const cells: ModelCell[] = Array.from({ length: 3_000 }, (_, i) => {
    const value = `${'x'.repeat(length - 1)}${i % 10}`;
    return direction === 'down' ? { row: i, col: 0, value } : { row: 0, col: i, value };
  });
  return { name: '提出用シート', cells: modelCellsOf(cells), styles: {}, merges: [], columnWidths: [], print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true }, marker: 'm' };
}

const budget = MIN_PAYLOAD_BUDGET_BYTES;
const lengths = Array.from({ length: 12 }, (_, i) => i + 1);

describe.each(['down', 'across'] as const)('planSheetOps, values running %s to row/column 3,000', (direction) => {
  it.each(lengths)('keeps every operation within the budget with texts of %i characters', (length) => {
    const ops = planSheetOps(longModel(length, direction), maxOpBytesFor(budget));
    expect(ops.filter((op) => op.kind === 'values').length).toBeGreaterThanOrEqual(2);
    for (const op of ops) expect(estimateOpBytes(op)).toBeLessThanOrEqual(maxOpBytesFor(budget));
    expect(() => batchOps(ops, budget)).not.toThrow();
  });
});
