/**
 * How well the suggester places real AMED 事業 in their integrated projects: `npm run eval:classify`.
 * For each policy pack (R6, R4) it prints
 *
 * - top-1 accuracy on single-project 事業, overall and without the cases marked `uncertain`,
 *   by ministry and by the leader's confidence (high / medium / low / none: 「候補なし」, no
 *   suggestion or leaders that tie);
 * - for multi-project 事業: whole set right, and each share's project right (the share's project is
 *   in the predicted set; weighted by the share's amount where the case records one), plus the
 *   projects predicted that no share has;
 * - a confusion table and every wrong case with its reasons.
 *
 * The suggester sees the 事業名, and the 概要 where a case has a `summary` (passed the way a sheet's
 * 概要 column reaches it). The packs are evaluated "blind": any term or alias that is itself an eval
 * 事業名 is hidden first (and listed), so a name that happens to be in a pack cannot score itself.
 * Exits 1 when the 令和6年度 top-1 accuracy on single-project 事業 falls below the 90% target.
 *
 * With `--previous` (`npm run eval:classify -- --previous`) each year is evaluated again with last
 * year's sheet built from the set (see eval-previous.ts); exits 1 unless every continuing 事業
 * whose projects the set records as unchanged is right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestProjects } from '../src/domain/classification';
import { tiedLeaders } from '../src/domain/classification/no-suggestion';
import type { Suggestion } from '../src/domain/model/classification';
import { getPack } from '../src/domain/policy/registry';
import type { PolicyPack } from '../src/domain/policy/schema';
import { matchKey } from '../src/domain/text/normalize';
import { evaluateWithPrevious } from './eval-previous';

/** Amounts of a multi-project 事業's shares, as the source gives them. */
interface EvalShares {
  readonly label: string;
  readonly unit: string;
  readonly amounts: Readonly<Record<string, number>>;
  readonly source: string;
}

interface EvalCase {
  readonly name: string;
  readonly ministry: string;
  /** The integrated projects, in every pack the case is evaluated with unless `projectsByPack` says otherwise. */
  readonly projects: readonly string[];
  readonly packs: readonly string[];
  readonly source: string;
  readonly uncertain: boolean;
  /** A pack whose year files the 事業 under other projects (the source says so). */
  readonly projectsByPack?: Readonly<Record<string, readonly string[]>>;
  /** A multi-project 事業's share amounts as one source gives them (the year is in `label`); used as weights. */
  readonly shares?: EvalShares;
  /** 事業概要, where the set has one: given to the suggester as a sheet's 概要 column. */
  readonly summary?: string;
  readonly note?: string;
}

/** Top-1 accuracy on single-project 事業 the 令和6年度 pack must reach. */
const TARGET = 0.9;
/** A multi-project 事業's predicted set: every suggestion scoring at least this share of the leader's. */
const SET_SHARE = 0.5;
const CONFIDENCES = ['high', 'medium', 'low', 'none'] as const;

const cases: EvalCase[] = JSON.parse(readFileSync(join(__dirname, '../test/fixtures/eval/classification-eval.json'), 'utf8')).cases;
const evalNames = new Set(cases.map((c) => matchKey(c.name)));

function blind(pack: PolicyPack): { pack: PolicyPack; hidden: string[] } {
  const hidden: string[] = [];
  const keep = (words: readonly string[]) =>
    words.filter((w) => {
      const isName = evalNames.has(matchKey(w));
      if (isName) hidden.push(w);
      return !isName;
    });
  const withTerms = <T extends { terms: string[] }>(x: T): T => ({ ...x, terms: keep(x.terms) });
  return {
    pack: {
      ...pack,
      projects: pack.projects.map((p) => ({ ...withTerms(p), aliases: keep(p.aliases), focusItems: p.focusItems.map(withTerms) })),
      priorityAreas: pack.priorityAreas.map(withTerms),
    },
    hidden,
  };
}

/** The projects a case has in this pack's year. */
function truthFor(c: EvalCase, packId: string): readonly string[] {
  return c.projectsByPack?.[packId] ?? c.projects;
}

/** What the suggester is given: the name, and the 概要 the way a sheet's 概要 column reaches it. */
function suggestFor(c: EvalCase, pack: PolicyPack): Suggestion[] {
  return suggestProjects(c.summary ? { name: c.name, summary: c.summary } : { name: c.name }, pack);
}

function shortName(pack: PolicyPack, id: string | undefined): string {
  if (id === undefined) return '—';
  const p = pack.projects.find((x) => x.id === id);
  return p ? `${p.marker}${p.shortName}` : id;
}

