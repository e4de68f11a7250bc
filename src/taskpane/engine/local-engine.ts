import type { SheetGrid } from '../../domain/model/grid';
import type { CheckReport } from '../../domain/model/report';
import type { SheetModel } from '../../domain/model/sheet-model';
import type { XlsxWorkbookSource } from '../../xlsx/workbook-source';
import { applyEdits } from '../demo-edits';
import { sameGridInSlices } from '../same-grid';
import type { Engine, WorkbookHandle } from './engine';
import { modelHead, reportHead, sheetHandle } from './heads';
import { keeperAnswers } from './keeper-ops';
import type { KeeperOperations } from './protocol';
import { ResultStore } from './result-store';
import { EngineService } from './service';

/** The in-page engine's operations (cancel is the shell's, in-thread-engine.ts). */
export type LocalOperations = Omit<Engine, 'kind' | 'cancel'>;

/**
 * The engine in the page itself, for where there is no Web Worker (jsdom in the unit tests):
 * the same service, store and answers as the two workers, called directly. Loaded on first use
 * (in-thread-engine.ts), so none of it is in the pane's first download.
 */
export class LocalEngine implements LocalOperations {
  private readonly service = new EngineService();
  private readonly store = new ResultStore();
  private readonly sources = new WeakMap<WorkbookHandle, XlsxWorkbookSource>();
  private nextId = 1;

  /** Keeps a result under a new ref. */
  private keep(value: unknown): number {
    const ref = this.nextId++;
    this.store.put(ref, value);
    return ref;
  }

  private async answer<K extends Exclude<keyof KeeperOperations, 'whole'>>(op: K, input: KeeperOperations[K]['input']): Promise<KeeperOperations[K]['output']> {
    return (keeperAnswers[op] as (store: ResultStore, input: unknown) => KeeperOperations[K]['output'])(this.store, input);
  }

  openWorkbook: Engine['openWorkbook'] = async (bytes) => {
    const source = await this.service.openWorkbook(bytes);
    const handle: WorkbookHandle = { sheetNames: await source.sheetNames() };
    this.sources.set(handle, source);
    return handle;
  };

  readSheet: Engine['readSheet'] = async (workbook, sheet, { edits, previous }, onProgress) => {
    const source = this.sources.get(workbook);
    if (source === undefined) throw new Error('not a workbook this engine opened');
    onProgress?.({ phase: 'reading-sheet' });
    const grid = applyEdits(await source.readSheet(sheet), edits);
    if (previous !== undefined && this.store.has(previous.ref) && (await sameGridInSlices(this.store.get<SheetGrid>(previous.ref), grid, async () => undefined))) return previous;
    return sheetHandle(grid, this.keep(grid));
  };

  putGrid: Engine['putGrid'] = async (grid) => sheetHandle(grid, this.keep(grid));

  inspect: Engine['inspect'] = async (sheet, packId, loaded) => this.service.inspect(this.store.get<SheetGrid>(sheet.ref), packId, loaded);

  check: Engine['check'] = async (sheet, request, onProgress) => {
    const report = this.service.check(this.store.get<SheetGrid>(sheet.ref), request, onProgress ?? (() => undefined));
    return reportHead(report, this.keep(report));
  };

  submission: Engine['submission'] = async (report, request, onProgress) => {
    const model = this.service.submission(this.store.get<CheckReport>(report.ref), request, onProgress ?? (() => undefined));
    return modelHead(model, this.keep(model));
  };

  xlsx: Engine['xlsx'] = (model, onProgress) => this.service.xlsx(this.store.get<SheetModel>(model.ref), onProgress ?? (() => undefined));

  previousYear: Engine['previousYear'] = (source, request) =>
    this.service.previousYear('bytes' in source ? source : { grid: this.store.get<SheetGrid>(source.sheet.ref), kind: source.kind }, request);

  findings: Engine['findings'] = (report, shown) => this.answer('findings', { report: report.ref, shown });
  findingLines: Engine['findingLines'] = (report, shown, from, to) => this.answer('findingLines', { report: report.ref, shown, from, to });
  findingStep: Engine['findingStep'] = (report, shown, line, step) => this.answer('findingStep', { report: report.ref, shown, line, step });
  rows: Engine['rows'] = (report, from, to) => this.answer('rows', { report: report.ref, from, to });
  acceptHighConfidence: Engine['acceptHighConfidence'] = (report, accepted) => this.answer('acceptHighConfidence', { report: report.ref, accepted });
  gridRows: Engine['gridRows'] = (sheet, from, to) => this.answer('gridRows', { grid: sheet.ref, from, to });
  modelRows: Engine['modelRows'] = (model, from, to) => this.answer('modelRows', { model: model.ref, from, to });
  reportJson: Engine['reportJson'] = (report) => this.answer('reportJson', { report: report.ref });
  model: Engine['model'] = async (model) => this.store.get<SheetModel>(model.ref);
  grid: Engine['grid'] = async (sheet) => this.store.get<SheetGrid>(sheet.ref);

  release(ref: number): void {
    this.store.release(ref);
  }
}
