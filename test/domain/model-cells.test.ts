import {
  cellCount,
  columnCount,
  forEachCell,
  listCells,
  ModelCellsBuilder,
  modelCellsOf,
  rowCount,
  rowsOfCells,
  type ModelCell,
} from '../../src/domain/model/model-cells';

/** Lists given in row order, each cell with its keys in the model's JSON order (row, col, value, formula, style). */
const CASES: readonly { readonly name: string; readonly cells: readonly ModelCell[] }[] = [
  { name: 'no cells', cells: [] },
  { name: 'a cell with nothing but its place', cells: [{ row: 0, col: 0 }] },
  {
    name: 'every kind of value',
    cells: [
      { row: 0, col: 0, value: null },
      { row: 0, col: 1, value: true },
      { row: 0, col: 2, value: false },
      { row: 0, col: 3, value: 0 },
      { row: 0, col: 4, value: -2_147_483_648 },
      { row: 0, col: 5, value: 2_147_483_647 },
      { row: 0, col: 6, value: 2_147_483_648 },
      { row: 0, col: 7, value: 250.5 },
      { row: 0, col: 8, value: -0 },
      { row: 0, col: 9, value: '' },
      { row: 0, col: 10, value: '医薬品プロジェクト' },
    ],
  },
  {
    name: 'formulas with and without a cached result, styles, and empty rows between',
    cells: [
      { row: 0, col: 0, value: 'タイトル', style: 'title' },
      { row: 3, col: 2, value: 12, formula: '=SUM(C5:C6)', style: 'amount' },
      { row: 3, col: 3, formula: '=C4*2' },
      { row: 3, col: 4, style: 'amount' },
      { row: 5, col: 16_383, value: '皆増', formula: '=IF(A1=0,"皆増","")', style: 'rate' },
    ],
  },
  {
    name: 'a row naming a position twice, columns out of order (a merge label before its covered cells)',
    cells: [
      { row: 2, col: 4, value: 'a', style: 'header' },
      { row: 2, col: 1, value: 'b', style: 'header' },
      { row: 2, col: 4, value: 'c' },
    ],
  },
];

describe('ModelCells', () => {
  it.each(CASES)('gives back $name exactly: the same cells, the same order, the same JSON', ({ cells }) => {
    const store = modelCellsOf(cells);
    expect(JSON.stringify(listCells(store))).toBe(JSON.stringify(cells));
    // toEqual compares numbers with Object.is: -0 must come back as -0.
    expect(listCells(store)).toEqual(cells);
    expect(cellCount(store)).toBe(cells.length);
    expect(rowCount(store)).toBe(cells.length === 0 ? 0 : Math.max(...cells.map((c) => c.row)) + 1);
    expect(columnCount(store)).toBe(cells.length === 0 ? 0 : Math.max(...cells.map((c) => c.col)) + 1);
  });

  it.each(CASES)('reads $name row by row as the preview asks, and cell by cell as the writers do', ({ cells }) => {
    const store = modelCellsOf(cells);
    const rows = rowCount(store) + 2;
    expect(rowsOfCells(store, -1, rows)).toEqual(Array.from({ length: rows }, (_, r) => cells.filter((c) => c.row === r)));
    const visited: ModelCell[] = [];
    forEachCell(store, (row, col, value, formula, style) => visited.push({ row, col, value, formula, style }));
    expect(visited).toEqual(cells.map((c) => ({ value: undefined, formula: undefined, style: undefined, ...c })));
  });

  it.each(CASES)('is plain data: $name survives a structured clone (postMessage) unchanged', ({ cells }) => {
    const store = modelCellsOf(cells);
    expect(listCells(structuredClone(store))).toEqual(listCells(store));
  });

  it('keeps each distinct text once, however many cells hold it', () => {
    const cells = Array.from({ length: 1000 }, (_, i) => ({ row: i, col: 0, value: ['がん', '感染症'][i % 2] }));
    const store = modelCellsOf(cells);
    expect(store.strings).toEqual(['がん', '感染症']);
    expect(listCells(store)).toEqual(cells);
  });

  it('sorts a list by row, keeping the order of each row’s cells', () => {
    const cells: ModelCell[] = [
      { row: 2, col: 0, value: 'c' },
      { row: 0, col: 5, value: 'a' },
      { row: 2, col: 0, value: 'd' },
      { row: 0, col: 1, value: 'b' },
    ];
    expect(listCells(modelCellsOf(cells))).toEqual([cells[1], cells[3], cells[0], cells[2]]);
  });

  it('refuses a cell added above a row already left, and a column past Excel’s last', () => {
    const builder = new ModelCellsBuilder();
    builder.add(3, 0, 'x', undefined, undefined);
    builder.add(3, 1, 'y', undefined, undefined);
    expect(() => builder.add(2, 0, 'z', undefined, undefined)).toThrow(/row order/);
    expect(() => builder.add(4, 16_384, 'z', undefined, undefined)).toThrow(/column 16384/);
  });

  it('refuses more style names than a byte indexes', () => {
    const builder = new ModelCellsBuilder();
    for (let i = 0; i < 255; i++) builder.add(i, 0, undefined, undefined, `s${i}`);
    expect(() => builder.add(255, 0, undefined, undefined, 's255')).toThrow(/at most 255 style names/);
    expect(listCells(builder.build())).toHaveLength(255);
  });
});
