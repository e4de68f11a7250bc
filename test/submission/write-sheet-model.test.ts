import { listCells, modelCellsOf } from '../../src/domain/model/model-cells';
import ExcelJS from 'exceljs';
import type { SheetModel } from '../../src/domain/model/sheet-model';
import { buildSubmissionSheet } from '../../src/domain/submission/build-submission-sheet';
import { AMOUNT_FORMAT, DEFAULT_LAYOUT, RATE_FORMAT } from '../../src/domain/submission/layout';
import { markerName, sheetOfMarkerReference } from '../../src/domain/model/output-marker';
import { addSheetModel, findMarkedSheet, writeSheetModel } from '../../src/xlsx/write-sheet-model';
import { syntheticPack } from '../helpers/synthetic-pack';
import { buildReport, realisticRows } from './report-fixture';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer); // ExcelJS accepts any byte buffer; its types say ArrayBuffer/Buffer
  return workbook;
}

const tiny: SheetModel = {
  name: '提出用シート',
  cells: modelCellsOf([
    { row: 0, col: 0, value: 'タイトル', style: 'title' },
    { row: 1, col: 0, value: 10, style: 'amount' },
    { row: 2, col: 0, value: -20, style: 'amount' },
    { row: 3, col: 0, value: -10, formula: '=SUM(A2:A3)', style: 'amount' },
    { row: 3, col: 1, value: '皆増', formula: '=IF(A2=0,"x","皆増")', style: 'rate' },
    { row: 4, col: 1, value: 'merged', style: 'title' },
  ]),
  styles: {
    title: { bold: true, fontSize: 14, fill: '#FFF2CC', fontColor: '#375623', horizontal: 'center', wrap: true },
    amount: { numberFormat: AMOUNT_FORMAT, border: 'thin' },
    rate: { numberFormat: RATE_FORMAT, horizontal: 'right' },
  },
  merges: [{ top: 4, left: 1, bottom: 4, right: 3 }],
  columnWidths: [12, 30, 8, 8],
  rowHeights: { 0: 21 },
  freeze: { rows: 1, cols: 0 },
  print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: { top: 0, bottom: 0 } },
  marker: 'BudgetCheck.SubmissionSheet',
};

describe('writeSheetModel', () => {
  it('writes values, formulas with cached results, styles, merges, widths, heights, freeze and print setup', async () => {
    const sheet = (await readBack(await writeSheetModel(tiny))).getWorksheet('提出用シート') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('タイトル');
    expect(sheet.getCell('A4').value).toEqual({ formula: 'SUM(A2:A3)', result: -10 });
    expect(sheet.getCell('B4').value).toEqual({ formula: 'IF(A2=0,"x","皆増")', result: '皆増' });
    expect(sheet.getCell('A3').numFmt).toBe('#,##0;"△"#,##0');
    expect(sheet.getCell('B4').numFmt).toBe('0.0%;"△"0.0%');
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14, name: '游ゴシック', color: { argb: 'FF375623' } });
    expect(sheet.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(sheet.getCell('A1').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(sheet.getCell('A2').border.top).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('D5').isMerged).toBe(true);
    expect(sheet.getCell('D5').master.address).toBe('B5');
    expect([1, 2, 3, 4].map((c) => sheet.getColumn(c).width)).toEqual([12, 30, 8, 8]);
    expect(sheet.getRow(1).height).toBe(21);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
  });

  it('marks the sheet with a defined name a later writer finds it by; a user\'s sheet of the same title is not ours', async () => {
    const workbook = await readBack(await writeSheetModel(tiny));
    expect(workbook.definedNames.model.map((n) => n.name)).toContain('BudgetCheck.SubmissionSheet');
    expect(findMarkedSheet(workbook, tiny.marker)?.name).toBe('提出用シート');

    // A user's sheet with the same title is not ours.
    const other = new ExcelJS.Workbook();
    other.addWorksheet('提出用シート');
    expect(findMarkedSheet(other, tiny.marker)).toBeUndefined();
  });

  it('finds the marked sheet among the user\'s sheets, whatever its title', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('概算要求');
    addSheetModel(workbook, { ...tiny, name: "O'Brien 提出" });
    const copy = await readBack(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(findMarkedSheet(copy, tiny.marker)?.name).toBe("O'Brien 提出");
  });

  it.each([
    ['BudgetCheck.SubmissionSheet', 'BudgetCheck.SubmissionSheet'],
    ['budget-check/submission v1', 'budget_check_submission_v1'],
    ['1st', '_1st'],
  ])('derives a valid defined name from marker %s', (marker, name) => {
    expect(markerName(marker)).toBe(name);
  });

  it.each([
    ["'提出用シート'!$A$1", '提出用シート'],
    ["='O''Brien 提出'!$A$1", "O'Brien 提出"],
    ['Sheet1!$A$1', 'Sheet1'],
    ['#REF!$A$1', null],
    ["'提出用シート'!$B$2", null],
    ['42', null],
  ])('reads the sheet a marker reference %s points at', (reference, sheet) => {
    expect(sheetOfMarkerReference(reference)).toBe(sheet);
  });

  it('renders the whole submission sheet (every model cell lands where the model says)', async () => {
    const pack = syntheticPack({ projects: 8 });
    const model = buildSubmissionSheet(buildReport(pack, realisticRows(pack)), pack, { createdAt: '2024-08-30T05:05:00Z' });
    const sheet = (await readBack(await writeSheetModel(model))).getWorksheet(DEFAULT_LAYOUT.sheetName) as ExcelJS.Worksheet;
    for (const cell of listCells(model.cells)) {
      const written = sheet.getCell(cell.row + 1, cell.col + 1);
      if (cell.formula !== undefined) {
        expect(written.formula).toBe(cell.formula.slice(1));
        // ExcelJS writes <v>0</v> but reads a cached 0 back as no result.
        expect(written.result ?? 0).toEqual(cell.value);
      }
      else if (cell.value !== undefined && cell.value !== null && !written.isMerged) expect(written.value).toBe(cell.value);
    }
    expect(sheet.model.merges).toHaveLength(model.merges.length);
  });
});
