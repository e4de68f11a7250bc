/**
 * Reading a ministry worksheet into a SheetTable: header detection, column mapping, units,
 * exact amounts in yen, subtotal rows. Pure: the grid comes from an adapter.
 */
export { readTable, type ReadTableOptions } from './read-table';
export { parseAmount, type AmountParse, type AmountProblem, type NotNumberReason } from './parse-amount';
export { formatAmount, type AmountStyle } from './format-amount';
export { detectUnit } from './unit';
export { serializeMapping, parseMapping, readMapping, MAPPING_FORMAT_VERSION } from './mapping-json';
export { detectHeader, headerColumns } from './header-info';
export type { HeaderBlock } from './detect-header';
export type { ColumnHeader } from './map-columns';
