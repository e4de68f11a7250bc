import type { SheetGrid } from '../../domain/model/grid';
import type { SheetModel } from '../../domain/model/sheet-model';
import { yieldToPage } from '../yield';
import { EngineCancelled, type Engine, type ProgressCallback, type WorkbookHandle } from './engine';
import type { ModelHead, ReportHead, SheetHandle } from './handles';
import type { EngineOperations, KeeperOperations } from './protocol';
import { putMessages } from './transfer';
import { WorkerLink, type WorkerLike } from './worker-link';

export type { WorkerLike } from './worker-link';

/** The two ends of a channel between the workers (a MessageChannel in the browser). */
export interface PortPair {
  readonly port1: MessagePort;
  readonly port2: MessagePort;
}

/** How the workers are started: the real ones in the browser, stand-ins in tests. */
export interface WorkerFactory {
  engine(): WorkerLike;
  keeper(): WorkerLike;
  channel(): PortPair;
}

/**
 * The engine in two Web Workers: one computes (engine.worker.ts), one keeps the results and
 * answers the views (keeper.worker.ts). Computing operations run one at a time, in the order
 * asked; questions to the keeper go at once, so the views answer while a check runs. cancel()
 * ends the computing worker only: a new one starts on the next call, opens the demo's workbook
 * again from the bytes kept here, and gets what it needs from the keeper.
 */
