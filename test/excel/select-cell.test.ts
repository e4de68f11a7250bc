import { selectCell } from '../../src/excel/select-cell';
import { FakeExcel } from './fake-excel';

describe('selectCell', () => {
  it('activates the finding’s sheet and selects its cell in one sync', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: '表紙' });
    const target = excel.addSheet({ name: '厚労省 要求' });
    expect(excel.activeSheetId).not.toBe(target.id);

    await selectCell(excel.run, '厚労省 要求', 'D12');

    expect(excel.activeSheetId).toBe(target.id);
    expect(excel.selection).toEqual({ sheetId: target.id, address: 'D12' });
    expect(excel.syncs).toHaveLength(1);
  });

  it('explains in Japanese and English when the sheet is gone', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: '表紙' });
    await expect(selectCell(excel.run, '削除済み', 'A1')).rejects.toThrow(/シート「削除済み」のセル A1 を選択できませんでした。.* \/ Could not select cell A1 on the sheet "削除済み"/);
  });

  it('refuses a malformed address without a round trip', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: '表紙' });
    await expect(selectCell(excel.run, '表紙', 'D0')).rejects.toThrow(/セル番地「D0」を読み取れません。 \/ "D0" is not a cell address/);
    expect(excel.syncs).toHaveLength(0);
  });
});
