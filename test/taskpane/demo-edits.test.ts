import type { SheetGrid } from '../../src/domain/model/grid';
import { DemoEdits } from '../../src/taskpane/demo-edits';
import { sameGrid } from '../../src/taskpane/same-grid';

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
    expect(edits.apply(grid)).toBe(grid);
    edits.set('S', 'c3', 250);
    edits.set('S', 'D5', 'new');
    edits.set('Other', 'A1', 1);
    expect(edits.any).toBe(true);
    const changed = edits.apply(grid);
    expect(changed.values).toEqual([['事業名', '計'], ['A', 250], [], [null, null, 'new']]);
    // A typed value replaces the formula that was there.
    expect(changed.formulas?.[1][1]).toBeNull();
    expect(grid.values[1][1]).toBe(100);
    expect(() => edits.set('S', 'not a cell', 1)).toThrow('not a cell address');
  });
});

describe('sameGrid', () => {
  it('tells a re-read with the same cells from one where a value, formula, format, merge or hidden row changed', () => {
    const copy = (g: SheetGrid): SheetGrid => JSON.parse(JSON.stringify(g));
    expect(sameGrid(grid, copy(grid))).toBe(true);
    const edits = new DemoEdits();
    edits.set('S', 'C3', 101);
    expect(sameGrid(grid, edits.apply(grid))).toBe(false);
    expect(sameGrid(grid, { ...copy(grid), formulas: [[null, null], [null, '=2+98']] })).toBe(false);
    expect(sameGrid(grid, { ...copy(grid), numberFormats: [[null, null], [null, '0']] })).toBe(false);
    expect(sameGrid(grid, { ...copy(grid), merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] })).toBe(false);
    expect(sameGrid(grid, { ...copy(grid), hiddenRows: [2] })).toBe(false);
    expect(sameGrid(grid, { ...copy(grid), values: [['事業名', '計'], ['A', 100, null]] })).toBe(false);
    expect(sameGrid({ ...grid, values: [[{ error: '#REF!' }]] }, { ...grid, values: [[{ error: '#REF!' }]] })).toBe(true);
    expect(sameGrid({ ...grid, values: [[{ error: '#REF!' }]] }, { ...grid, values: [[{ error: '#N/A' }]] })).toBe(false);
  });
});