function predictedSet(suggestions: readonly Suggestion[]): string[] {
  const top = suggestions[0]?.score ?? 0;
  return suggestions.filter((s) => s.score >= top * SET_SHARE && s.score > 0).map((s) => s.projectId);
}

function explain(pack: PolicyPack, suggestions: readonly Suggestion[]): string {
  return suggestions
    .slice(0, 3)
    .map((s) => `${shortName(pack, s.projectId)} ${s.score} (${s.confidence}: ${s.reasons.slice(0, 4).map((r) => `${r.matched}=${r.weight}`).join(', ')})`)
    .join(' | ');
}

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}

/** A right/total counter kept per key (ministry, confidence …). */
class Tally {
  private readonly counts = new Map<string, { right: number; total: number }>();
  add(key: string, right: boolean): void {
    const c = this.counts.get(key) ?? { right: 0, total: 0 };
    this.counts.set(key, { right: c.right + (right ? 1 : 0), total: c.total + 1 });
  }
  get(key: string): { right: number; total: number } {
    return this.counts.get(key) ?? { right: 0, total: 0 };
  }
  keys(): string[] {
    return [...this.counts.keys()];
  }
  line(keys: readonly string[] = this.keys()): string {
    return keys.map((k) => `${k} ${pct(this.get(k).right, this.get(k).total)}`).join('; ');
  }
}

interface SingleResult {
  right: number;
  total: number;
  certainRight: number;
  certainTotal: number;
  byMinistry: Tally;
  byMinistryCertain: Tally;
  byConfidence: Tally;
  confusion: Map<string, Map<string, number>>;
  wrong: string[];
}

/** Top-1 on single-project 事業, with the breakdowns. */
function evaluateSingle(pack: PolicyPack, mine: readonly EvalCase[]): SingleResult {
  const r: SingleResult = {
    right: 0,
    total: 0,
    certainRight: 0,
    certainTotal: 0,
    byMinistry: new Tally(),
    byMinistryCertain: new Tally(),
    byConfidence: new Tally(),
    confusion: new Map(),
    wrong: [],
  };
  for (const c of mine) {
    const truth = truthFor(c, pack.id);
    if (truth.length !== 1) continue;
    const suggestions = suggestFor(c, pack);
    // Leaders that tie are 「候補なし」 (the row names none of them): counted as no suggestion.
    const top = tiedLeaders(suggestions).length > 0 ? undefined : suggestions[0];
    const actual = shortName(pack, truth[0]);
    const predicted = shortName(pack, top?.projectId);
    const row = r.confusion.get(actual) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    r.confusion.set(actual, row);
    const right = top?.projectId === truth[0];
    r.total++;
    if (right) r.right++;
    r.byMinistry.add(c.ministry, right);
    r.byConfidence.add(top?.confidence ?? 'none', right);
    if (!c.uncertain) {
      r.certainTotal++;
      if (right) r.certainRight++;
      r.byMinistryCertain.add(c.ministry, right);
    }
    if (!right) r.wrong.push(`  ${c.name}${c.uncertain ? ' (uncertain)' : ''} [${c.ministry}]: expected ${actual}, got ${predicted}\n      ${explain(pack, suggestions) || 'no evidence'}`);
  }
  return r;
}

interface MultiResult {
  wholeRight: number;
  total: number;
  sharesRight: number;
  shares: number;
  extra: number;
  amountRight: number;
  amount: number;
  amountCases: number;
  wrong: string[];
}

/** Multi-project 事業: the whole set, and each share's project. */
function evaluateMulti(pack: PolicyPack, mine: readonly EvalCase[]): MultiResult {
  const r: MultiResult = { wholeRight: 0, total: 0, sharesRight: 0, shares: 0, extra: 0, amountRight: 0, amount: 0, amountCases: 0, wrong: [] };
  for (const c of mine) {
    const truth = truthFor(c, pack.id);
    if (truth.length < 2) continue;
    const suggestions = suggestFor(c, pack);
    const got = predictedSet(suggestions);
    const whole = got.length === truth.length && truth.every((p) => got.includes(p));
    r.total++;
    if (whole) r.wholeRight++;
    for (const p of truth) {
      r.shares++;
      if (got.includes(p)) r.sharesRight++;
    }
    r.extra += got.filter((p) => !truth.includes(p)).length;
    const shares = c.shares;
    if (shares) {
      r.amountCases++;
      for (const p of truth) {
        const amount = shares.amounts[p] ?? 0;
        r.amount += amount;
        if (got.includes(p)) r.amountRight += amount;
      }
    }
    if (!whole) {
      const missed = truth.filter((p) => !got.includes(p)).map((p) => shortName(pack, p));
      r.wrong.push(
        `  ${c.name}${c.uncertain ? ' (uncertain)' : ''} [${c.ministry}]: expected {${truth.map((p) => shortName(pack, p)).join(' ')}}, got {${got.map((p) => shortName(pack, p)).join(' ')}}` +
          `${missed.length > 0 ? `; missed ${missed.join(' ')}` : ''}\n      ${explain(pack, suggestions) || 'no evidence'}`,
      );
    }
  }
  return r;
}

