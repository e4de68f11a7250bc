/**
 * How well the suggester places real AMED 事業 in their integrated projects from the 事業名
 * alone: `npm run eval:classify`. Prints top-1 accuracy on single-project 事業, whole-set
 * accuracy on multi-project ones, a confusion table and every wrong case with its reasons.
 *
 * The packs are evaluated "blind": any term or alias that is itself an eval 事業名 is hidden
 * first (and listed), so a name that happens to be in a pack cannot score itself. Exits 1 when
 * the 令和6年度 top-1 accuracy falls below the 90% target.
 *
 * With `--previous` (`npm run eval:classify -- --previous`), each year is evaluated again with
 * last year's sheet built from the set (see eval-previous.ts); exits 1 unless every continuing
 * 事業 is right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestProjects } from '../src/domain/classification';
import type { Suggestion } from '../src/domain/model/classification';
import { getPack } from '../src/domain/policy/registry';
import type { PolicyPack } from '../src/domain/policy/schema';
import { matchKey } from '../src/domain/text/normalize';
import { evaluateWithPrevious } from './eval-previous';

interface EvalCase {
  readonly name: string;
  readonly ministry: string;
  readonly projects: readonly string[];
  readonly packs: readonly string[];
  readonly source: string;
  readonly uncertain: boolean;
}

/** Top-1 accuracy on single-project 事業 the 令和6年度 pack must reach. */
const TARGET = 0.9;
/** A multi-project 事業's predicted set: every suggestion scoring at least this share of the leader's. */
const SET_SHARE = 0.5;

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

const withPrevious = process.argv.slice(2).includes('--previous');
const blinded = new Map(['R4', 'R6'].map((id) => {
  const real = getPack(id);
  if (!real) throw new Error(`no pack ${id}`);
  return [id, blind(real)] as const;
}));
const blindPacks = [...blinded.values()].map((b) => b.pack).sort((a, b) => a.fiscalYear.western - b.fiscalYear.western);

let failed = false;
for (const packId of ['R6', 'R4']) {
  const { pack, hidden } = blinded.get(packId)!;
  const mine = cases.filter((c) => c.packs.includes(packId));
  const single = mine.filter((c) => c.projects.length === 1);
  const multi = mine.filter((c) => c.projects.length > 1);
  const confusion = new Map<string, Map<string, number>>();
  const wrong: string[] = [];
  let singleRight = 0;
  let certainRight = 0;
  let certainTotal = 0;
  let multiRight = 0;
  const byConfidence = new Map<string, { total: number; right: number }>();

  for (const c of single) {
    const suggestions = suggestProjects({ name: c.name }, pack);
    const top = suggestions[0];
    const actual = shortName(pack, c.projects[0]);
    const predicted = shortName(pack, top?.projectId);
    const row = confusion.get(actual) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    confusion.set(actual, row);
    const right = top?.projectId === c.projects[0];
    if (right) singleRight++;
    if (!c.uncertain) {
      certainTotal++;
      if (right) certainRight++;
    }
    const level = byConfidence.get(top?.confidence ?? 'none') ?? { total: 0, right: 0 };
    byConfidence.set(top?.confidence ?? 'none', { total: level.total + 1, right: level.right + (right ? 1 : 0) });
    if (!right) wrong.push(`  ${c.name}${c.uncertain ? ' (uncertain)' : ''}: expected ${actual}, got ${predicted}\n      ${explain(pack, suggestions) || 'no evidence'}`);
  }
  for (const c of multi) {
    const suggestions = suggestProjects({ name: c.name }, pack);
    const got = predictedSet(suggestions);
    const right = got.length === c.projects.length && c.projects.every((p) => got.includes(p));
    if (right) multiRight++;
    else wrong.push(`  ${c.name}: expected {${c.projects.map((p) => shortName(pack, p)).join(' ')}}, got {${got.map((p) => shortName(pack, p)).join(' ')}}\n      ${explain(pack, suggestions)}`);
  }

  const columns = [...pack.projects.map((p) => shortName(pack, p.id)), '—'];
  console.log(`\n=== ${pack.id} (${pack.fiscalYear.label}) — ${mine.length} 事業 ===`);
  if (hidden.length > 0) console.log(`hidden from the pack for this run (they are eval 事業名): ${hidden.join('、')}`);
  console.log(`top-1 accuracy, single-project 事業: ${pct(singleRight, single.length)}; excluding uncertain: ${pct(certainRight, certainTotal)}`);
  console.log(`  by the leader's confidence: ${['high', 'medium', 'low', 'none'].map((c) => `${c} ${pct(byConfidence.get(c)?.right ?? 0, byConfidence.get(c)?.total ?? 0)}`).join('; ')}`);
  console.log(`whole-set accuracy, multi-project 事業 (set = suggestions ≥ ${SET_SHARE} × the leader's score): ${pct(multiRight, multi.length)}`);
  console.log('\nconfusion (rows: actual, columns: predicted top-1)');
  console.log(['actual \\ predicted', ...columns].join('\t'));
  for (const p of pack.projects) {
    const actual = shortName(pack, p.id);
    const row = confusion.get(actual);
    console.log([actual, ...columns.map((col) => String(row?.get(col) ?? 0))].join('\t'));
  }
  console.log(wrong.length > 0 ? `\nwrong cases (${wrong.length}):\n${wrong.join('\n')}` : '\nno wrong cases');
  if (packId === 'R6' && singleRight / Math.max(1, single.length) < TARGET) failed = true;
  if (withPrevious) {
    const previous = evaluateWithPrevious(pack, blindPacks, cases);
    console.log(`\n${previous.lines.join('\n')}`);
    if (!previous.allContinuingRight) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
