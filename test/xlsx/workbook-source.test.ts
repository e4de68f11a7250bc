import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import path from 'path';
import { UnreadableWorkbookError, XlsxWorkbookSource } from '../../src/xlsx/workbook-source';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'sheets');

async function bytesOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function sheetOf(build: (sheet: ExcelJS.Worksheet) => void) {
  const bytes = await bytesOf((wb) => build(wb.addWorksheet('S')));
  return (await XlsxWorkbookSource.fromBuffer(bytes)).readSheet('S');
}

describe('XlsxWorkbookSource: cell values', () => {
  test('plain values, the used range as origin, number formats', async () => {
    const grid = await sheetOf((s) => {
      s.getCell('C5').value = '事業名';
      s.getCell('D5').value = 1234.5;
      s.getCell('D5').numFmt = '#,##0.0';
      s.getCell('C6').value = true;
      s.getCell('D7').value = 'ｘ';
    });
    expect(grid).toMatchObject({ sheetName: 'S', originRow: 4, originCol: 2 });
    expect(grid.values).toEqual([
      ['事業名', 1234.5],
      [true, null],
      [null, 'ｘ'],
    ]);
    expect(grid.numberFormats).toEqual([
      [null, '#,##0.0'],
      [null, null],
      [null, null],
    ]);
  });

  test('formulas: cached results as values (including 0 and FALSE), formula text apart, none when never calculated', async () => {
    const grid = await sheetOf((s) => {
      s.getCell('A1').value = { formula: 'SUM(B1:B2)', result: 7 } as ExcelJS.CellFormulaValue;
      s.getCell('A2').value = { formula: 'B1-B1', result: 0 } as ExcelJS.CellFormulaValue;
      s.getCell('A3').value = { formula: 'B1>9', result: false } as ExcelJS.CellFormulaValue;
      s.getCell('A4').value = { formula: 'B1&"円"', result: '3円' } as ExcelJS.CellFormulaValue;
      s.getCell('A5').value = { formula: 'B1*2' } as ExcelJS.CellFormulaValue;
      s.getCell('A6').value = { formula: '#REF!+1', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
    });
    expect(grid.values).toEqual([[7], [0], [false], ['3円'], [null], [{ error: '#REF!' }]]);
    expect(grid.formulas).toEqual([['=SUM(B1:B2)'], ['=B1-B1'], ['=B1>9'], ['=B1&"円"'], ['=B1*2'], ['=#REF!+1']]);
  });

  test('shared formulas give each cell its own formula text', async () => {
    const grid = await sheetOf((s) => {
      s.getCell('A1').value = 1;
      s.getCell('A2').value = 2;
      s.fillFormula('B1:B2', 'A1*10', [10, 20]);
    });
    expect(grid.values).toEqual([
      [1, 10],
      [2, 20],
    ]);
    expect(grid.formulas).toEqual([
      [null, '=A1*10'],
      [null, '=A2*10'],
    ]);
  });

  test('error values, rich text runs, hyperlinks', async () => {
    const grid = await sheetOf((s) => {
      s.getCell('A1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      s.getCell('A2').value = { richText: [{ text: 'BINDS', font: { name: 'Arial' } }, { text: '（創薬等先端技術支援基盤）', font: { name: 'ＭＳ 明朝' } }] };
      s.getCell('A3').value = { text: '事業概要', hyperlink: 'https://example.go.jp/' };
      s.getCell('A4').value = { text: { richText: [{ text: 'リンク' }, { text: 'PJ' }] }, hyperlink: 'https://example.go.jp/' } as unknown as ExcelJS.CellHyperlinkValue;
    });
    expect(grid.values).toEqual([[{ error: '#N/A' }], ['BINDS（創薬等先端技術支援基盤）'], ['事業概要'], ['リンクPJ']]);
  });

  test('dates become Excel serial numbers (as Office.js gives them); the format says they are dates', async () => {
    const grid = await sheetOf((s) => {
      s.getCell('A1').value = new Date(Date.UTC(2024, 3, 1));
      s.getCell('A1').numFmt = 'yyyy/m/d';
      s.getCell('A2').value = new Date(Date.UTC(2024, 3, 1, 12));
      s.getCell('A2').numFmt = 'yyyy/m/d h:mm';
    });
    expect(grid.values).toEqual([[45383], [45383.5]]);
    expect(grid.numberFormats).toEqual([['yyyy/m/d'], ['yyyy/m/d h:mm']]);
  });

  test('dates in a 1904-date-system workbook keep that system\'s serial numbers', async () => {
    const bytes = await bytesOf((wb) => {
      wb.properties.date1904 = true;
      const cell = wb.addWorksheet('S').getCell('A1');
      cell.value = new Date(Date.UTC(2024, 3, 1));
      cell.numFmt = 'yyyy/m/d';
    });
    const grid = await (await XlsxWorkbookSource.fromBuffer(bytes)).readSheet('S');
    expect(grid.values).toEqual([[45383 - 1462]]);
  });

  test('merged cells: value at the top-left only, the areas in merges', async () => {
    const grid = await sheetOf((s) => {
      s.getCell('A1').value = '統合プロジェクト別内訳';
      s.mergeCells('A1:C1');
      s.getCell('D1').value = '事業名';
      s.mergeCells('D1:D2');
      s.getCell('A2').value = '①医薬品';
    });
    expect(grid.values).toEqual([
      ['統合プロジェクト別内訳', null, null, '事業名'],
      ['①医薬品', null, null, null],
    ]);
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 0, left: 3, bottom: 1, right: 3 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
  });

  test('hidden columns and rows', async () => {
    const grid = await sheetOf((s) => {
      s.getCell('A1').value = 1;
      s.getCell('B2').value = 2;
      s.getCell('C3').value = 3;
      s.getColumn('B').hidden = true;
      s.getRow(3).hidden = true;
    });
    expect(grid.hiddenColumns).toEqual([1]);
    expect(grid.hiddenRows).toEqual([2]);
  });

  test('an empty sheet is an empty grid', async () => {
    expect((await sheetOf(() => undefined)).values).toEqual([]);
  });
});

describe('XlsxWorkbookSource: workbooks', () => {
  test('sheet names in order; an unknown sheet is an error naming it', async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet('厚生労働省').getCell('A1').value = 1;
      wb.addWorksheet('Sheet2');
    });
    const source = await XlsxWorkbookSource.fromBuffer(bytes);
    expect(await source.sheetNames()).toEqual(['厚生労働省', 'Sheet2']);
    await expect(source.readSheet('文部科学省')).rejects.toThrow('文部科学省');
  });

  test('accepts an ArrayBuffer and a Uint8Array view into a larger buffer', async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet('S').getCell('A1').value = 'ok';
    });
    const padded = new Uint8Array(bytes.length + 16);
    padded.set(bytes, 8);
    const view = padded.subarray(8, 8 + bytes.length);
    for (const input of [view, bytes.slice().buffer]) {
      const grid = await (await XlsxWorkbookSource.fromBuffer(input)).readSheet('S');
      expect(grid.values).toEqual([['ok']]);
    }
  });

  const NOT_XLSX = /Excel ファイル \(\.xlsx\) として読めません.*not a readable \.xlsx file/s;
  const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

  test.each<[string, () => Uint8Array, RegExp]>([
    ['random bytes', () => new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), NOT_XLSX],
    ['an empty file', () => new Uint8Array(0), NOT_XLSX],
    ['CSV text', () => new TextEncoder().encode('事業名,要求額\n事業A,100\n'), NOT_XLSX],
    ['a zip that is no spreadsheet', () => fixture('not-a-workbook.zip'), NOT_XLSX],
    ['a truncated .xlsx', () => fixture('mhlw-r6-two-row-header.openpyxl.xlsx').slice(0, 2000), NOT_XLSX],
    ['a legacy .xls (saved by LibreOffice)', () => fixture('mext-r6-title-unit.legacy.xls'), /パスワード.*\.xls.*password-protected \(encrypted\) or an old \.xls file/s],
  ])('%s → UnreadableWorkbookError in Japanese and English', async (_, input, message) => {
    const attempt = XlsxWorkbookSource.fromBuffer(input());
    await expect(attempt).rejects.toBeInstanceOf(UnreadableWorkbookError);
    await expect(XlsxWorkbookSource.fromBuffer(input())).rejects.toThrow(message);
  });
});
