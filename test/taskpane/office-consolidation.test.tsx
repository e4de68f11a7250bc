/** @jest-environment jsdom */
import { listCells } from '../../src/domain/model/model-cells';
import '../helpers/jsdom-browser-apis';
import * as React from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { consolidate } from '../../src/domain/consolidation';
import type { SheetModel } from '../../src/domain/model/sheet-model';
import { loadPacks } from '../../src/domain/policy/registry';
import { buildSubmissionSheet } from '../../src/domain/submission';
import { OUTPUT_MARKER_KEY, OfficeWorkbookSink } from '../../src/excel/office-workbook-sink';
import { Pane } from '../../src/taskpane/components/Pane';
import { stringsFor } from '../../src/taskpane/i18n';
import { createOfficeHost } from '../../src/taskpane/office-host';
import { checkedSample, MINISTRY_SAMPLES, type CheckedSample } from '../consolidation/samples';
import { FakeExcel, type FakeSheet } from '../excel/fake-excel';
import { renderInPane } from './render';

/**
 * 府省別の取りまとめ from the open workbook (Office.js adapters over a fake Excel): the
 * Cabinet Office's officer has copied the three ministries' submission sheets into one
 * workbook; the pane finds them by their marker, reads them back and adds the consolidated
 * sheet, whose figures are those of the engine, and leaves the ministries' sheets untouched.
 */

const packs = loadPacks();
const CREATED_AT = '2024-08-30T05:05:00Z';

function submissionModel(sample: CheckedSample): SheetModel {
  return buildSubmissionSheet(sample.report, sample.pack, { ministry: sample.part.ministry ?? undefined, createdAt: CREATED_AT });
}

/** A ministry's submission sheet as its own pane wrote it in its own workbook, then recalculated by Excel. */
async function writtenInExcel(model: SheetModel): Promise<FakeSheet> {
  const excel = new FakeExcel();
  excel.addSheet({ name: '要求' });
  const { sheetName } = await new OfficeWorkbookSink(excel.run).writeOutputSheet(model);
  const sheet = excel.sheet(sheetName)!;
  for (const cell of listCells(model.cells)) {
    if (cell.formula !== undefined && cell.value !== undefined) sheet.cells.get(`${cell.row},${cell.col}`)!.value = cell.value;
  }
  return sheet;
}

/** What 移動またはコピー does: the sheet, its cells and custom properties, under a new name in another workbook. */
function copyInto(excel: FakeExcel, sheet: FakeSheet, name: string): void {
  const copy = excel.createSheet(name);
  for (const [key, cell] of sheet.cells) copy.cells.set(key, { ...cell });
  copy.merges.push(...sheet.merges);
  for (const [key, value] of sheet.customProperties) copy.customProperties.set(key, { ...value });
}

async function setup() {
  const samples = await Promise.all(MINISTRY_SAMPLES.map((file) => checkedSample(file)));
  const excel = new FakeExcel();
  excel.addSheet({ name: 'メモ', rows: [['取りまとめ作業用']] });
  for (const sample of samples) copyInto(excel, await writtenInExcel(submissionModel(sample)), `提出用シート（${sample.part.ministry}）`);
  const host = createOfficeHost({ run: excel.run, settings: null, sourceOptions: { mergedAreasSupported: true } });
  renderInPane(<Pane host={host} packs={packs} strings={stringsFor('ja')} />);
  return { excel, samples, user: userEvent.setup() };
}

describe('府省別の取りまとめ from the submission sheets of the open workbook', () => {
  it("finds the ministries' sheets by their marker and writes the consolidated sheet with the engine's figures", async () => {
    const { excel, samples, user } = await setup();
    const before = excel.sheets.map((s) => excel.snapshot(s.name));

    await user.click(screen.getByRole('button', { name: 'このブックの提出用シートを取りまとめる' }));
    await waitFor(() => expect(screen.getByText(/^取りまとめシート「.+」を作成しました。/)).toBeTruthy(), { timeout: 20_000 });

    // Each ministry was read back from its sheet, not checked again.
    for (const sample of samples) expect(screen.getByText(new RegExp(`^${sample.part.ministry}：提出用シート（${sample.part.ministry}）（提出用シートを読み戻し`))).toBeTruthy();
    // The ministries' sheets are as they were; one sheet was added, marked as the consolidation.
    expect(excel.sheets.slice(0, before.length).map((s) => excel.snapshot(s.name))).toEqual(before);
    expect(excel.sheets).toHaveLength(before.length + 1);
    const written = excel.sheets[before.length];
    expect([...written.customProperties.values()]).toEqual([{ key: OUTPUT_MARKER_KEY, value: 'BudgetCheck.ConsolidatedSheet' }]);

    // Every amount and every formula is the one the engine makes from the ministries' own checks.
    const expected = consolidate(
      samples.map((s) => s.part),
      packs,
      { locale: 'ja', force: false, createdAt: CREATED_AT },
    ).model!;
    const cell = (row: number, col: number) => written.cells.get(`${row},${col}`);
    const amounts = listCells(expected.cells).filter((c) => c.formula === undefined && typeof c.value === 'number');
    const formulas = listCells(expected.cells).filter((c) => c.formula !== undefined);
    expect(amounts.length).toBeGreaterThan(30);
    expect(formulas.length).toBeGreaterThan(30);
    for (const c of amounts) expect([c.row, c.col, cell(c.row, c.col)?.value]).toEqual([c.row, c.col, c.value]);
    for (const c of formulas) expect([c.row, c.col, cell(c.row, c.col)?.formula]).toEqual([c.row, c.col, c.formula]);
  });

  it('says so, and writes nothing, when the workbook has no submission sheet', async () => {
    const excel = new FakeExcel();
    // Named like a submission sheet, but not marked as one: never read as one.
    excel.addSheet({ name: '提出用シート', rows: [['令和6年度 医療分野の研究開発関連予算 提出用']] });
    const host = createOfficeHost({ run: excel.run, settings: null, sourceOptions: { mergedAreasSupported: true } });
    renderInPane(<Pane host={host} packs={packs} strings={stringsFor('ja')} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'このブックの提出用シートを取りまとめる' }));
    await waitFor(() => expect(screen.getByText(/このブックには本製品で作った提出用シートがありません。/)).toBeTruthy());
    expect(excel.sheets.map((s) => s.name)).toEqual(['提出用シート']);
  });
});
