import { listCells } from '../../src/domain/model/model-cells';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidate, partFromReport, readSubmissionSheet } from '../../src/domain/consolidation';
import type { MinistryPart } from '../../src/domain/consolidation';
import { checkSheet } from '../../src/domain/engine/check';
import { loadPacks } from '../../src/domain/policy/registry';
import { buildSubmissionSheet, DEFAULT_LAYOUT } from '../../src/domain/submission';
import { markerName } from '../../src/domain/model/output-marker';
import { XlsxWorkbookSource } from '../../src/xlsx/workbook-source';
import { writeSheetModel } from '../../src/xlsx/write-sheet-model';
import { libreOfficeXlsx } from '../helpers/libreoffice';
import { checkedSample, type CheckedSample } from './samples';

/**
 * A submission sheet written by the product, read back, gives the figures of the check that
 * wrote it; one edited by hand afterwards gets a finding; one whose layout was rearranged is
 * refused, never half-read.
 */

const packs = loadPacks();

async function written(sample: CheckedSample, force = false): Promise<Uint8Array> {
  const model = buildSubmissionSheet(sample.report, sample.pack, { ministry: sample.part.ministry ?? undefined, createdAt: '2024-08-30T05:05:00Z', force });
  return writeSheetModel(model);
}

async function readBack(bytes: Uint8Array, file = 'sub.xlsx'): Promise<MinistryPart> {
  const source = await XlsxWorkbookSource.fromBuffer(bytes);
  const name = source.markedSheet(DEFAULT_LAYOUT.marker);
  if (name === null) throw new Error('no marked sheet');
  const grid = await source.readSheet(name);
  return readSubmissionSheet({ grid, file }, packs, DEFAULT_LAYOUT);
}

