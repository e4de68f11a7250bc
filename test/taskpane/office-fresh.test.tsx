/** @jest-environment jsdom */
import * as React from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadPacks } from '../../src/domain/policy/registry';
import { Pane } from '../../src/taskpane/components/Pane';
import { stringsFor } from '../../src/taskpane/i18n';
import { createOfficeHost } from '../../src/taskpane/office-host';
import { FakeExcel } from '../excel/fake-excel';
import { requestSheet } from './memory-host';
import { renderInPane } from './render';

/**
 * The pane over the Office.js adapters and a fake Excel: the user fixes cells in Excel after a
 * check, and the pane reads the sheet again (counted in context.sync calls) before it checks
 * and before it writes.
 */
function setup() {
  const excel = new FakeExcel();
  excel.addSheet({ name: requestSheet.sheetName, rows: requestSheet.values.map((row) => row.map((v) => (v === undefined ? null : (v as string | number)))) });
  const host = createOfficeHost({ run: excel.run, settings: null, sourceOptions: { mergedAreasSupported: true } });
  renderInPane(<Pane host={host} packs={loadPacks()} strings={stringsFor('ja')} />);
  return { excel, user: userEvent.setup() };
}

const status = () => screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite')!;
const checkButton = () => screen.getByRole('button', { name: '検証' });
/** Sets a cell as the user typing in Excel would (the fake's sheet state; A1 is row 0, col 0). */
function type(excel: FakeExcel, row: number, col: number, value: string | number) {
  excel.sheet(requestSheet.sheetName)!.cells.set(`${row},${col}`, { value });
}
/** Syncs that brought cell values back from Excel (a read): the response carries the sheet. */
const reads = (excel: FakeExcel, from: number) => excel.syncs.slice(from).filter((s) => s.responseBytes > 200).length;

describe('the pane reads the sheet again from Excel (Office.js adapter, fake Excel)', () => {
  it('checks the sheet as it is now, and writes the submission sheet from a fresh check after a change', async () => {
    const { excel, user } = setup();
    await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
    let before = excel.syncs.length;
    await user.click(checkButton());
    await waitFor(() => expect(status().textContent).toBe('検証が終わりました。エラー 2 件、警告 2 件、情報 0 件。'));
    expect(reads(excel, before)).toBeGreaterThan(0);
    expect(screen.queryByText(/変更されていました/)).toBeNull();

    // The user fixes D6 (was "abc") in Excel; 検証 sees it.
    type(excel, 5, 3, 100);
    before = excel.syncs.length;
    await user.click(checkButton());
    await waitFor(() => expect(status().textContent).toBe('検証が終わりました。エラー 1 件、警告 2 件、情報 0 件。'));
    expect(reads(excel, before)).toBeGreaterThan(0);
    expect(screen.getByText('シートが前回の検証の後に変更されていました。いまのシートの内容で検証しました。')).toBeTruthy();

    // Then fixes F5 (計 ≠ 要求額＋要望額) and changes C4, and creates the submission sheet without checking again.
    type(excel, 4, 5, 3_200_000);
    type(excel, 3, 2, 1_234_567);
    before = excel.syncs.length;
    await user.click(screen.getByRole('button', { name: '提出用シート作成' }));
    // No error remains in the fresh check, so nothing is asked and the sheet is written.
    await waitFor(() => expect(status().textContent).toMatch(/^提出用シート「提出用シート」/));
    expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
    expect(screen.getByText(/シートが検証の後に変更されていたため、いまのシートの内容で検証し直しました。/)).toBeTruthy();

    // The re-read came before the first sync that wrote anything.
    const after = excel.syncs.slice(before);
    const firstWrite = after.findIndex((s) => s.requestBytes > 2_000);
    expect(firstWrite).toBeGreaterThan(0);
    expect(after.slice(0, firstWrite).filter((s) => s.responseBytes > 200).length).toBeGreaterThan(0);

    // The written sheet holds the new figures: 前年度 1,234,567 千円 for row 4, and it is 確定 (no errors).
    const written = excel.sheet('提出用シート')!;
    const texts = [...written.cells.values()].map((c) => c.value);
    expect(texts).toContain(1_234_567);
    expect(texts.some((v) => typeof v === 'string' && v.startsWith('確定'))).toBe(true);
  });

  it('asks again when the fresh check before writing has errors the user has not seen', async () => {
    const { excel, user } = setup();
    // Fix both errors first, so the check on screen is clean.
    type(excel, 5, 3, 100);
    type(excel, 4, 5, 3_200_000);
    await waitFor(() => expect((checkButton() as HTMLButtonElement).disabled).toBe(false));
    await user.click(checkButton());
    await waitFor(() => expect(status().textContent).toMatch(/エラー 0 件/));
    // Then a new mistake is typed in Excel.
    type(excel, 3, 3, 'xyz');
    await user.click(screen.getByRole('button', { name: '提出用シート作成' }));
    expect((await screen.findByRole('alertdialog', { hidden: true })).textContent).toContain('エラーが 1 件残っています');
    expect(excel.sheet('提出用シート')).toBeUndefined();
  });
});
