import { modelCellsOf, listCells } from '../../src/domain/model/model-cells';
import { Arrivals, putMessages, splitForTransfer } from '../../src/taskpane/engine/transfer';

/** Sends `value` as put messages through a structured clone each, as postMessage would, and gives what arrives. */
function sent(value: object): unknown {
  let arrived: unknown;
  const arrivals = new Arrivals((_, v) => (arrived = v));
  for (const message of putMessages(1, value)) arrivals.receive(structuredClone(message));
  return arrived;
}

describe('transfer', () => {
  it.each([
    { name: 'short arrays, sent whole', value: { name: 'x', rows: [1, 2, 3], nested: { list: ['a'] } }, parts: [] },
    { name: 'a long top-level array, in parts', value: { rows: Array.from({ length: 250 }, (_, i) => ({ i })) }, parts: ['rows', 'rows', 'rows'] },
    {
      name: 'a long array in a member object, in parts by its path',
      value: { cells: { strings: Array.from({ length: 13_000 }, (_, i) => `s${i}`), index: new Int32Array([1, 2]) }, name: 'm' },
      parts: ['cells.strings', 'cells.strings', 'cells.strings'],
    },
    {
      name: 'a long array under names that hold a dot, in parts by its path',
      value: { 'a.b': { 'c.d': Array.from({ length: 700 }, (_, i) => i) } },
      parts: ['a.b.c.d', 'a.b.c.d'],
    },
  ])('splits $name and puts it together again', ({ value, parts }) => {
    expect(splitForTransfer(value).parts.map((p) => p.path.join('.'))).toEqual(parts);
    expect(sent(value)).toEqual(value);
  });

  it('sends a model’s cells, texts in parts and typed arrays whole, and they read the same on arrival', () => {
    const cells = Array.from({ length: 20_000 }, (_, i) => ({ row: i >> 2, col: i & 3, value: `事業${i}`, ...(i % 7 === 0 ? { formula: `=A${i}` } : {}), style: 'text' }));
    const model = { name: '提出用シート', cells: modelCellsOf(cells), merges: [] };
    const { head, parts } = splitForTransfer(model);
    expect(new Set(parts.map((p) => p.path.join('.')))).toEqual(new Set(['cells.strings']));
    expect((head.cells as { cols: unknown }).cols).toBeInstanceOf(Uint16Array);
    const arrived = sent(model) as typeof model;
    expect(listCells(arrived.cells)).toEqual(cells);
  });
});
