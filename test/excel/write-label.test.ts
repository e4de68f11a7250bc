import { writeProjectLabel } from '../../src/excel/write-label';
import { FakeExcel } from './fake-excel';

describe('writeProjectLabel', () => {
  function workbook(e12: string | number | null) {
    const excel = new FakeExcel();
    const sheet = excel.addSheet({ name: '要求', rows: [['事業名', '統合プロジェクト'], ['創薬支援推進事業', e12]], origin: { row: 10, col: 3 } });
    return { excel, sheet };
  }

  it('writes the label into an empty cell the officer named, in two syncs', async () => {
    const { excel, sheet } = workbook(null);
    await expect(writeProjectLabel(excel.run, '要求', 'E12', '医薬品プロジェクト')).resolves.toBe('written');
    expect(sheet.cells.get('11,4')?.value).toBe('医薬品プロジェクト');
    expect(excel.syncs).toHaveLength(2);
  });

  it.each([['a label', '②'], ['a number', 0]])('never overwrites a cell that already holds %s', async (_title, value) => {
    const { excel, sheet } = workbook(value);
    await expect(writeProjectLabel(excel.run, '要求', 'E12', '医薬品プロジェクト')).resolves.toBe('not-empty');
    expect(sheet.cells.get('11,4')?.value).toBe(value);
    expect(excel.syncs).toHaveLength(1);
  });

  it('explains a missing sheet in Japanese and English, and a malformed address without a round trip', async () => {
    const { excel } = workbook(null);
    await expect(writeProjectLabel(excel.run, '削除済み', 'E12', 'x')).rejects.toThrow(/シート「削除済み」のセル E12 を読めませんでした。.* \/ Could not read cell E12/);
    await expect(writeProjectLabel(excel.run, '要求', 'E0', 'x')).rejects.toThrow(/セル番地「E0」を読み取れません。/);
  });
});
