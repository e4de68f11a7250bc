/**
 * A fiscal-year mention in running text (a sheet's title): 令和6年度 (or 令和元年度), R6年度,
 * 2024年度, FY2024. Matched after NFKC, so full-width digits and spaces are covered. Shared by
 * the year guess (policy registry) and the reader's check that the chosen year agrees with it.
 */
const YEAR_MENTION = /令和\s*(元|\d{1,2})\s*年度|(?<![A-Z])R\s*(\d{1,2})\s*年度|(?<!\d)(20\d{2})\s*年度|(?<![A-Z])FY\s*(20\d{2})(?!\d)/i;

/** 令和 N年度 is fiscal year 2018 + N. */
const REIWA_OFFSET = 2018;

export interface YearMention {
  /** Western fiscal year (2024 for 令和6年度). */
  readonly western: number;
  /** The words as written (after NFKC). */
  readonly matched: string;
}

/** The first fiscal year the text mentions, or null. */
export function yearMention(text: string): YearMention | null {
  const match = YEAR_MENTION.exec(text.normalize('NFKC'));
  if (match === null) return null;
  const [matched, reiwa, short, western, fy] = match;
  if (reiwa !== undefined) return { western: REIWA_OFFSET + (reiwa === '元' ? 1 : Number(reiwa)), matched };
  if (short !== undefined) return { western: REIWA_OFFSET + Number(short), matched };
  return { western: Number(western ?? fy), matched };
}