function printPack(pack: PolicyPack, hidden: readonly string[], mine: readonly EvalCase[], single: SingleResult, multi: MultiResult): void {
  const withSummary = mine.filter((c) => c.summary).length;
  console.log(`\n=== ${pack.id} (${pack.fiscalYear.label}) — ${mine.length} 事業 (${mine.filter((c) => c.uncertain).length} uncertain) ===`);
  console.log(`input: ${withSummary > 0 ? `事業名, plus 概要 for ${withSummary} 事業` : '事業名 only (no case has a 概要)'}`);
  if (hidden.length > 0) console.log(`hidden from the pack for this run (they are eval 事業名): ${hidden.join('、')}`);
  console.log(`top-1 accuracy, single-project 事業: ${pct(single.right, single.total)}; excluding uncertain: ${pct(single.certainRight, single.certainTotal)}`);
  const ministries = [...new Set(mine.map((c) => c.ministry))];
  console.log(`  by ministry: ${single.byMinistry.line(ministries.filter((m) => single.byMinistry.get(m).total > 0))}`);
  console.log(`  by ministry, excluding uncertain: ${single.byMinistryCertain.line(ministries.filter((m) => single.byMinistryCertain.get(m).total > 0))}`);
  console.log(`  by the leader's confidence: ${single.byConfidence.line(CONFIDENCES)}`);
  console.log(`multi-project 事業 (set = suggestions ≥ ${SET_SHARE} × the leader's score): whole set right ${pct(multi.wholeRight, multi.total)}`);
  console.log(`  each share's project right: ${pct(multi.sharesRight, multi.shares)}; projects predicted that no share has: ${multi.extra}`);
  if (multi.amountCases > 0) {
    console.log(`  by amount (${multi.amountCases} 事業 with share amounts): ${multi.amount === 0 ? 'n/a' : `${((100 * multi.amountRight) / multi.amount).toFixed(1)}% of the amount is in a predicted project`}`);
  }
  const columns = [...pack.projects.map((p) => shortName(pack, p.id)), '—'];
  console.log('\nconfusion, single-project 事業 (rows: actual, columns: predicted top-1)');
  console.log(['actual \\ predicted', ...columns].join('\t'));
  for (const p of pack.projects) {
    const actual = shortName(pack, p.id);
    const row = single.confusion.get(actual);
    console.log([actual, ...columns.map((col) => String(row?.get(col) ?? 0))].join('\t'));
  }
  const wrong = [...single.wrong, ...multi.wrong];
  console.log(wrong.length > 0 ? `\nwrong cases (${wrong.length}):\n${wrong.join('\n')}` : '\nno wrong cases');
}

const withPrevious = process.argv.slice(2).includes('--previous');
const blinded = new Map(
  ['R4', 'R6'].map((id) => {
    const real = getPack(id);
    if (!real) throw new Error(`no pack ${id}`);
    return [id, blind(real)] as const;
  }),
);
const blindPacks = [...blinded.values()].map((b) => b.pack).sort((a, b) => a.fiscalYear.western - b.fiscalYear.western);

let failed = false;
for (const packId of ['R6', 'R4']) {
  const { pack, hidden } = blinded.get(packId)!;
  const mine = cases.filter((c) => c.packs.includes(packId));
  const single = evaluateSingle(pack, mine);
  const multi = evaluateMulti(pack, mine);
  printPack(pack, hidden, mine, single, multi);
  if (packId === 'R6' && single.right / Math.max(1, single.total) < TARGET) failed = true;
  if (withPrevious) {
    const previous = evaluateWithPrevious(pack, blindPacks, cases);
    console.log(`\n${previous.lines.join('\n')}`);
    if (!previous.allContinuingRight) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
