import type { PreviousSource } from '../domain/previous-year/read';
import { DEFAULT_LAYOUT } from '../domain/submission/layout';
import type { XlsxWorkbookSource } from './workbook-source';

/**
 * Last year's sheet in a workbook file (the CLI's --previous, a file chosen in the pane): the
 * submission sheet this product wrote, found by its marker, when the workbook holds one (it
 * has what was declared and accepted last year); otherwise its first sheet, a request sheet.
 */
export async function previousSource(source: XlsxWorkbookSource, file: string): Promise<PreviousSource> {
  const marked = source.markedSheet(DEFAULT_LAYOUT.marker);
  if (marked !== null) return { grid: await source.readSheet(marked), kind: 'submission', file };
  const [first] = await source.sheetNames();
  return { grid: await source.readSheet(first), kind: 'request', file };
}
