import { parseA1 } from '../domain/model/grid';
import type { ExcelRun } from './excel-run';
import { bilingualError } from './office-error';

/**
 * Writes an accepted project label into the officer's own 統合プロジェクト cell. The add-in
 * never changes the user's sheet on its own: this runs only when the officer asks for this
 * exact change, and only into a cell that is still empty (two syncs: read, then write), so a
 * value typed meanwhile is never overwritten.
 */
export type LabelWriteResult = 'written' | 'not-empty';

export async function writeProjectLabel(run: ExcelRun, sheetName: string, address: string, label: string): Promise<LabelWriteResult> {
  if (!parseA1(address)) {
    throw bilingualError(`セル番地「${address}」を読み取れません。`, `"${address}" is not a cell address.`);
  }
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
    range.load(['values', 'formulas']);
    try {
      await context.sync();
    } catch (error) {
      throw bilingualError(
        `シート「${sheetName}」のセル ${address} を読めませんでした。シートが削除されたか名前が変わった可能性があります。`,
        `Could not read cell ${address} on the sheet "${sheetName}"; the sheet may have been deleted or renamed.`,
        error,
      );
    }
    const current = range.values[0]?.[0];
    const formula = range.formulas[0]?.[0];
    if ((current !== '' && current !== null && current !== undefined) || (typeof formula === 'string' && formula.startsWith('='))) return 'not-empty';
    // A label such as 「①」 or 「=…」 must stay text: Excel reads a value written with a leading = as a formula.
    range.numberFormat = [['@']];
    range.values = [[label]];
    await context.sync();
    return 'written';
  });
}
