import { parseA1 } from '../domain/model/grid';
import type { ExcelRun } from './excel-run';
import { bilingualError } from './office-error';

/** Shows a finding's cell: activates its sheet and selects the cell, in one sync. */
export async function selectCell(run: ExcelRun, sheetName: string, address: string): Promise<void> {
  if (!parseA1(address)) {
    throw bilingualError(`セル番地「${address}」を読み取れません。`, `"${address}" is not a cell address.`);
  }
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    // A range can be selected only on the active sheet, so activation is queued first.
    sheet.activate();
    sheet.getRange(address).select();
    try {
      await context.sync();
    } catch (error) {
      throw bilingualError(
        `シート「${sheetName}」のセル ${address} を選択できませんでした。シートが削除されたか名前が変わった可能性があります。`,
        `Could not select cell ${address} on the sheet "${sheetName}"; the sheet may have been deleted or renamed.`,
        error,
      );
    }
  });
}
