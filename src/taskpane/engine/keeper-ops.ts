import { writeReportJson } from '../../domain/engine/report-json';
import type { SheetGrid } from '../../domain/model/grid';
import { rowsOfCells } from '../../domain/model/model-cells';
import type { CheckReport } from '../../domain/model/report';
import type { SheetModel } from '../../domain/model/sheet-model';
import { acceptHighConfidence } from '../acceptance';
import { sheetHandle } from './heads';
import type { KeeperOperations } from './protocol';
import type { ResultStore } from './result-store';

type Answers = { [K in Exclude<keyof KeeperOperations, 'whole'>]: (store: ResultStore, input: KeeperOperations[K]['input']) => KeeperOperations[K]['output'] };

/**
 * The answers to the page's questions about kept objects: the same in the keeper worker and in
 * the in-thread engine (jsdom), so the views see the same lines either way.
 */
export const keeperAnswers: Answers = {
  describe: (store, { grid }) => sheetHandle(store.get<SheetGrid>(grid), grid),
  findings: (store, { report, shown }) => store.findings(report).outline(shown),
  findingLines: (store, { report, shown, from, to }) => store.findings(report).lines(shown, from, to),
  findingStep: (store, { report, shown, line, step }) => store.findings(report).step(shown, line, step),
  rows: (store, { report, from, to }) => store.get<CheckReport>(report).rows.slice(Math.max(0, from), to),
  acceptHighConfidence: (store, { report, accepted }) => acceptHighConfidence(accepted, store.get<CheckReport>(report)),
  gridRows: (store, { grid, from, to }) => store.get<SheetGrid>(grid).values.slice(Math.max(0, from), to),
  // A model's cells are kept by rows (ModelCells): the rows in view are read straight from them.
  modelRows: (store, { model, from, to }) => rowsOfCells(store.get<SheetModel>(model).cells, from, to),
  reportJson: (store, { report }) => {
    // The CLI's --report, byte for byte: one schema, one writer. A Blob of its pieces: never one string.
    const chunks: string[] = [];
    writeReportJson(store.get<CheckReport>(report), (chunk) => chunks.push(chunk));
    return new Blob(chunks, { type: 'application/json' });
  },
  release: (store, { id }) => {
    store.release(id);
    return null;
  },
};
