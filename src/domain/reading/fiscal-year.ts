import type { PolicyPack } from '../policy/schema';

/**
 * Years written in headers: 令和5年度 / 令和元年度 / R5 / 2023年度 / 平成31年度. Matching runs
 * on header keys (NFKC, lower-case, no spaces).
 */
export const YEAR_PATTERN = '(?:令和(?:\\d{1,2}|元)年度?|平成\\d{1,2}年度?|r\\d{1,2}(?:年度)?|20\\d\\d年度?)';

const REIWA = /令和(\d{1,2}|元)/;
const HEISEI = /平成(\d{1,2})/;
const R_SHORT = /(?:^|[^a-z])r(\d{1,2})/;
const WESTERN = /(20\d\d)年/;

/** 令和 N年度 is fiscal year 2018 + N; 平成 N年度 is 1988 + N. */
const REIWA_OFFSET = 2018;
const HEISEI_OFFSET = 1988;

/** The fiscal year (western) a header key names, or null when it names none. */
export function yearOfKey(key: string): number | null {
  const reiwa = REIWA.exec(key) ?? R_SHORT.exec(key);
  if (reiwa) return REIWA_OFFSET + (reiwa[1] === '元' ? 1 : Number(reiwa[1]));
  const heisei = HEISEI.exec(key);
  if (heisei) return HEISEI_OFFSET + Number(heisei[1]);
  const western = WESTERN.exec(key);
  return western ? Number(western[1]) : null;
}

/** True when the key names a fiscal year before the pack's (request) year. */
export function isBeforeRequestYear(key: string, fiscalYear: PolicyPack['fiscalYear']): boolean {
  const year = yearOfKey(key);
  return year !== null && year < fiscalYear.western;
}

/** 2023 → 令和5年度 (令和元年度 for 2019); earlier years as 平成. */
export function yearLabel(western: number): string {
  if (western >= REIWA_OFFSET + 1) {
    const n = western - REIWA_OFFSET;
    return `令和${n === 1 ? '元' : n}年度`;
  }
  return `平成${western - HEISEI_OFFSET}年度`;
}
