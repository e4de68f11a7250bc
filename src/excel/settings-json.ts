/**
 * The JSON forms of what the workbook's settings keep per sheet (the column mapping, the
 * accepted suggestions), validated with zod/mini. One module so that WorkbookSettings can load
 * both, and zod with them, only when it first reads or writes one: the pane's first download
 * stays under its budget.
 */
export { parseAccepted, serializeAccepted } from '../domain/classification/acceptance-json';
export { parseMapping, serializeMapping } from '../domain/reading/mapping-json';
