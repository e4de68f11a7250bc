import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPacks } from '../../src/domain/policy/registry';
import { buildSubmissionSheet } from '../../src/domain/submission';
import { ministryPartFromXlsx, UnknownMinistryError } from '../../src/xlsx/ministry-part';
import { UnreadableWorkbookError } from '../../src/xlsx/workbook-source';
import { addSheetModel } from '../../src/xlsx/write-sheet-model';
import { checkedSample } from '../consolidation/samples';

const packs = loadPacks();
const sample = (file: string) => new Uint8Array(readFileSync(join(__dirname, '..', '..', 'samples', file)));

describe('a ministry part from .xlsx bytes (CLI and browser alike)', () => {
  it('a request sheet is checked, its ministry read from the sheet', async () => {
    const part = await ministryPartFromXlsx(sample('r6-mhlw.xlsx'), 'r6-mhlw.xlsx', { packs, locale: 'ja' });
    expect(part).toMatchObject({ ministry: '厚生労働省', ministryFrom: 'column', input: { kind: 'request', file: 'r6-mhlw.xlsx' }, policyId: 'R6' });
    expect(part.lines.length).toBeGreaterThan(7);
  });

  it('a workbook that also holds the submission sheet, after the request sheet: the marked sheet is read back', async () => {
    const { report, pack, part: checked } = await checkedSample('r6-meti.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sample('r6-meti.xlsx').slice().buffer);
    addSheetModel(workbook, buildSubmissionSheet(report, pack, { ministry: '経済産業省', createdAt: '2024-08-30T05:05:00Z' }));
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const part = await ministryPartFromXlsx(bytes, 'book.xlsx', { packs, locale: 'ja' });
    expect(part).toMatchObject({ ministry: '経済産業省', ministryFrom: 'submission', input: { kind: 'submission', sheet: '提出用シート' }, findings: [] });
    expect(part.lines).toEqual(checked.lines);
  });

  it('a given ministry overrides the sheet; an unknown one is an error that lists the known', async () => {
    const part = await ministryPartFromXlsx(sample('r6-mext.xlsx'), 'r6-mext.xlsx', { packs, locale: 'ja', ministry: '総務' });
    expect(part).toMatchObject({ ministry: '総務省', ministryFrom: 'argument' });
    await expect(ministryPartFromXlsx(sample('r6-mext.xlsx'), 'r6-mext.xlsx', { packs, locale: 'ja', ministry: '農水省' })).rejects.toThrow(UnknownMinistryError);
  });

  it('bytes that are no workbook: UnreadableWorkbookError, never a crash', async () => {
    await expect(ministryPartFromXlsx(new TextEncoder().encode('事業名,要求額\n'), 'x.csv', { packs, locale: 'ja' })).rejects.toThrow(UnreadableWorkbookError);
  });
});
