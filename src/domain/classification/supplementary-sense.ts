/**
 * Whether a bare 「補正」 in a row's text means a supplementary budget (令和5年度補正, 第2次補正,
 * （補正）) and not a correction (画像補正, 補正係数, 誤差補正). A row marked as 補正 money leaves
 * the initial-budget totals, so a technical word must never move it: only the forms a budget
 * sheet writes count. 「補正予算」 is a marker of its own and needs no context.
 */
const BEFORE_BUDGET = /(?:年度|[0-9０-９元]年|第?[0-9０-９一二三四五]次|[RＲHＨ][0-9０-９]{1,2})\s*$/u;
const AFTER_BUDGET = /^\s*(?:予算|第?[0-9０-９一二三四五]+号|分[）)]?\s*$|計上|措置|要求|で(?:措置|計上|要求))/u;
const OPEN = /[（(【［[「『]\s*$/u;
const CLOSE = /^\s*[）)】］\]」』]/u;

export function isSupplementaryBudget(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (before.trim() === '' && after.trim() === '') return true;
  if (BEFORE_BUDGET.test(before) || AFTER_BUDGET.test(after)) return true;
  return OPEN.test(before) && CLOSE.test(after);
}