export class WorkerEngine implements Engine {
  readonly kind = 'worker';
  private keeperLink: WorkerLink | null = null;
  private engineLink: WorkerLink | null = null;
  /** Counts computing workers: a workbook id is valid only in the worker that opened it. */
  private generation = 0;
  private nextId = 1;
  private readonly workbookIds = new WeakMap<WorkbookHandle, { generation: number; id: number }>();
  private readonly workbookBytes = new WeakMap<WorkbookHandle, Uint8Array>();
  /** Results the keeper said it keeps, and who waits for that word. */
  private readonly kept = new Set<number>();
  private readonly waiting = new Map<number, { resolve(): void; reject(error: Error): void }>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly factory: WorkerFactory) {}

  /** Starts both workers now rather than on the first call. */
  start(): void {
    this.engine();
  }

  private keeper(): WorkerLink {
    if (this.keeperLink !== null) return this.keeperLink;
    this.keeperLink = new WorkerLink(this.factory.keeper(), {
      kept: (id) => {
        const waiter = this.waiting.get(id);
        if (waiter === undefined) return void this.kept.add(id);
        this.waiting.delete(id);
        waiter.resolve();
      },
      failed: (link, error) => {
        if (this.keeperLink === link) this.keeperLink = null;
        // What it kept is gone; the computing worker's channel led to it.
        this.stopEngine(error);
      },
    });
    return this.keeperLink;
  }

  private engine(): WorkerLink {
    if (this.engineLink !== null) return this.engineLink;
    const keeper = this.keeper();
    const link = new WorkerLink(this.factory.engine(), {
      failed: (failed, error) => {
        if (this.engineLink === failed) this.stopEngine(error);
      },
    });
    const { port1, port2 } = this.factory.channel();
    keeper.worker.postMessage({ kind: 'connect', port: port1 }, [port1]);
    link.worker.postMessage({ kind: 'connect', port: port2 }, [port2]);
    this.engineLink = link;
    return link;
  }

  /** Ends the computing worker; what runs or waits on it rejects with `error`. */
  private stopEngine(error: Error): void {
    this.engineLink?.worker.terminate();
    this.engineLink?.failAll(error);
    this.engineLink = null;
    this.generation++;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  /** Resolves once the keeper has the result `id` whole. */
  private keptByKeeper(id: number): Promise<void> {
    if (this.kept.delete(id)) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }

  private async compute<K extends keyof EngineOperations>(op: K, input: EngineOperations[K]['input'], onProgress?: ProgressCallback, resultId = 0): Promise<EngineOperations[K]['output']> {
    const { output } = await this.engine().call(this.nextId++, op, input, resultId, onProgress);
    return output as EngineOperations[K]['output'];
  }

  /** An operation whose result the keeper keeps: done when the keeper has it. */
  private async produce<K extends 'readSheet' | 'check' | 'submission'>(op: K, input: EngineOperations[K]['input'], onProgress?: ProgressCallback): Promise<EngineOperations[K]['output']> {
    const resultId = this.nextId++;
    const output = await this.compute(op, input, onProgress, resultId);
    if (output !== 'same') await this.keptByKeeper(resultId);
    return output;
  }

  private async ask<K extends keyof KeeperOperations>(op: K, input: KeeperOperations[K]['input']): Promise<{ output: KeeperOperations[K]['output']; value: unknown }> {
    const answer = await this.keeper().call(this.nextId++, op, input, 0);
    return answer as { output: KeeperOperations[K]['output']; value: unknown };
  }

  /** Runs `work` after every computation asked before it; rejects with EngineCancelled when cancel() came since it was asked. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const generation = this.generation;
    const attempt = async () => {
      if (generation !== this.generation) throw new EngineCancelled();
      return work();
    };
    const result = this.queue.then(attempt, attempt);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** The id of the workbook in the current computing worker, opening it there again after a cancel. */
  private async workbookId(workbook: WorkbookHandle): Promise<number> {
    const known = this.workbookIds.get(workbook);
    if (known !== undefined && known.generation === this.generation) return known.id;
    const bytes = this.workbookBytes.get(workbook);
    if (bytes === undefined) throw new Error('not a workbook this engine opened');
    const id = this.nextId++;
    await this.compute('openWorkbook', { bytes }, undefined, id);
    this.workbookIds.set(workbook, { generation: this.generation, id });
    return id;
  }

  openWorkbook: Engine['openWorkbook'] = (bytes) =>
    this.enqueue(async () => {
      const id = this.nextId++;
      const output = await this.compute('openWorkbook', { bytes }, undefined, id);
      const handle: WorkbookHandle = { sheetNames: output.sheetNames };
      this.workbookBytes.set(handle, bytes);
      this.workbookIds.set(handle, { generation: this.generation, id });
      return handle;
    });

  readSheet: Engine['readSheet'] = (workbook, sheet, { edits, previous }, onProgress) =>
    this.enqueue(async () => {
      const input = { workbook: await this.workbookId(workbook), sheet, edits, ...(previous !== undefined ? { previous: previous.ref } : {}) };
      const output = await this.produce('readSheet', input, onProgress);
      return output === 'same' ? previous! : output;
    });

  putGrid: Engine['putGrid'] = async (grid) => {
    const id = this.nextId++;
    const keeper = this.keeper();
    // In parts, the page free between them: a grid Excel gave the page may be large.
    for (const [i, message] of putMessages(id, grid).entries()) {
      if (i > 0) await yieldToPage();
      keeper.worker.postMessage(message);
    }
    return (await this.ask('describe', { grid: id })).output;
  };

  inspect: Engine['inspect'] = (sheet, packId, loaded) =>
    this.enqueue(() =>
      this.compute('inspect', { grid: sheet.ref, ...(packId !== undefined ? { packId } : {}), ...(loaded !== undefined && loaded.length > 0 ? { loaded } : {}) }),
    );

  check: Engine['check'] = (sheet, request, onProgress) => this.enqueue(() => this.produce('check', { grid: sheet.ref, request }, onProgress));

  submission: Engine['submission'] = (report, request, onProgress) => this.enqueue(() => this.produce('submission', { report: report.ref, request }, onProgress));

  xlsx: Engine['xlsx'] = (model, onProgress) => this.enqueue(() => this.compute('xlsx', { model: model.ref }, onProgress));

  findings: Engine['findings'] = async (report, shown) => (await this.ask('findings', { report: report.ref, shown })).output;
  findingLines: Engine['findingLines'] = async (report, shown, from, to) => (await this.ask('findingLines', { report: report.ref, shown, from, to })).output;
  findingStep: Engine['findingStep'] = async (report, shown, line, step) => (await this.ask('findingStep', { report: report.ref, shown, line, step })).output;
  rows: Engine['rows'] = async (report, from, to) => (await this.ask('rows', { report: report.ref, from, to })).output;
  acceptHighConfidence: Engine['acceptHighConfidence'] = async (report, accepted) => (await this.ask('acceptHighConfidence', { report: report.ref, accepted })).output;
  gridRows: Engine['gridRows'] = async (sheet, from, to) => (await this.ask('gridRows', { grid: sheet.ref, from, to })).output;
  modelRows: Engine['modelRows'] = async (model, from, to) => (await this.ask('modelRows', { model: model.ref, from, to })).output;
  reportJson: Engine['reportJson'] = async (report: ReportHead) => (await this.ask('reportJson', { report: report.ref })).output;
  model: Engine['model'] = async (model: ModelHead) => (await this.ask('whole', { id: model.ref })).value as SheetModel;
  grid: Engine['grid'] = async (sheet: SheetHandle) => (await this.ask('whole', { id: sheet.ref })).value as SheetGrid;

  release(ref: number): void {
    const forget = () => undefined;
    this.keeperLink?.call(this.nextId++, 'release', { id: ref }, 0).catch(forget);
    this.engineLink?.call(this.nextId++, 'release', { id: ref }, 0).catch(forget);
  }

  previousYear: Engine['previousYear'] = (source, request) =>
    this.enqueue(async () => {
      // A sheet of the workbook is named by its kept grid (the engine worker fetches it from the keeper if it lacks it); a file's bytes go as they are.
      const input = 'bytes' in source ? { bytes: source.bytes, file: source.file, request } : { grid: source.sheet.ref, kind: source.kind, request };
      return this.compute('previousYear', input);
    });

  cancel(): void {
    this.stopEngine(new EngineCancelled());
  }
}
