import type { SheetGrid } from '../../domain/model/grid';
import type { CheckReport } from '../../domain/model/report';
import type { SheetModel } from '../../domain/model/sheet-model';
import { EngineCancelled, type Engine, type ProgressCallback, type WorkbookHandle } from './engine';
import { yieldToPage } from '../yield';
import { Assembly, splitForTransfer, type FromWorker, type OperationName, type Operations, type ToWorker } from './protocol';

/** A port that behaves like a Worker: the real one in the browser, a stand-in in tests. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Pending {
  readonly onProgress: ProgressCallback | undefined;
  assembly: Assembly | null;
  resolve(result: { output: unknown; value: unknown }): void;
  reject(error: Error): void;
}

class Missing extends Error {
  constructor(readonly id: number) {
    super(`the engine no longer keeps object ${id}`);
  }
}


/**
 * The engine in a Web Worker (engine.worker.ts). One operation at a time, in the order asked.
 * Objects the pane got from the worker (a grid, a report, a model) are remembered with their
 * id, so asking about them sends only the id; an object the worker does not have is sent in
 * parts, yielding to the page between them. cancel() ends the worker: a new one starts on the
 * next call and opens the demo's workbook again from the bytes kept here.
 */
export class WorkerEngine implements Engine {
  readonly kind = 'worker';
  private worker: WorkerLike | null = null;
  /** Counts workers started: an id is valid only in the worker that gave or got it. */
  private generation = 0;
  private nextId = 1;
  private readonly ids = new WeakMap<object, { generation: number; id: number }>();
  /** Ids the worker said it no longer keeps (it keeps the last few objects). */
  private readonly dropped = new Set<number>();
  private readonly workbooks = new WeakMap<WorkbookHandle, Uint8Array>();
  private readonly pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly spawn: () => WorkerLike) {}

  private started(): WorkerLike {
    if (this.worker !== null) return this.worker;
    const worker = this.spawn();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      // A worker that failed (its script did not load, say) is not asked again: the next call starts a new one.
      worker.terminate();
      if (this.worker === worker) this.worker = null;
      this.generation++;
      this.failAll(new Error(event.message || 'the engine worker failed'));
    };
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  private receive(message: FromWorker): void {
    const pending = this.pending.get(message.request);
    if (pending === undefined) return;
    switch (message.kind) {
      case 'progress':
        pending.onProgress?.(message.progress);
        return;
      case 'head':
        pending.assembly = new Assembly(message.head as Record<string, unknown>, message.parts);
        return;
      case 'part':
        pending.assembly?.add(message.field, message.items);
        if (pending.assembly !== null) pending.onProgress?.({ phase: 'transfer', done: pending.assembly.done, total: pending.assembly.parts });
        return;
      case 'done':
        this.pending.delete(message.request);
        pending.resolve({ output: message.output, value: pending.assembly?.value });
        return;
      case 'missing':
        this.pending.delete(message.request);
        pending.reject(new Missing(message.id));
        return;
      case 'failed':
        this.pending.delete(message.request);
        pending.reject(new Error(message.message));
    }
  }

  private known(value: object): number | null {
    const known = this.ids.get(value);
    return known !== undefined && known.generation === this.generation && !this.dropped.has(known.id) ? known.id : null;
  }

  /** The id the current worker knows `value` by, sending it first when it does not. */
  private async idOf(value: object): Promise<number> {
    const known = this.known(value);
    if (known !== null) return known;
    const id = this.nextId++;
    const { head, parts } = splitForTransfer(value);
    const worker = this.started();
    worker.postMessage({ kind: 'put-head', id, head, parts: parts.length });
    for (const part of parts) {
      await yieldToPage();
      worker.postMessage({ kind: 'put-part', id, field: part.field, items: part.items });
    }
    this.ids.set(value, { generation: this.generation, id });
    return id;
  }

  private call<K extends OperationName>(op: K, input: Operations[K]['input'], resultId: number, onProgress?: ProgressCallback): Promise<{ output: Operations[K]['output']; value: unknown }> {
    const request = this.nextId++;
    const worker = this.started();
    return new Promise((resolve, reject) => {
      this.pending.set(request, { onProgress, assembly: null, resolve: resolve as Pending['resolve'], reject });
      worker.postMessage({ kind: 'run', request, op, input, resultId });
    });
  }

  /**
   * Runs `work` after everything asked before it; rejects with EngineCancelled when cancel()
   * came since it was asked. An object the worker dropped is sent again once.
   */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const generation = this.generation;
    const attempt = async () => {
      if (generation !== this.generation) throw new EngineCancelled();
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof Missing)) throw error;
        this.dropped.add(error.id);
        return work();
      }
    };
    const result = this.queue.then(attempt, attempt);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Runs an operation whose result the worker keeps, and remembers the result's id. */
  private async stored<T extends object>(op: 'check' | 'submission', input: () => Promise<Operations[typeof op]['input']>, onProgress?: ProgressCallback): Promise<T> {
    const resultId = this.nextId++;
    const { value } = await this.call(op, await input(), resultId, onProgress);
    this.ids.set(value as object, { generation: this.generation, id: resultId });
    return value as T;
  }

  /** The id of the workbook in the current worker, opening it there again after a cancel. */
  private async workbookId(workbook: WorkbookHandle): Promise<number> {
    const known = this.known(workbook);
    if (known !== null) return known;
    const bytes = this.workbooks.get(workbook);
    if (bytes === undefined) throw new Error('not a workbook this engine opened');
    const id = this.nextId++;
    await this.call('openWorkbook', { bytes }, id);
    this.ids.set(workbook, { generation: this.generation, id });
    return id;
  }

  openWorkbook: Engine['openWorkbook'] = (bytes) =>
    this.enqueue(async () => {
      const id = this.nextId++;
      const { output } = await this.call('openWorkbook', { bytes }, id);
      const handle: WorkbookHandle = { sheetNames: output.sheetNames };
      this.workbooks.set(handle, bytes);
      this.ids.set(handle, { generation: this.generation, id });
      return handle;
    });

  readSheet: Engine['readSheet'] = (workbook, sheet, previous, onProgress) =>
    this.enqueue(async () => {
      // A grid the worker lacks (a new worker after a cancel) is sent to it first, in parts: then an
      // unchanged sheet still does not cross back, and the page never holds two copies of it.
      const previousId = previous !== undefined ? await this.idOf(previous) : null;
      const resultId = this.nextId++;
      const input = { workbook: await this.workbookId(workbook), sheet, ...(previousId !== null ? { previous: previousId } : {}) };
      const { output, value } = await this.call('readSheet', input, resultId, onProgress);
      if (output === 'same') return previous!;
      this.ids.set(value as object, { generation: this.generation, id: resultId });
      return value as SheetGrid;
    });

  inspect: Engine['inspect'] = (grid, packId, loaded) =>
    this.enqueue(
      async () =>
        (await this.call('inspect', { grid: await this.idOf(grid), ...(packId !== undefined ? { packId } : {}), ...(loaded !== undefined && loaded.length > 0 ? { loaded } : {}) }, 0)).output,
    );

  check: Engine['check'] = (grid, request, onProgress) =>
    this.enqueue(() => this.stored<CheckReport>('check', async () => ({ grid: await this.idOf(grid), request }), onProgress));

  submission: Engine['submission'] = (report, request, onProgress) =>
    this.enqueue(() => this.stored<SheetModel>('submission', async () => ({ report: await this.idOf(report), request }), onProgress));

  xlsx: Engine['xlsx'] = (model, onProgress) =>
    this.enqueue(async () => (await this.call('xlsx', { model: await this.idOf(model) }, 0, onProgress)).output);

  previousYear: Engine['previousYear'] = (source, request) =>
    this.enqueue(async () => {
      // A grid the pane read from the workbook goes as any grid does (kept by id); a file's bytes go as they are.
      const input = 'bytes' in source ? { bytes: source.bytes, file: source.file, request } : { grid: await this.idOf(source.grid), kind: source.kind, request };
      return (await this.call('previousYear', input, 0)).output;
    });

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.generation++;
    this.failAll(new EngineCancelled());
  }
}
