/**
 * The manifest asks for ExcelApi 1.12; anything newer is used only where the host says it
 * has it. Outside Office (tests, the browser demo) nothing is supported.
 */
export function excelApiSupported(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}
