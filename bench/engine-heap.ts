/**
 * What a check keeps alive, phase by phase: heap after a full collection as each result is made
 * and kept (table, classification, findings, report, submission model), in MB and bytes per row.
 *
 *   node --expose-gc --import tsx bench/engine-heap.ts 20000 split-thousand
 */
import { classify } from '../src/domain/classification';
import { gridHash } from '../src/domain/engine/hash';
import { cellCount } from '../src/domain/model/model-cells';
import { buildReport } from '../src/domain/engine/report';
import { loadPacks } from '../src/domain/policy/registry';
import { readTable } from '../src/domain/reading/read-table';
import { runRules } from '../src/domain/rules/engine';
import { buildSubmissionSheet } from '../src/domain/submission';
import { generateSheet } from './generate-sheet';
const rows = Number(process.argv[2] ?? 20000);
const layout = (process.argv[3] ?? 'split-thousand') as 'split-thousand';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => { throw new Error('run with --expose-gc'); });
const packs = loadPacks();
const pack = packs[packs.length - 1];
const sheet = generateSheet({ rows, layout, pack });
const grid = sheet.grid;
const mb = () => { gc(); return process.memoryUsage().heapUsed / 2 ** 20; };
let last = mb();
const step = (name: string) => { const now = mb(); console.log(name.padEnd(14), (now - last).toFixed(1), 'MB', ((now - last) * 2 ** 20 / rows).toFixed(0), 'B/row'); last = now; };
step('grid');
const table = readTable(grid, pack); step('table');
const classification = classify(table, pack); step('classification');
const findings = runRules({ table, classification, pack }); step('findings');
const report = buildReport({ table, classification, pack, chosenBy: 'sheet', findings, locale: 'ja', sha256: gridHash(grid), now: new Date() }); step('report');
const model = buildSubmissionSheet(report, pack, { createdAt: '2024-06-26T09:00:00+09:00', force: true }); step('model');
console.log('cells', cellCount(model.cells), 'findings', findings.length, [table, classification, findings, report, model].length);
