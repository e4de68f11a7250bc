/**
 * Child process of the benchmark: times the engine on one generated sheet, phase by phase,
 * the way checkSheet runs it, and writes the figures as JSON to the file named on the
 * command line. Run with --expose-gc (runs start from a collected heap) and --trace-gc (the
 * parent reads the heap peak from the GC trace on stdout, which is why nothing else is
 * printed there).
 *
 *   node --expose-gc --trace-gc --import tsx bench/measure-engine.ts '{"rows":10000,"layout":"split-thousand","runs":5,"out":"…"}'
 */
import { writeFileSync } from 'node:fs';
import { classify } from '../src/domain/classification';
import { checkSheet } from '../src/domain/engine/check';
import { gridHash } from '../src/domain/engine/hash';
import { buildReport } from '../src/domain/engine/report';
import { cellCount } from '../src/domain/model/model-cells';
import type { SheetModel } from '../src/domain/model/sheet-model';
import type { CheckReport } from '../src/domain/model/report';
import { guessPackFromText, loadPacks } from '../src/domain/policy/registry';
import type { PolicyPack } from '../src/domain/policy/schema';
import { readTable } from '../src/domain/reading';
import { runRules } from '../src/domain/rules/engine';
import { buildSubmissionSheet } from '../src/domain/submission';
import type { Phase } from './engine-phases';
import { nfkcPass } from './floor';
import { generateSheet, type SheetLayout } from './generate-sheet';
import { MB } from './stats';

export interface EngineChildArgs {
  readonly rows: number;
  readonly layout: SheetLayout;
  readonly runs: number;
  readonly out: string;
}


export interface EngineChildResult {
  readonly rows: number;
  readonly layout: SheetLayout;
  readonly sheetRows: number;
  readonly sheetColumns: number;
  /** One entry per run, ms per phase. */
  readonly runs: Record<Phase, number>[];
  /** ms of each bare NFKC pass over the same grid (bench/floor.ts), FLOOR_PASSES before each run. */
  readonly floorRuns: number[];
  /** heapUsed with only the generated grid alive (after a full GC), MB. */
  readonly baselineHeapMB: number;
  /** Largest heapUsed seen between phases, MB (the GC trace gives the true peak). */
  readonly sampledPeakHeapMB: number;
  /** heapUsed after a full GC with everything a check keeps alive: grid, table, classification, report, submission model. */
  readonly liveHeapMB: number;
  readonly maxRssMB: number;
  readonly findings: number;
  readonly status: string;
  readonly modelCells: number;
}

/** Floor passes before each engine run: the floor is short, so it takes more samples for its median. */
const FLOOR_PASSES = 3;

const CREATED_AT = '2024-06-26T09:00:00+09:00';
const NOW = new Date(CREATED_AT);

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
}

function newest(packs: readonly PolicyPack[]): PolicyPack {
  return packs.reduce((a, b) => (b.fiscalYear.western > a.fiscalYear.western ? b : a));
}

function main(args: EngineChildArgs): EngineChildResult {
  const packs = loadPacks();
  const sheet = generateSheet({ rows: args.rows, layout: args.layout, pack: newest(packs) });
  const grid = sheet.grid;
  collect();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };

  const runs: Record<Phase, number>[] = [];
  const floorRuns: number[] = [];
  let floorCheck = 0;
  // The last run's results, kept alive to weigh them; each run drops the previous one's first.
  const kept: unknown[] = [];
  for (let run = 0; run < args.runs; run++) {
    kept.length = 0;
    collect();
    // The floor beside each run, so that both see the same machine at the same moment.
    for (let pass = 0; pass < FLOOR_PASSES; pass++) {
      const start = performance.now();
      floorCheck += nfkcPass(grid);
      floorRuns.push(performance.now() - start);
    }
    collect();
    const times = {} as Record<Phase, number>;
    let t = performance.now();
    const lap = (phase: Phase) => {
      sample();
      const now = performance.now();
      times[phase] = now - t;
      t = now;
    };
    // As checkSheet: read with the newest pack, re-read only when the title names another year.
    const fallback = newest(packs);
    let table = readTable(grid, fallback);
    const guessed = guessPackFromText(table.titleLines, packs);
    const pack = guessed?.pack ?? fallback;
    if (pack.id !== fallback.id) table = readTable(grid, pack);
    lap('read');
    const classification = classify(table, pack);
    lap('classify');
    const findings = runRules({ table, classification, pack });
    lap('rules');
    const sha256 = gridHash(grid);
    lap('hash');
    const report = buildReport({ table, classification, pack, chosenBy: guessed ? 'sheet' : 'default', findings, locale: 'ja', sha256, now: NOW });
    lap('report');
    const model = buildSubmissionSheet(report, pack, { createdAt: CREATED_AT, force: true });
    lap('submission');
    runs.push(times);
    kept.push(table, classification, findings, report, model);
  }
  collect();
  const live = process.memoryUsage().heapUsed;
  const [report, model] = kept.slice(3) as [CheckReport, SheetModel];
  const summary = { findings: report.findings.length, status: report.status, modelCells: cellCount(model.cells) };

  // The phases above must be what checkSheet does: same findings on the same grid.
  const reference = checkSheet(grid, { packs, locale: 'ja', now: NOW });
  if (reference.findings.length !== summary.findings) throw new Error(`phases disagree with checkSheet: ${summary.findings} vs ${reference.findings.length} findings`);
  if (floorCheck !== nfkcPass(grid) * floorRuns.length) throw new Error('the floor pass gave different results on the same grid');

  return {
    rows: args.rows,
    layout: args.layout,
    sheetRows: grid.values.length,
    sheetColumns: grid.values.reduce((w, row) => Math.max(w, row.length), 0),
    runs,
    floorRuns,
    baselineHeapMB: baseline / MB,
    sampledPeakHeapMB: peak / MB,
    liveHeapMB: live / MB,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    ...summary,
  };
}

const args = JSON.parse(process.argv[2] ?? '{}') as EngineChildArgs;
writeFileSync(args.out, JSON.stringify(main(args)));
