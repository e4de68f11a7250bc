import type { ColumnRole } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { isBeforeRequestYear, YEAR_PATTERN, yearOfKey } from './fiscal-year';
import { stripUnitStatements } from './unit';

/**
 * Header synonyms. Matching runs on a header key: NFKC, lower-case, no spaces, unit
 * statements, note marks (※1) and column formulas (「計(c)=(a)+(b)」) removed. Patterns are
 * anchored so that data cells (「認知症研究開発事業」「AMED」「新規」) never read as headers.
 */
export function headerKey(text: string): string {
  return stripUnitStatements(text)
    .toLowerCase()
    .replace(/[※*]\d*/g, '')
    .replace(/\((?:注|※)?[a-z0-9+\-−=×*・,、]*\)/g, '')
    .replace(/=[+\-−*×=]*$/, '')
    .replace(/^[【[<《〈「『]|[】\]>》〉」』]$/g, '')
    .replace(/^うち/, '');
}

const Y = `${YEAR_PATTERN}?`;
/** 「令和5年度予算額」: a year's budget, the previous one when the year is before the request year. */
const YEAR_BUDGET = new RegExp(`^${YEAR_PATTERN}(当初)?予算(額)?$`);

/** 「令和6年度要求額」「令和6年度概算要求・要望額」: a header naming the year of the request itself. */
const YEAR_REQUEST = new RegExp(`^${YEAR_PATTERN}(概算)?(要求|要望)`);

/**
 * The request year a header implies, or null when it names no year in that way: a year's
 * budget (「令和5年度予算額」) is the 前年度 of the next year's request; a year's request
 * (「令和6年度要求額」) is that year's. Used to tell when the chosen policy year disagrees with the sheet.
 */
export function impliedRequestYear(key: string): number | null {
  if (YEAR_BUDGET.test(key)) {
    const year = yearOfKey(key);
    return year === null ? null : year + 1;
  }
  return YEAR_REQUEST.test(key) ? yearOfKey(key) : null;
}

/** A year's budget header (「令和5年度予算額」): the 前年度 column of the following year's request. */
export function isYearBudgetKey(key: string): boolean {
  return YEAR_BUDGET.test(key);
}

type Matcher = (key: string, pack: PolicyPack) => boolean;

function pattern(re: RegExp): Matcher {
  return (key) => re.test(key);
}

/** In priority order: the first role whose matcher accepts the key wins. */
const ROLE_MATCHERS: readonly (readonly [ColumnRole, Matcher])[] = [
  ['status', (k) => k.includes('新規') && k.includes('継続')],
  ['number', pattern(/^((事業|施策|整理|通し|項目)?(番号|no\.?)|項番|連番|#)$/)],
  ['name', pattern(/^((研究|研究開発)?事業(・施策|等)?(の)?名(称)?|(事業・)?施策(等)?名|事項(名)?|項目名|名称|件名)$/)],
  ['ministry', pattern(/^((所管|担当)?府省(庁)?(名)?|省庁(名)?|省名)$/)],
  ['department', pattern(/^(担当|所管)(部局|部署|局|部|課|室|課室|局課|部課|・|等|名)*$/)],
  ['account', pattern(/^(会計|会計区分|会計の別|財源|財源区分|予算区分|予算の区分|予算種別|予算の種類|当初・補正の別)$/)],
  ['category', (k) => /^(経費)?(の)?区分$|^経費(種別|の別)$/.test(k) || (k.includes('amed') && k.includes('インハウス'))],
  ['previous', (k, pack) => /^前年度(当初)?(予算)?(額)?$/.test(k) || (YEAR_BUDGET.test(k) && isBeforeRequestYear(k, pack.fiscalYear))],
  ['total', pattern(new RegExp(`^(計|合計|総計|総額|合計額|${Y}(概算)?要求(額)?(・|及び|\\+)?要望(額)?(計|合計)?)$`))],
  ['priorityRequest', pattern(new RegExp(`^(${Y}(概算)?要望(額)?|.*推進枠.*|特別枠(要望)?(額)?)$`))],
  ['request', pattern(new RegExp(`^${Y}(概算)?要求(額)?$`))],
  ['projectLabel', pattern(/^((該当|対象|関連)(する)?)?(統合)?(プロジェクト|pj)(名|区分|の別)?(等)?$/)],
  ['diseaseArea', pattern(/^((主な|関連|該当|対象)(する)?)?疾患(領域|分野|区分)(名)?(等)?$/)],
  ['purpose', pattern(/^((研究)?開発(の)?)?目的$/)],
  ['priorityArea', pattern(/^((該当|関連)(する)?)?重点(化すべき)?(研究)?(領域|分野|事項)(との関係|名|等)?$/)],
  ['summary', pattern(/^((事業|施策)(の)?)?(概要|内容)(等)?$/)],
  ['remarks', pattern(/^(備考|摘要|注記|特記事項)(欄)?$/)],
];

/** The role a header key names, or null. 'projectAmount' is decided by project matching, not here. */
export function matchRole(key: string, pack: PolicyPack): ColumnRole | null {
  if (key === '') return null;
  for (const [role, matches] of ROLE_MATCHERS) if (matches(key, pack)) return role;
  return null;
}

/** A parent header over one amount column per project: 「統合プロジェクト別内訳」「プロジェクト別」「統合PJ」. */
export function isProjectGroupKey(key: string): boolean {
  return /統合プロジェクト|プロジェクト別|pj別|統合pj/.test(key);
}

/** Child header words that add nothing to the parent's meaning (「要求額」 over 「金額」). */
export function isGenericAmountKey(key: string): boolean {
  return /^(金額|額|予算額|計上額)?$/.test(key);
}

/** Synonyms named in the header-not-found finding, so users know what the reader looks for. */
export const REQUIRED_HEADER_EXAMPLES: Readonly<Record<'name' | 'request' | 'total', readonly string[]>> = {
  name: ['事業名', '研究事業名', '事業・施策名'],
  request: ['要求額', '概算要求額', '令和○年度要求額'],
  total: ['計', '合計', '要求・要望額'],
};
