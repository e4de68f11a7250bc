import { literal } from '../submission/formulas';

/**
 * Sum of `sumRange` over lines of one ministry whose tag cell lists `tag` and whose 集計対象 is
 * `counted`: the submission sheet's sumTagged with one more condition, evaluated alike by
 * Excel and LibreOffice (SUMPRODUCT, FIND).
 */
export function sumTaggedFor(sumRange: string, tagRange: string, tag: string, separator: string, countedRange: string, counted: string, ministryRange: string | null, ministry: string | null): string {
  const needle = literal(`${separator}${tag}${separator}`);
  const sep = literal(separator);
  const byMinistry = ministryRange === null || ministry === null ? '' : `*(${ministryRange}=${literal(ministry)})`;
  return `=SUMPRODUCT(ISNUMBER(FIND(${needle},${sep}&${tagRange}&${sep}))*(${countedRange}=${literal(counted)})${byMinistry},${sumRange})`;
}
