import type { SheetGrid } from '../../src/domain/model/grid';
import { DemoEdits, applyEdits } from '../../src/taskpane/demo-edits';
import { sameGridInSlices } from '../../src/taskpane/same-grid';

const sameGrid = (a: SheetGrid, b: SheetGrid) => sameGridInSlices(a, b, async () => undefined);

const grid: SheetGrid = {
  sheetName: 'S',
  originRow: 1,
  originCol: 1,
  values: [
    ['事業名', '計'],
    ['A', 100],
  ],
  formulas: [
    [null, null],
    [null, '=1+99'],
  ],
};

describe('demo edits (standing in for typing in Excel)', () => {
  it('writes changed cells over a fresh read, in sheet coordinates, without touching the read', () => {
    const edits = new DemoEdits();
    expect(edits.any).toBe(false);
    expect(applyEdits(grid, edits.of('S'))).toBe(grid);
    edits.set('S', 'c3', 250);
    edits.set('S', 'D5', 'new');
    edits.set('Other', 'A1', 1);
    expect(edits.any).toBe(true);
    expect(edits.of('S')).toEqual([
      { a1: 'C3', value: 250 },
      { a1: 'D5', value: 'new' },
    ]);
    const changed = applyEdits(grid, edits.of('S'));
    expect(changed.values).toEqual([['事業名', '計'], ['A', 250], [], [null, null, 'new']]);
    // A typed value replaces the formula that was there.
    expect(changed.formulas?.[1][1]).toBeNull();
    expect(grid.values[1][1]).toBe(100);
    expect(() => edits.set('S', 'not a cell', 1)).toThrow('not a cell address');
  });
});

/** Reads of the sheet the same except for one change each: the comparison must tell every one. */
const copy = (g: SheetGrid): SheetGrid => JSON.parse(JSON.stringify(g));
const changedReads = (): SheetGrid[] => {
  const edits = new DemoEdits();
  edits.set('S', 'C3', 101);
  return [
    applyEdits(grid, edits.of('S')),
    { ...copy(grid), formulas: [[null, null], [null, '=2+98']] },
    { ...copy(grid), numberFormats: [[null, null], [null, '0']] },
    { ...copy(grid), merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] },
    { ...copy(grid), hiddenRows: [2] },
    { ...copy(grid), hiddenColumns: [2] },
    { ...copy(grid), values: [['事業名', '計'], ['A', 100, null]] },
    { ...copy(grid), sheetName: 'T' },
    { ...copy(grid), originRow: 0 },
  ];
};

describe('sameGridInSlices', () => {
  it('tells a re-read with the same cells from one where a value, formula, format, merge or hidden row changed', async () => {
    expect(await sameGrid(grid, copy(grid))).toBe(true);
    for (const changed of changedReads()) expect(await sameGrid(grid, changed)).toBe(false);
    expect(await sameGrid({ ...grid, values: [[{ error: '#REF!' }]] }, { ...grid, values: [[{ error: '#REF!' }]] })).toBe(true);
    expect(await sameGrid({ ...grid, values: [[{ error: '#REF!' }]] }, { ...grid, values: [[{ error: '#N/A' }]] })).toBe(false);
  });
});

describe('sameGridInSlices on a big sheet', () => {
  it('pauses between slices of rows and still finds a change far down', async () => {
    const values = Array.from({ length: 5_000 }, (_, r) => [`事業${r}`, r, null]);
    const a = { sheetName: 'S', originRow: 0, originCol: 0, values };
    const same = { ...a, values: values.map((row) => [...row]) };
    const changed = { ...a, values: values.map((row, r) => (r === 4_321 ? [row[0], 0, null] : [...row])) };
    let pauses = 0;
    const pause = async () => void pauses++;
    expect(await sameGridInSlices(a, same, pause)).toBe(true);
    expect(pauses).toBeGreaterThan(0);
    expect(await sameGridInSlices(a, changed, pause)).toBe(false);
  });
});
