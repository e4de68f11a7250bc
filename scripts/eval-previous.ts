/**
 * `npm run eval:classify -- --previous`: the same 事業 again, this time with last year's sheet.
 *
 * The eval set stores one truth per 事業 — its 2nd-period integrated projects, the same in every
 * year of the period (FY2020–2024) — and, in `packs`, the years it is listed in (R4, R6). It has
 * no sheet of the year before. So last year's sheet is built from the set's own truths of the
 * nearest earlier year it lists: for R6, every 事業 the set also lists in R4, with its truth
 * written as its 統合プロジェクト (official names; several for a multi-project 事業, without
 * amounts, which the set does not have). The set lists no year before R4: for R4 there is no
 * last year's sheet, and the figures are those without it.
 *
 * Both sheets go through the product as any sheet does: last year's is read by the reader and
 * classifier (readPreviousYear), this year's (事業名 only) is checked with it (checkSheet). A
 * 事業 is right when what ［候補を採用する］ would accept (projectsToAccept) is exactly its truth.
 */
import { projectsToAccept } from '../src/domain/classification/accept-record';
import { checkSheet } from '../src/domain/engine/check';
import type { SheetGrid } from '../src/domain/model/grid';
import { readPreviousYear } from '../src/domain/previous-year/read';
import type { PolicyPack } from '../src/domain/policy/schema';

export interface PreviousEvalCase {
  readonly name: string;
  readonly projects: readonly string[];
  readonly packs: readonly string[];
}

function sheet(name: string, pack: PolicyPack, rows: readonly (readonly (string | number | null)[])[]): SheetGrid {
  return {
    sheetName: name,
    originRow: 0,
    originCol: 0,
    values: [[`${pack.fiscalYear.label} 概算要求（評価セットから作成）（単位：千円）`], ['事業名', '区分', '計', '統合プロジェクト'], ...rows.map((r) => [...r])],
  };
}

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The lines to print for one year, and whether every continuing 事業 is right. */
export function evaluateWithPrevious(pack: PolicyPack, packs: readonly PolicyPack[], cases: readonly PreviousEvalCase[]): { lines: string[]; allContinuingRight: boolean } {
  const earlier = packs.filter((p) => p.fiscalYear.western < pack.fiscalYear.western && cases.some((c) => c.packs.includes(p.id)));
  const prior = earlier.length > 0 ? earlier.reduce((a, b) => (b.fiscalYear.western > a.fiscalYear.western ? b : a)) : null;
  if (prior === null) {
    return { lines: [`with last year's sheet: the set lists no 事業 in a year before ${pack.id}, so there is no last year's sheet and the figures are those above.`], allContinuingRight: true };
  }
  const mine = cases.filter((c) => c.packs.includes(pack.id));
  const lastYear = cases.filter((c) => c.packs.includes(prior.id));
  const projectName = (id: string) => prior.projects.find((p) => p.id === id)?.name ?? id;
  const previousGrid = sheet(`${prior.id}（評価セットの正解）`, prior, lastYear.map((c) => [c.name, 'AMED', 1000, c.projects.map(projectName).join('、')]));
  const reading = readPreviousYear({ grid: previousGrid, kind: 'request', file: 'classification-eval.json' }, packs, pack);
  if ('problem' in reading) throw new Error(`last year's sheet built from the set could not be read: ${reading.problem}`);
  const report = checkSheet(sheet(`${pack.id}（事業名のみ）`, pack, mine.map((c) => [c.name, 'AMED', 1000, null])), {
    packs,
    packId: pack.id,
    previous: reading.previous,
    locale: 'ja',
    now: new Date(0),
  });
  const continuing = new Set(report.previousYear?.continuing.map((c) => c.row) ?? []);
  const tally = { continuing: { right: 0, total: 0 }, new: { right: 0, total: 0 }, single: { right: 0, total: 0 }, multi: { right: 0, total: 0 } };
  const confidence = new Map<string, number>();
  const wrong: string[] = [];
  report.rows.forEach((row, i) => {
    const truth = mine[i].projects;
    const accepted = projectsToAccept(row.classification)?.projects ?? [];
    const right = same(accepted, truth);
    const group = continuing.has(row.row) ? tally.continuing : tally.new;
    group.total++;
    if (right) group.right++;
    const kind = truth.length === 1 ? tally.single : tally.multi;
    kind.total++;
    if (right) kind.right++;
    if (continuing.has(row.row)) {
      const level = row.suggestions[0]?.confidence ?? 'none';
      confidence.set(level, (confidence.get(level) ?? 0) + 1);
    }
    if (!right) wrong.push(`  ${row.name}${continuing.has(row.row) ? ' (continuing)' : ' (new)'}: expected {${truth.join(' ')}}, accepting would take {${accepted.join(' ')}}`);
  });
  const lines = [
    `with last year's sheet (built from the set's ${prior.id} truths: ${lastYear.length} 事業; this year ${mine.length} 事業, of which ${tally.continuing.total} continuing and ${tally.new.total} new):`,
    `  continuing 事業 right (what ［候補を採用する］ would accept is the truth, every project of a multi-project 事業): ${pct(tally.continuing.right, tally.continuing.total)}`,
    `    their confidence: ${[...confidence].map(([level, n]) => `${level} ${n}`).join('; ')}`,
    `  new 事業 right (from their names alone): ${pct(tally.new.right, tally.new.total)}`,
    `  single-project 事業 right: ${pct(tally.single.right, tally.single.total)}; multi-project 事業, whole set right: ${pct(tally.multi.right, tally.multi.total)}`,
    ...(wrong.length > 0 ? [`  wrong (${wrong.length}):`, ...wrong.map((w) => `  ${w}`)] : []),
  ];
  return { lines, allContinuingRight: tally.continuing.right === tally.continuing.total };
}
