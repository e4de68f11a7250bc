/**
 * `npm run eval:classify -- --previous`: the same 事業 again, this time with last year's sheet.
 *
 * The eval set has no sheet of the year before. It stores, per 事業, its 2nd-period projects
 * (`projects`, for every year it is listed in, unless `projectsByPack` gives a year's own), the
 * years it is listed in (`packs`: R4, R6), and for a few multi-project 事業 their share amounts
 * in one year (`shares`). So last year's sheet is built from the set's own truths of the nearest
 * earlier year it lists: for R6, every 事業 the set also lists in R4, with its R4 truth as its
 * 統合プロジェクト — split columns with the amounts where the set records shares for exactly those
 * projects, else a label naming them (several without amounts). The set lists no year before
 * R4: for R4 there is no last year's sheet, and the figures are those without it.
 *
 * Both sheets go through the product as any sheet does: last year's is read by the reader and
 * classifier (readPreviousYear), this year's (事業名 only) is checked with it (checkSheet). A
 * 事業 is right when what ［候補を採用する］ would accept (projectsToAccept) is exactly its truth
 * this year. A continuing 事業 whose truth the set records as changed between the years is
 * reported apart: last year's projects are what the product offers, by design; the officer
 * changes them (and the check warns of the change once declared).
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
  readonly projectsByPack?: Readonly<Record<string, readonly string[]>>;
  readonly shares?: { readonly amounts: Readonly<Record<string, number>> };
}

function truthFor(c: PreviousEvalCase, packId: string): readonly string[] {
  return c.projectsByPack?.[packId] ?? c.projects;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}

/** A sheet in 千円: 事業名, 区分, 計, 統合プロジェクト, then one amount column per project of the pack. */
function sheet(name: string, pack: PolicyPack, rows: readonly { name: string; label: string | null; split: Readonly<Record<string, number>> | null }[]): SheetGrid {
  const header = ['事業名', '区分', '計', '統合プロジェクト', ...pack.projects.map((p) => `${p.marker}${p.shortName}`)];
  return {
    sheetName: name,
    originRow: 0,
    originCol: 0,
    values: [
      [`${pack.fiscalYear.label} 概算要求（評価セットから作成）（単位：千円）`],
      header,
      ...rows.map((r) => {
        const total = r.split ? Object.values(r.split).reduce((a, b) => a + b, 0) : 1000;
        return [r.name, 'AMED', total, r.label, ...pack.projects.map((p) => r.split?.[p.id] ?? null)];
      }),
    ],
  };
}

/** The lines to print for one year, and whether every continuing 事業 whose truth did not change is right. */
export function evaluateWithPrevious(pack: PolicyPack, packs: readonly PolicyPack[], cases: readonly PreviousEvalCase[]): { lines: string[]; allContinuingRight: boolean } {
  const earlier = packs.filter((p) => p.fiscalYear.western < pack.fiscalYear.western && cases.some((c) => c.packs.includes(p.id)));
  const prior = earlier.length > 0 ? earlier.reduce((a, b) => (b.fiscalYear.western > a.fiscalYear.western ? b : a)) : null;
  if (prior === null) {
    return { lines: [`with last year's sheet: the set lists no 事業 in a year before ${pack.id}, so there is no last year's sheet and the figures are those above.`], allContinuingRight: true };
  }
  const mine = cases.filter((c) => c.packs.includes(pack.id));
  const lastYear = cases.filter((c) => c.packs.includes(prior.id));
  const projectName = (id: string) => prior.projects.find((p) => p.id === id)?.name ?? id;
  const lastRows = lastYear.map((c) => {
    const truth = truthFor(c, prior.id);
    const amounts = c.shares?.amounts;
    const split = amounts && same(Object.keys(amounts), truth) ? amounts : null;
    return { name: c.name, label: split ? null : truth.map(projectName).join('、'), split };
  });
  const reading = readPreviousYear({ grid: sheet(`${prior.id}（評価セットの正解）`, prior, lastRows), kind: 'request', file: 'classification-eval.json' }, packs, pack);
  if ('problem' in reading) throw new Error(`last year's sheet built from the set could not be read: ${reading.problem}`);
  const report = checkSheet(sheet(`${pack.id}（事業名のみ）`, pack, mine.map((c) => ({ name: c.name, label: null, split: null }))), {
    packs,
    packId: pack.id,
    previous: reading.previous,
    locale: 'ja',
    now: new Date(0),
  });
  const continuing = new Set(report.previousYear?.continuing.map((c) => c.row) ?? []);
  const count = () => ({ right: 0, total: 0 });
  const tally = { unchanged: count(), changed: count(), new: count(), single: count(), multi: count() };
  const confidence = new Map<string, number>();
  const wrong: string[] = [];
  const changed: string[] = [];
  report.rows.forEach((row, i) => {
    const c = mine[i];
    const truth = truthFor(c, pack.id);
    const accepted = projectsToAccept(row.classification)?.projects ?? [];
    const right = same(accepted, truth);
    const isContinuing = continuing.has(row.row);
    const didChange = isContinuing && !same(truthFor(c, prior.id), truth);
    const group = !isContinuing ? tally.new : didChange ? tally.changed : tally.unchanged;
    group.total++;
    if (right) group.right++;
    const kind = truth.length === 1 ? tally.single : tally.multi;
    kind.total++;
    if (right) kind.right++;
    if (isContinuing && !didChange) {
      const level = row.suggestions[0]?.confidence ?? 'none';
      confidence.set(level, (confidence.get(level) ?? 0) + 1);
    }
    const line = `  ${row.name}: expected {${truth.join(' ')}}, accepting would take {${accepted.join(' ')}}`;
    if (didChange) changed.push(`${line} (the set's ${prior.id} truth: {${truthFor(c, prior.id).join(' ')}})`);
    else if (!right) wrong.push(`${line}${isContinuing ? ' (continuing)' : ' (new)'}`);
  });
  const splitRows = lastRows.filter((r) => r.split !== null).length;
  const lines = [
    `with last year's sheet (built from the set's ${prior.id} truths: ${lastYear.length} 事業, ${splitRows} with split amounts; this year ${mine.length} 事業, of which ${continuing.size} continuing and ${tally.new.total} new):`,
    `  continuing 事業, the same projects in both years — right (what ［候補を採用する］ would accept is the truth, every project of a multi-project 事業): ${pct(tally.unchanged.right, tally.unchanged.total)}`,
    `    their confidence: ${[...confidence].map(([level, n]) => `${level} ${n}`).join('; ')}`,
    `  continuing 事業 whose projects the set records as changed between the years: ${tally.changed.total} (last year's are offered; the officer changes them)`,
    ...changed.map((c) => `  ${c}`),
    `  new 事業 right (from their names alone): ${pct(tally.new.right, tally.new.total)}`,
    `  single-project 事業 right: ${pct(tally.single.right, tally.single.total)}; multi-project 事業, whole set right: ${pct(tally.multi.right, tally.multi.total)}`,
    ...(wrong.length > 0 ? [`  wrong (${wrong.length}):`, ...wrong.map((w) => `  ${w}`)] : []),
  ];
  return { lines, allContinuingRight: tally.unchanged.right === tally.unchanged.total };
}
