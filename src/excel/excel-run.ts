/**
 * The shape of `Excel.run`. Adapters take it as a constructor argument so that tests can
 * pass an in-memory workbook, and the pane passes `Excel.run` itself.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
