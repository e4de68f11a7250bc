/**
 * This checkout's engine against another checkout's (e.g. main exported with `git archive`),
 * in one process, on one generated grid, runs taken in turns (ABAB…, the order flipped every
 * round): both see the same machine at the same moment, which separate `npm run bench` runs on
 * a shared, loaded machine do not. Prints CPU milliseconds per phase (median of the rounds) and
 * each side's ratio to the NFKC floor measured between them.
 *
 *   git archive main | tar -x -C /tmp/main && ln -s "$PWD/node_modules" /tmp/main/node_modules
 *   node --expose-gc --import tsx bench/compare.ts /tmp/main 10000 split-thousand 7
 *
 * The other checkout's engine must have the same entry points (readTable, classify, runRules,
 * gridHash, buildReport, buildSubmissionSheet); both read the grid this checkout generates.
 */
import { join, resolve } from 'node:path';
import type { SheetGrid } from '../src/domain/model/grid';
import { PHASES, type Phase } from './engine-phases';
import { nfkcPass } from './floor';
import { generateSheet, type SheetLayout } from './generate-sheet';

/** The engine's entry points as the benchmark calls them, loosely typed: the other side's types may differ. */
interface Engine {
  readonly packs: readonly { readonly fiscalYear: { readonly western: number } }[];
  run(grid: SheetGrid, lap: (phase: Phase) => void): void;
}

/* eslint-disable @typescript-eslint/no-require-imports -- each side's modules are loaded from its own folder */
function engineAt(root: string): Engine {
  const from = (path: string) => require(join(root, 'src/domain', path));
  const { classify } = from('classification');
  const { gridHash } = from('engine/hash');
  const { buildReport } = from('engine/report');
  const { loadPacks } = from('policy/registry');
  const { readTable } = from('reading');
  const { runRules } = from('rules/engine');
  const { buildSubmissionSheet } = from('submission');
  const packs = loadPacks();
  const pack = newest(packs);
  return {
    packs,
    run(grid, lap) {
      const table = readTable(grid, pack);
      lap('read');
      const classification = classify(table, pack);
      lap('classify');
      const findings = runRules({ table, classification, pack });
      lap('rules');
      const sha256 = gridHash(grid);
      lap('hash');
      const report = buildReport({ table, classification, pack, chosenBy: 'sheet', findings, locale: 'ja', sha256, now: new Date('2024-06-26T09:00:00+09:00') });
      lap('report');
      buildSubmissionSheet(report, pack, { createdAt: '2024-06-26T09:00:00+09:00', force: true });
      lap('submission');
    },
  };
}
/* eslint-enable @typescript-eslint/no-require-imports */

function newest<P extends { readonly fiscalYear: { readonly western: number } }>(packs: readonly P[]): P {
  return packs.reduce((a, b) => (b.fiscalYear.western > a.fiscalYear.western ? b : a));
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(argv: readonly string[]): void {
  const [other, rowsArg = '10000', layoutArg = 'split-thousand', roundsArg = '5'] = argv;
  if (!other) throw new Error('usage: node --expose-gc --import tsx bench/compare.ts OTHER_CHECKOUT [rows] [layout] [rounds]');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const sides = { other: engineAt(resolve(other)), this: engineAt(resolve(__dirname, '..')) };
  const rows = Number(rowsArg);
  const layout = layoutArg as SheetLayout;
  const { grid } = generateSheet({ rows, layout, pack: newest(sides.this.packs) as Parameters<typeof generateSheet>[0]['pack'] });
  const times = { other: [] as Record<Phase, number>[], this: [] as Record<Phase, number>[] };
  const floor: number[] = [];
  for (let round = 0; round < Number(roundsArg); round++) {
    for (const side of round % 2 === 0 ? (['other', 'this'] as const) : (['this', 'other'] as const)) {
      gc();
      const run = {} as Record<Phase, number>;
      let since = process.cpuUsage();
      sides[side].run(grid, (phase) => {
        run[phase] = cpuMs(since);
        since = process.cpuUsage();
      });
      times[side].push(run);
    }
    gc();
    const since = process.cpuUsage();
    nfkcPass(grid);
    floor.push(cpuMs(since));
  }
  const floorMs = median(floor);
  console.log(`${rows} rows, ${layout}, ${times.this.length} rounds; floor ${floorMs.toFixed(1)} CPU ms`);
  for (const side of ['other', 'this'] as const) {
    const total = median(times[side].map((run) => PHASES.reduce((sum, phase) => sum + run[phase], 0)));
    const phases = PHASES.map((phase) => `${phase} ${median(times[side].map((run) => run[phase])).toFixed(0)}`).join(' · ');
    console.log(`${side.padEnd(5)} ${total.toFixed(0)} ms (${(total / floorMs).toFixed(1)}× floor): ${phases}`);
  }
}

main(process.argv.slice(2));
