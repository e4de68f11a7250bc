import { DEFAULT_SEED, generateSheet, seededRandom, sheetToXlsx, type SheetLayout } from '../../bench/generate-sheet';
import { loadPacks } from '../../src/domain/policy/registry';
import { readTable } from '../../src/domain/reading';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';

const packs = loadPacks();
const pack = packs[packs.length - 1];
const LAYOUTS: readonly SheetLayout[] = ['split-thousand', 'label-million'];

const sum = (values: readonly (number | null | undefined)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    expect(take(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe.each(LAYOUTS)('generateSheet (%s)', (layout) => {
  const rows = 240;
  const sheet = generateSheet({ rows, layout, pack });

  it('gives the same grid for the same seed and another grid for another seed', () => {
    expect(generateSheet({ rows, layout, pack, seed: DEFAULT_SEED })).toEqual(sheet);
    expect(generateSheet({ rows, layout, pack, seed: DEFAULT_SEED + 1 }).grid.values).not.toEqual(sheet.grid.values);
  });

  it('reads back with readTable to every 事業, its subtotals, and the amounts it was made of', () => {
    const table = readTable(sheet.grid, pack);
    // Only the 増減 column, which has no role and is recomputed: said so (as information), not dropped silently.
    expect(table.findings.map((f) => [f.rule, f.params.messageId])).toEqual([['amount-column-unmapped', 'derived']]);
    expect(table.rows).toHaveLength(rows);
    expect(table.subtotals).toHaveLength(sheet.subtotalRows + 1);
    expect(table.subtotals.at(-1)?.kind).toBe('grandTotal');
    expect(table.unit).toBe(layout === 'split-thousand' ? '千円' : '百万円');
    expect(sum(table.rows.map((r) => r.total?.value))).toBe(sheet.expectedYen.total);
    expect(sum(table.rows.map((r) => r.request?.value))).toBe(sheet.expectedYen.request);
    expect(sum(table.rows.map((r) => r.previous?.value))).toBe(sheet.expectedYen.previous);
  });

  it('has subtotals every 15 to 25 事業 and some amounts typed as text', () => {
    expect(sheet.subtotalRows).toBeGreaterThanOrEqual(Math.ceil(rows / 25));
    expect(sheet.subtotalRows).toBeLessThanOrEqual(Math.ceil(rows / 15));
    const texts = sheet.grid.values.flat().filter((v) => typeof v === 'string');
    expect(texts.some((t) => /^[0-9０-９]{1,3}([,，][0-9０-９]{3})+/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('△'))).toBe(true);
  });
});

it('writes an .xlsx that reads back to the same table', async () => {
  const sheet = generateSheet({ rows: 60, layout: 'split-thousand', pack });
  const source = await XlsxWorkbookSource.fromBuffer(await sheetToXlsx(sheet));
  const grid = await source.readSheet(sheet.grid.sheetName);
  const table = readTable(grid, pack);
  expect(table.rows).toHaveLength(60);
  expect(sum(table.rows.map((r) => r.total?.value))).toBe(sheet.expectedYen.total);
  const formulas = (g: typeof grid) => (g.formulas ?? []).flat().filter((f) => f !== null);
  expect(formulas(grid)).toEqual(formulas(sheet.grid));
  expect(formulas(grid).length).toBeGreaterThan(sheet.subtotalRows);
});