async function edit(bytes: Uint8Array, change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  change(workbook.getWorksheet(DEFAULT_LAYOUT.sheetName)!);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** 1-based row of the first cell in column `col` (1-based) holding `text`. */
function rowOf(sheet: ExcelJS.Worksheet, col: number, text: string, from = 1): number {
  for (let r = from; r <= sheet.rowCount; r++) if (sheet.getCell(r, col).value === text) return r;
  throw new Error(`no ${text}`);
}

describe('reading back a submission sheet', () => {
  it.each(['r6-mext.xlsx', 'r6-mhlw.xlsx', 'r6-meti.xlsx'])('%s: the same lines, ministry, year and counts as the check that wrote it', async (file) => {
    const sample = await checkedSample(file);
    const part = await readBack(await written(sample));
    expect(part.findings).toEqual([]);
    expect(part.lines).toEqual(sample.part.lines);
    expect(part).toMatchObject({ ministry: sample.part.ministry, ministryFrom: 'submission', policyId: 'R6', previousKnown: true, input: { kind: 'submission' } });
    expect(part.summary).toEqual(sample.part.summary);
  });

  it('a sheet with every kind of line (fund, 未特定, 区分不明, 差額, candidates) round-trips too', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'samples', 'sample-r6-with-mistakes.xlsx')));
    const source = await XlsxWorkbookSource.fromBuffer(bytes);
    const grid = await source.readSheet((await source.sheetNames())[0]);
    const report = checkSheet(grid, { packs, locale: 'ja', file: 'mistakes.xlsx' });
    const pack = packs.find((p) => p.id === report.policy.id)!;
    const model = buildSubmissionSheet(report, pack, { createdAt: '2024-08-30T05:05:00Z', force: true });
    const part = await readBack(await writeSheetModel(model));
    const expected = partFromReport(report, pack, DEFAULT_LAYOUT, { name: null, from: null });
    expect(part.lines).toEqual(expected.lines);
    expect(part.lines.some((l) => !l.counted)).toBe(true);
    expect(part.lines.some((l) => l.projectId === null)).toBe(true);
    expect(part.ministry).toBeNull();
    expect(part.summary.errors).toBe(report.summary.errors);
    expect(part.findings).toEqual([]);
  });

  it('a detail amount changed by hand (totals not recalculated) is a finding at each total it no longer matches', async () => {
    const sample = await checkedSample('r6-mhlw.xlsx');
    const totalCol = DEFAULT_LAYOUT.detail.columns.find((c) => c.key === 'total')!.col + 1;
    const edited = await edit(await written(sample), (sheet) => {
      const header = rowOf(sheet, 1, DEFAULT_LAYOUT.detail.title) + 1;
      sheet.getCell(header + 1, totalCol).value = 9_999_999;
    });
    const part = await readBack(edited, 'edited.xlsx');
    const cells = part.findings.map((f) => `${f.rule} ${f.params.label} ${f.params.column}`);
    expect(cells).toEqual(
      expect.arrayContaining([
        'submission-totals-mismatch AMED対象経費 要求・要望額',
        'submission-totals-mismatch 合計 要求・要望額',
        'submission-totals-mismatch 医療機器・ヘルスケアプロジェクト 計',
        'submission-totals-mismatch 計 計',
      ]),
    );
    expect(part.findings.every((f) => f.file === 'edited.xlsx' && /^[A-Z]+\d+$/.test(f.cell ?? ''))).toBe(true);
    // The detail is what counts, and the finding is an error: consolidated only with --force, marked 未確定.
    const refused = consolidate([part], packs, { locale: 'ja', force: false, createdAt: '2024-08-30T05:05:00Z' });
    expect(refused).toMatchObject({ model: null, refused: 'errors' });
    expect(refused.findings[0].message).toContain('edited.xlsx の提出用シートの');
    const forced = consolidate([part], packs, { locale: 'ja', force: true, createdAt: '2024-08-30T05:05:00Z' });
    expect(forced.provisional).toBe(true);
    expect(listCells(forced.model!.cells).some((c) => c.value === DEFAULT_LAYOUT.header.statusProvisional)).toBe(true);
  });

  it('a total typed over its formula is a finding too', async () => {
    const sample = await checkedSample('r6-mext.xlsx');
    const col = DEFAULT_LAYOUT.summary.columns.find((c) => c.key === 'request')!.col + 1;
    const edited = await edit(await written(sample), (sheet) => {
      const row = rowOf(sheet, DEFAULT_LAYOUT.summary.label.first + 1, DEFAULT_LAYOUT.summary.allLabel);
      sheet.getCell(row, col).value = 1;
    });
    const part = await readBack(edited);
    expect(part.findings).toHaveLength(1);
    expect(part.findings[0]).toMatchObject({ rule: 'submission-totals-mismatch', params: { label: '合計', column: 'うち要求額', written: 1, computed: 47_900_000 } });
  });

  it('a rearranged detail block is refused as unreadable (never half-read), and blocks the consolidation even with --force', async () => {
    const sample = await checkedSample('r6-meti.xlsx');
    const edited = await edit(await written(sample), (sheet) => {
      const header = rowOf(sheet, 1, DEFAULT_LAYOUT.detail.title) + 1;
      sheet.getCell(header, 6).value = '金額';
    });
    const part = await readBack(edited);
    expect(part.lines).toEqual([]);
    expect(part.findings).toEqual([expect.objectContaining({ rule: 'submission-unreadable' })]);
    expect(String(part.findings[0].params.problem)).toContain('要求・要望額');
    expect(consolidate([part], packs, { locale: 'en', force: true, createdAt: '2024-08-30T05:05:00Z' })).toMatchObject({ model: null, refused: 'blocked' });
  });

  it('a workbook without the marker is not a submission sheet, whatever its sheet is called', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet(DEFAULT_LAYOUT.sheetName).getCell('A1').value = '提出用シート';
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect((await XlsxWorkbookSource.fromBuffer(bytes)).markedSheet(DEFAULT_LAYOUT.marker)).toBeNull();
  });

  it('finds the marked sheet by its defined name, whatever the sheet was renamed to and wherever it stands', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await written(await checkedSample('r6-mhlw.xlsx'))).slice().buffer);
    workbook.addWorksheet('要求').getCell('A1').value = '事業名';
    workbook.getWorksheet(DEFAULT_LAYOUT.sheetName)!.name = "厚労省's 提出";
    // ExcelJS keeps the old reference on rename; Excel and LibreOffice update it, as here.
    workbook.definedNames.remove("'提出用シート'!$A$1", markerName(DEFAULT_LAYOUT.marker));
    workbook.definedNames.add("'厚労省''s 提出'!$A$1", markerName(DEFAULT_LAYOUT.marker));
    const source = await XlsxWorkbookSource.fromBuffer(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(source.markedSheet(DEFAULT_LAYOUT.marker)).toBe("厚労省's 提出");
  });

  it('a marker name left pointing at a deleted sheet (#REF!) marks nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('要求').getCell('A1').value = '事業名';
    workbook.definedNames.add("'提出用シート'!$A$1", markerName(DEFAULT_LAYOUT.marker));
    const source = await XlsxWorkbookSource.fromBuffer(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(source.markedSheet(DEFAULT_LAYOUT.marker)).toBeNull();
  });
});

describe('a submission sheet written before the 事業番号・担当部局・新規/継続 columns', () => {
  it('is still read, without them', async () => {
    const sample = await checkedSample('r6-meti.xlsx');
    const edited = await edit(await written(sample), (sheet) => {
      const header = rowOf(sheet, 1, DEFAULT_LAYOUT.detail.title) + 1;
      for (const key of ['number', 'department', 'newOrContinuing']) {
        const col = DEFAULT_LAYOUT.detail.columns.find((c) => c.key === key)!.col + 1;
        for (let r = header; r <= sheet.rowCount; r++) sheet.getCell(r, col).value = null;
      }
    });
    const part = await readBack(edited);
    expect(part.findings).toEqual([]);
    expect(part.lines).toEqual(sample.part.lines.map((l) => ({ ...l, number: null, department: null, newOrContinuing: null })));
    expect(sample.part.lines[0].number).toBe('0001');
  });
});

describe('a submission sheet opened and saved again in LibreOffice', () => {
  it(
    'is still recognised by its marker and reads back the same lines',
    async () => {
      const sample = await checkedSample('r6-mhlw.xlsx');
      const resaved = await libreOfficeXlsx(await written(sample));
      const part = await readBack(resaved, 'resaved.xlsx');
      expect(part.findings).toEqual([]);
      expect(part.ministry).toBe('厚生労働省');
      expect(part.lines).toEqual(sample.part.lines);
    },
    90_000,
  );
});
