import type { PolicyPack } from '../policy/schema';

/**
 * Years written in headers: 令和5年度 / 令和元年度 / R5 / 2023年度 / 平成31年度. Matching runs
 * on header keys (NFKC, lower-case, no spaces).
 */
export const YEAR_PATTERN = '(?:令和(?:\\d{1,2}|元)年度?|平成\\d{1,2}年度?|r\\d{1,2}(?:年度)?|20\\d\\d年度?)';

const REIWA = /令和(\d{1,2}|元)/;
const HEISEI = /平成\d{1,2}/;
const R_SHORT = /(?:^|[^a-z])r(\d{1,2})/;
const WESTERN = /(20\d\d)年/;

/** True when the key names a fiscal year before the pack's (request) year. */
export function isBeforeRequestYear(key: string, fiscalYear: PolicyPack['fiscalYear']): boolean {
  const reiwa = REIWA.exec(key) ?? R_SHORT.exec(key);
  if (reiwa) return (reiwa[1] === '元' ? 1 : Number(reiwa[1])) < fiscalYear.reiwa;
  if (HEISEI.test(key)) return true;
  const western = WESTERN.exec(key);
  return western !== null && Number(western[1]) < fiscalYear.western;
}
