import { listCells, modelCellsOf } from '../../src/domain/model/model-cells';
import type { CellStyle, ModelCell, SheetModel } from '../../src/domain/model/sheet-model';
import { characterMetrics, columnWidthPoints } from '../../src/excel/apply-op';
import { markerName } from '../../src/domain/model/output-marker';
import { DEFAULT_PAYLOAD_BUDGET_BYTES, OUTPUT_MARKER_KEY, OfficeWorkbookSink } from '../../src/excel/office-workbook-sink';
import { PAYLOAD_LIMIT_BYTES } from '../../src/excel/payload';
import { BATCH_OVERHEAD_BYTES, estimateOpBytes, maxOpBytesFor, planSheetOps } from '../../src/excel/write-plan';
import { FakeExcel, type CellFormat, type FakeSheet } from './fake-excel';

const MARKER = 'medical-rd-budget-check/submission';
const OUTPUT = '提出用シート';
const SOURCE = '厚労省 要求';

/** Text Excel would turn into numbers, dates, formulas, booleans or errors if written naively. */
const TRICKY_TEXTS = ['①医薬品', '001', '-', '=注', 'TRUE', '#N/A', '1-2', '医薬品プロジェクト'];

const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 14 },
  unit: { horizontal: 'right', italic: true },
  header: { bold: true, fill: '#DDEBF7', fontColor: '#1F3864', border: 'thin', wrap: true, horizontal: 'center', vertical: 'middle' },
  text: { wrap: true, vertical: 'top' },
  amount: { numberFormat: '#,##0;△#,##0', horizontal: 'right' },
  total: { bold: true, numberFormat: '#,##0;△#,##0', border: 'thin' },
};

/** A submission-like sheet: title, unit, header, `detailRows` 事業 rows with live row sums, a total row. */
function submissionModel(detailRows: number, marker = MARKER): SheetModel {
  const cells: ModelCell[] = [
    { row: 0, col: 0, value: '令和6年度 医療分野の研究開発関連予算 提出用（厚生労働省）', style: 'title' },
    { row: 1, col: 5, value: '単位：千円', style: 'unit' },
    ...['事業名', '区分', '統合プロジェクト', '要求額', '要望額', '計'].map((value, col) => ({ row: 3, col, value, style: 'header' })),
  ];
  for (let i = 0; i < detailRows; i++) {
    const row = 4 + i;
    cells.push(
      { row, col: 0, value: `事業${i + 1}`, style: 'text' },
      { row, col: 1, value: i % 3 === 0 ? 'インハウス' : 'AMED' },
      { row, col: 2, value: TRICKY_TEXTS[i % TRICKY_TEXTS.length], style: 'text' },
      { row, col: 3, value: (i % 7) - 3 === 0 ? -1234 : 1000 + i, style: 'amount' },
      { row, col: 4, value: i % 2 === 0 ? 0 : 250.5, style: 'amount' },
      { row, col: 5, formula: `=D${row + 1}+E${row + 1}`, style: 'amount' },
    );
  }
  const totalRow = 4 + detailRows;
  cells.push(
    { row: totalRow, col: 0, value: '合計', style: 'total' },
    ...[3, 4, 5].map((col) => {
      const letter = 'DEF'[col - 3];
      return { row: totalRow, col, formula: `=SUM(${letter}5:${letter}${totalRow})`, style: 'total' };
    }),
  );
  return {
    name: OUTPUT,
    cells: modelCellsOf(cells),
    styles: STYLES,
    merges: [{ top: 0, left: 0, bottom: 0, right: 5 }],
    columnWidths: [30, 10, 20, 12, 12, 12],
    rowHeights: { 0: 24, 3: 30, [4 + detailRows]: 18 },
    freeze: { rows: 4, cols: 1 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: { top: 3, bottom: 3 } },
    marker,
  };
}

