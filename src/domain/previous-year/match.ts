import { comparable, SimilarNames } from '../classification/similar-names';
import { similarity } from '../classification/similarity';
import { keyForm } from '../classification/text-key';
import type { Continuation, PreviousRow } from '../model/previous-year';
import type { BudgetRow } from '../model/table';
import { matchKey } from '../text/normalize';

/**
 * Which 事業 of this year's sheet were on last year's: by 事業番号 where both sheets number
 * their 事業 with identifiers, else by normalised name — the same name first, then the most
 * alike names above NAME_THRESHOLD. Each 事業 of either year is matched at most once.
 */

/**
 * Names at least this alike (similarity.ts, on normalised names) are taken for the same 事業.
 * Above the closest pair of different real 事業 among the 152 names of five ministries in
 * test/fixtures/policy/real-jigyo-names.json (障害者対策総合研究事業 / 障害者政策総合研究事業,
 * 0.909: one character of eleven), and below the changes a continuing 事業's name goes through
 * from one year to the next: a trailing 等 or 費 (認知症研究開発事業等, 0.94; 難治性疾患実用化研究
 * 事業費, 0.96), 「事業」 dropped from a long name (0.96). Annotations in brackets (（仮称）,
 * （AMED）, （一部）) are not part of the normalised name, so they never lower the figure.
 * Such a match is a medium-confidence suggestion, shown with its similarity.
 */
export const NAME_THRESHOLD = 0.92;
/** Shorter names say too little to be matched by likeness (「研究費」): only the same name matches them. */
const MIN_LENGTH = 4;

/** Bracketed annotations after NFKC: （仮称） is "(仮称)", ［一部］ "[一部]"; 【】 and 〔〕 have no half-width form. */
const ANNOTATION = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g;

/** A 事業名 as it is compared across years: keyForm (NFKC, no spaces, one middle dot, ASCII lower case), annotations left out. */
export function normalisedName(name: string): string {
  const key = keyForm(name);
  const bare = key.replace(ANNOTATION, '');
  return bare === '' ? key : bare;
}

/**
 * A sheet's 事業番号 by row, when they identify 事業: unique, and not merely the rows' order.
 * A column of 1, 2, 3 … (番号, No., 連番) says where a row is, not which 事業 it holds: a 事業
 * added above shifts every number after it, so such numbers are not used across years.
 */
function identifiers<T>(items: readonly T[], numberOf: (item: T) => string | null): Map<string, T> {
  const byNumber = new Map<string, T>();
  const repeated = new Set<string>();
  const numbers: string[] = [];
  for (const item of items) {
    const raw = numberOf(item);
    const key = raw === null ? '' : matchKey(raw);
    if (key === '') continue;
    numbers.push(key);
    if (byNumber.has(key)) repeated.add(key);
    byNumber.set(key, item);
  }
  for (const key of repeated) byNumber.delete(key);
  const running = numbers.length > 1 && numbers.every((n, i) => /^\d+$/.test(n) && Number(n) === Number(numbers[0]) + i);
  return running ? new Map() : byNumber;
}

function numberOf(row: BudgetRow): string | null {
  return typeof row.number?.value === 'string' ? row.number.value : null;
}

function nameOf(row: BudgetRow): string {
  return typeof row.name.value === 'string' ? row.name.value : '';
}

export interface MatchResult {
  readonly continuing: Continuation[];
  /** This year's rows found nowhere in last year's sheet (新規), in sheet order. */
  readonly added: number[];
  /** Last year's 事業 found nowhere in this year's sheet (廃止), in its order. */
  readonly discontinued: PreviousRow[];
}

export function matchPrevious(rows: readonly BudgetRow[], previous: readonly PreviousRow[]): MatchResult {
  const found = new Map<BudgetRow, Omit<Continuation, 'row'>>();
  const taken = new Set<PreviousRow>();
  const link = (row: BudgetRow, last: PreviousRow, by: Continuation['by'], alike: number) => {
    found.set(row, { previous: last, by, similarity: alike });
    taken.add(last);
  };
  const names = new Map(rows.map((r) => [r, normalisedName(nameOf(r))]));
  const lastNames = new Map(previous.map((p) => [p, normalisedName(p.name)]));

  // 1. 事業番号, where both sheets give identifiers.
  const lastByNumber = identifiers(previous, (p) => p.number);
  for (const [number, row] of identifiers(rows, numberOf)) {
    const last = lastByNumber.get(number);
    if (last) link(row, last, 'number', similarity(names.get(row) ?? '', lastNames.get(last) ?? ''));
  }

  // 2. The same name: as written first (keeps 「…（AMED）」 with its own line of last year), then as normalised.
  for (const keyOf of [(name: string) => keyForm(name), normalisedName]) {
    const waiting = new Map<string, PreviousRow[]>();
    for (const last of previous) {
      if (taken.has(last)) continue;
      const key = keyOf(last.name);
      if (key !== '') waiting.set(key, [...(waiting.get(key) ?? []), last]);
    }
    for (const row of rows) {
      if (found.has(row)) continue;
      const last = waiting.get(keyOf(nameOf(row)))?.shift();
      if (last) link(row, last, 'name', 1);
    }
  }

  // 3. Alike names, the most alike pairs first.
  const index = new SimilarNames<PreviousRow>();
  for (const last of previous) {
    const key = lastNames.get(last) ?? '';
    if (!taken.has(last) && [...key].length >= MIN_LENGTH) index.add(comparable(key), last);
  }
  const pairs: { row: BudgetRow; at: number; last: PreviousRow; alike: number }[] = [];
  rows.forEach((row, at) => {
    const key = names.get(row) ?? '';
    if (found.has(row) || [...key].length < MIN_LENGTH) return;
    for (const { item, similarity: alike } of index.alike(comparable(key), NAME_THRESHOLD)) pairs.push({ row, at, last: item, alike });
  });
  pairs.sort((a, b) => b.alike - a.alike || a.at - b.at || a.last.row - b.last.row);
  for (const { row, last, alike } of pairs) if (!found.has(row) && !taken.has(last)) link(row, last, 'name', alike);

  return {
    continuing: rows.flatMap((row) => {
      const match = found.get(row);
      return match ? [{ row: row.rowNumber, ...match }] : [];
    }),
    added: rows.filter((row) => !found.has(row)).map((row) => row.rowNumber),
    discontinued: previous.filter((last) => !taken.has(last)),
  };
}