function workbookWithSource(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet({
    name: SOURCE,
    rows: [
      ['事業名', '要求額'],
      ['認知症研究開発事業', 1342202],
      ['合計', { formula: '=SUM(B2:B2)', value: 1342202 }],
    ],
    merges: [{ top: 0, left: 2, bottom: 0, right: 3 }],
    hiddenRows: [5],
  });
  return excel;
}

function expectedFormat(style: CellStyle | undefined): CellFormat {
  if (!style) return {};
  const format: CellFormat = {};
  if (style.bold !== undefined) format.bold = style.bold;
  if (style.italic !== undefined) format.italic = style.italic;
  if (style.fontSize !== undefined) format.size = style.fontSize;
  if (style.fontColor !== undefined) format.color = style.fontColor;
  if (style.fill !== undefined) format.fill = style.fill;
  if (style.horizontal) format.horizontalAlignment = { left: 'Left', center: 'Center', right: 'Right' }[style.horizontal];
  if (style.vertical) format.verticalAlignment = { top: 'Top', middle: 'Center', bottom: 'Bottom' }[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  return format;
}

/** The sheet as Excel would show it equals the model: every cell, merges, widths, freeze, print, marker. */
function expectSheetToEqualModel(excel: FakeExcel, sheet: FakeSheet, model: SheetModel): void {
  // Compared as one structure: a per-cell expect() would make large models slow to check.
  const actual: unknown[] = [];
  const expected: unknown[] = [];
  const positions = new Set<string>();
  for (const cell of listCells(model.cells)) {
    const at = `${cell.row},${cell.col}`;
    positions.add(at);
    const written = sheet.cells.get(at);
    const style = cell.style ? model.styles[cell.style] : undefined;
    const { borders, ...format } = written?.format ?? {};
    const outlined = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'].every((edge) => borders?.[edge]?.style === 'Continuous' && borders[edge].weight === 'Thin');
    actual.push([at, cell.formula ? written?.formula : (written?.value ?? null), written?.numberFormat, format, outlined]);
    expected.push([at, cell.formula ?? cell.value ?? null, style?.numberFormat, expectedFormat(style), style?.border === 'thin']);
  }
  for (const [at, cell] of sheet.cells) {
    if (!positions.has(at) && (cell.value !== null || cell.formula !== undefined)) actual.push(['stray', at, cell.value, cell.formula]);
  }
  expect(actual).toEqual(expected);
  expect(sheet.merges).toEqual(model.merges);
  const metrics = characterMetrics(excel.standardWidth, excel.defaultColumnWidthPoints);
  expect([...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0])).toEqual(model.columnWidths.map((width, col) => [col, columnWidthPoints(width, metrics)]));
  expect(Object.fromEntries(sheet.rowHeights)).toEqual(model.rowHeights ?? {});
  expect(sheet.freeze).toEqual(model.freeze);
  expect(sheet.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$4:$4' });
  expect(sheet.customProperties.get(OUTPUT_MARKER_KEY.toLowerCase())?.value).toBe(model.marker);
}

describe('OfficeWorkbookSink.writeOutputSheet', () => {
  it('writes a sheet equal to the model, makes it active, and leaves the source sheet as it was', async () => {
    const excel = workbookWithSource();
    const sourceBefore = excel.snapshot(SOURCE);
    const model = submissionModel(12);

    const result = await new OfficeWorkbookSink(excel.run).writeOutputSheet(model);

    expect(result).toEqual({ sheetName: OUTPUT, address: 'A1:F17', rows: 17, nameWasTaken: false, replacedPrevious: false });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([SOURCE, OUTPUT]);
    const output = excel.sheet(OUTPUT)!;
    expectSheetToEqualModel(excel, output, model);
    expect(excel.activeSheetId).toBe(output.id);
    expect(excel.calculations).toBe(1);
    expect(excel.snapshot(SOURCE)).toEqual(sourceBefore);
  });

  it('splits a large model so that no sync exceeds the payload budget, suspending screen and calculation while building', async () => {
    const excel = workbookWithSource();
    const model = submissionModel(3_000);
    const budget = 20_000;

    await new OfficeWorkbookSink(excel.run, { payloadBudgetBytes: budget }).writeOutputSheet(model);

    expect(excel.syncs.length).toBeGreaterThan(20);
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(budget);
    // List the sheets (1); then every sync writes (the first also adds the sheet, the last commits) and suspends both.
    const build = excel.syncs.slice(1);
    expect(build.every((sync) => sync.screenUpdatingSuspended && sync.calculationSuspended)).toBe(true);
    expect(excel.syncs[0].screenUpdatingSuspended).toBe(false);
    // Batches are filled, not sent one block per sync: each but the last holds at least the
    // batch limit less the largest operation, so the syncs are at most the list, the batches
    // that estimate needs, and the commit.
    const ops = planSheetOps(model, maxOpBytesFor(budget));
    const sizes = ops.map(estimateOpBytes);
    const total = sizes.reduce((sum, bytes) => sum + bytes, 0);
    const filled = budget - BATCH_OVERHEAD_BYTES - Math.max(...sizes);
    expect(excel.syncs.length).toBeLessThanOrEqual(2 + Math.ceil(total / filled));
    expectSheetToEqualModel(excel, excel.sheet(OUTPUT)!, model);
  });

  it('replaces the previous output sheet, recognised by its marker, with none of its old content left', async () => {
    const excel = workbookWithSource();
    const previous = excel.addSheet({ name: OUTPUT, rows: [['古い内容'], ...Array.from({ length: 40 }, () => [null, null, null, null, null, null, null, 'old'])], customProperties: { [OUTPUT_MARKER_KEY]: MARKER } });
    const sourceBefore = excel.snapshot(SOURCE);
    const model = submissionModel(5);

    const result = await new OfficeWorkbookSink(excel.run).writeOutputSheet(model);

    expect(result).toEqual({ sheetName: OUTPUT, address: 'A1:F10', rows: 10, nameWasTaken: false, replacedPrevious: true });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([SOURCE, OUTPUT]);
    const output = excel.sheet(OUTPUT)!;
    expect(output.id).not.toBe(previous.id);
    expectSheetToEqualModel(excel, output, model);
    expect(excel.snapshot(SOURCE)).toEqual(sourceBefore);
  });

  it("names the sheet with the marker's defined name, as the .xlsx writer does, so a saved workbook's reader finds it", async () => {
    const excel = workbookWithSource();
    const sink = new OfficeWorkbookSink(excel.run);
    await sink.writeOutputSheet(submissionModel(3));
    expect(excel.namedItem(markerName(MARKER))).toEqual({ sheet: OUTPUT, address: '$A$1' });
    // Written again: the name moves to the new sheet (one name, never a stale #REF! one).
    await sink.writeOutputSheet(submissionModel(4));
    expect(excel.names).toHaveLength(1);
    expect(excel.namedItem(markerName(MARKER))).toEqual({ sheet: OUTPUT, address: '$A$1' });
    expect(excel.sheet(OUTPUT)!.cells.size).toBeGreaterThan(0);
  });

  it('takes over a stale marker name left by a deleted output sheet', async () => {
    const excel = workbookWithSource();
    const sink = new OfficeWorkbookSink(excel.run);
    await sink.writeOutputSheet(submissionModel(3));
    excel.sheets.splice(excel.sheets.indexOf(excel.sheet(OUTPUT)!), 1);
    excel.names[0].sheetId = null;
    await sink.writeOutputSheet(submissionModel(3));
    expect(excel.names).toHaveLength(1);
    expect(excel.namedItem(markerName(MARKER))).toEqual({ sheet: OUTPUT, address: '$A$1' });
  });

  it.each([
    ['has no marker', {}],
    ['carries another marker value', { [OUTPUT_MARKER_KEY]: 'someone-else' }],
  ])('never touches a user sheet with the output name that %s: it writes "提出用シート (2)" and says so', async (_, customProperties) => {
    const excel = workbookWithSource();
    excel.addSheet({ name: OUTPUT, rows: [['利用者が作ったシート', 42]], customProperties });
    const userBefore = excel.snapshot(OUTPUT);
    const sink = new OfficeWorkbookSink(excel.run);

    expect(await sink.writeOutputSheet(submissionModel(3))).toEqual({ sheetName: `${OUTPUT} (2)`, address: 'A1:F8', rows: 8, nameWasTaken: true, replacedPrevious: false });
    // Writing again replaces our own "(2)", still never the user's sheet.
    expect(await sink.writeOutputSheet(submissionModel(4))).toEqual({ sheetName: `${OUTPUT} (2)`, address: 'A1:F9', rows: 9, nameWasTaken: true, replacedPrevious: true });

    expect(excel.snapshot(OUTPUT)).toEqual(userBefore);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([SOURCE, OUTPUT, `${OUTPUT} (2)`]);
    expectSheetToEqualModel(excel, excel.sheet(`${OUTPUT} (2)`)!, { ...submissionModel(4), name: `${OUTPUT} (2)` });
  });

  it('writes a sheet that fits one request in 3 syncs: list the sheets; add it with its contents; widths and commit', async () => {
    const excel = workbookWithSource();
    const model = submissionModel(1_000);
    await new OfficeWorkbookSink(excel.run).writeOutputSheet(model);
    expect(excel.syncs).toHaveLength(3);
    expectSheetToEqualModel(excel, excel.sheet(OUTPUT)!, model);
  });

  it('aims every sync under 80% of the 5 MB limit by default', () => {
    expect(DEFAULT_PAYLOAD_BUDGET_BYTES).toBeLessThanOrEqual(0.8 * PAYLOAD_LIMIT_BYTES);
  });

  it('writes a sheet larger than one request in about as many syncs as its bytes need, none over the budget', async () => {
    const excel = workbookWithSource();
    const model = submissionModel(20_000);
    const budget = 500_000;
    await new OfficeWorkbookSink(excel.run, { payloadBudgetBytes: budget }).writeOutputSheet(model);
    const requests = excel.syncs.map((sync) => sync.requestBytes);
    for (const bytes of requests) expect(bytes).toBeLessThanOrEqual(budget);
    const total = requests.reduce((sum, bytes) => sum + bytes, 0);
    expect(excel.syncs.length).toBeGreaterThan(3);
    // The sheet list, then the bytes at three quarters of the budget each (see maxOpBytesFor), then the commit.
    expect(excel.syncs.length).toBeLessThanOrEqual(2 + Math.ceil(total / (0.75 * budget)));
    expectSheetToEqualModel(excel, excel.sheet(OUTPUT)!, model);
  });

  it('uses the workbook digit width for column widths (游ゴシック: 8 px)', async () => {
    const excel = workbookWithSource();
    excel.standardWidth = 8.38;
    excel.defaultColumnWidthPoints = 54;
    await new OfficeWorkbookSink(excel.run).writeOutputSheet({ ...submissionModel(1), columnWidths: [10] });
    expect(excel.sheet(OUTPUT)!.columnWidths.get(0)).toBe(60);
  });

  it('refuses an invalid sheet name before touching the workbook', async () => {
    const excel = workbookWithSource();
    await expect(new OfficeWorkbookSink(excel.run).writeOutputSheet({ ...submissionModel(1), name: '提出/2024' })).rejects.toThrow(/使えない文字.*not allow/);
    expect(excel.syncs).toHaveLength(0);
  });
});

describe('OfficeWorkbookSink on failure', () => {
  /** Operations per sync of a successful write, to aim failures at every sync and within it. */
  async function successfulRun(): Promise<{ operations: number[]; after: FakeExcel }> {
    const excel = scenario();
    await new OfficeWorkbookSink(excel.run, { payloadBudgetBytes: 20_000 }).writeOutputSheet(submissionModel(300));
    return { operations: excel.syncs.map((sync) => sync.operations), after: excel };
  }

  function scenario(): FakeExcel {
    const excel = workbookWithSource();
    const previous = excel.addSheet({ name: OUTPUT, rows: [['前回の提出用シート', 100]], customProperties: { [OUTPUT_MARKER_KEY]: MARKER } });
    excel.names.push({ name: markerName(MARKER), sheetId: previous.id, address: '$A$1' });
    return excel;
  }

  it('at any sync, after any number of its operations, leaves no half-written sheet and the previous output intact', async () => {
    const { operations, after } = await successfulRun();
    expect(operations.length).toBeGreaterThan(5);
    let failures = 0;
    for (const [index, count] of operations.entries()) {
      for (const afterOperations of new Set([0, Math.floor(count / 2), count - 1, count])) {
        const excel = scenario();
        const before = { names: excel.sheets.map((sheet) => sheet.name), previous: excel.snapshot(OUTPUT), source: excel.snapshot(SOURCE) };
        excel.failSync(index + 1, afterOperations);
        const outcome = await new OfficeWorkbookSink(excel.run, { payloadBudgetBytes: 20_000 })
          .writeOutputSheet(submissionModel(300))
          .then(() => null, (error: Error) => error);

        const lastStepRepliedLost = index === operations.length - 1 && afterOperations === count;
        if (lastStepRepliedLost) {
          // Everything was applied; only the reply was lost. The new sheet is complete and kept.
          expect(outcome).toBeNull();
          expect(excel.sheets.map((sheet) => sheet.name)).toEqual(after.sheets.map((sheet) => sheet.name));
          expectSheetToEqualModel(excel, excel.sheet(OUTPUT)!, submissionModel(300));
          expect(excel.namedItem(markerName(MARKER))).toEqual({ sheet: OUTPUT, address: '$A$1' });
          expect(excel.sheet(OUTPUT)!.id).not.toBe(after.sheets[0].id);
          continue;
        }
        failures++;
        expect(outcome?.message).toMatch(/書き込めませんでした.* \/ Could not write the sheet "提出用シート"/);
        expect(outcome?.message).toMatch(/Injected failure/);
        expect(excel.sheets.map((sheet) => sheet.name)).toEqual(before.names);
        expect(excel.snapshot(OUTPUT)).toEqual(before.previous);
        expect(excel.snapshot(SOURCE)).toEqual(before.source);
        // The marker's name still points at the previous output, whatever the commit had done.
        expect(excel.names).toHaveLength(1);
        expect(excel.namedItem(markerName(MARKER))).toEqual({ sheet: OUTPUT, address: '$A$1' });
        expect(excel.names[0].sheetId).toBe(excel.sheet(OUTPUT)!.id);
      }
    }
    expect(failures).toBeGreaterThan(operations.length * 2);
  });

  it('says which sheet may remain when the clean-up itself fails', async () => {
    const excel = scenario();
    // The commit (sync 3 for a small sheet) fails, then the clean-up does.
    excel.failSync(3);
    excel.failSync(4);
    await expect(new OfficeWorkbookSink(excel.run).writeOutputSheet(submissionModel(3))).rejects.toThrow(/「提出用シート 作成中」.*残っていれば削除してください.*"提出用シート 作成中" may not have been deleted/);
  });

  it('says the workbook was not changed when it fails before creating anything', async () => {
    const excel = scenario();
    excel.failSync(1);
    await expect(new OfficeWorkbookSink(excel.run).writeOutputSheet(submissionModel(3))).rejects.toThrow(/ブックの確認中.*ブックは変更していません。 \/ .*while inspecting the workbook.*The workbook was not changed/);
  });
});
