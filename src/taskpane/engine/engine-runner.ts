import type { SheetGrid } from '../../domain/model/grid';
import type { CheckReport } from '../../domain/model/report';
import type { SheetModel } from '../../domain/model/sheet-model';
import type { XlsxWorkbookSource } from '../../xlsx/workbook-source';
import { applyEdits } from '../demo-edits';
import { sameGridInSlices } from '../same-grid';
import { modelHead, reportHead, sheetHandle } from './heads';
import type { PortLike } from './keeper';
import type { EngineOperations, EngineProgress, FromWorker, ToWorker } from './protocol';
import { Missing } from './result-store';
import { EngineService } from './service';
import { Arrivals, putMessages } from './transfer';

type Progress = (p: EngineProgress) => void;
type Run = { [K in keyof EngineOperations]: (input: EngineOperations[K]['input'], resultId: number, progress: Progress) => Promise<EngineOperations[K]['output']> };

/** The worker has nothing else to do while it compares two reads: no need to pause between slices. */
const noPause = async () => undefined;

/** Objects this worker keeps of its own: the last few it made or fetched. */
const KEEP = 6;

/**
 * The engine worker (engine.worker.ts runs it): a thin adapter from messages (protocol.ts) to
 * EngineService. Each result it makes (a grid read from the demo's workbook, a report, a model)
 * goes to the keeper, which keeps it for the page's views; the page gets only its head. It keeps
 * its own results too (the next step usually needs them) and asks the keeper for an input it
 * lacks: after ［キャンセル］ ended the worker before it, it has none.
 */
export class EngineRunner {
  private readonly kept = new Map<number, unknown>();
  private readonly workbooks = new Map<number, XlsxWorkbookSource>();
  private keeper: PortLike | null = null;
  private readonly asked = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly fromKeeper = new Arrivals((id, value) => {
    this.keep(id, value);
    this.asked.get(id)?.resolve(value);
    this.asked.delete(id);
  });

  constructor(
    private readonly post: (message: FromWorker, transfer?: Transferable[]) => void,
    private readonly service = new EngineService(),
  ) {}

  async receive(message: ToWorker): Promise<void> {
    if (message.kind === 'connect') return this.connect(message.port as unknown as PortLike);
    if (message.kind !== 'run') return;
    const { request, op, input, resultId } = message;
    try {
      const progress = (p: EngineProgress) => this.post({ kind: 'progress', request, progress: p });
      const output = await (this.run[op as keyof Run] as (input: unknown, resultId: number, progress: Progress) => Promise<unknown>)(input, resultId, progress);
      this.post({ kind: 'done', request, output }, output instanceof Uint8Array ? [output.buffer as ArrayBuffer] : []);
    } catch (error) {
      if (error instanceof Missing) this.post({ kind: 'missing', request, id: error.id });
      else this.post({ kind: 'failed', request, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private connect(port: PortLike): void {
    this.keeper = port;
    port.onmessage = (event) => {
      const message = event.data;
      if (message.kind === 'put-head' || message.kind === 'put-part') return this.fromKeeper.receive(message);
      if (message.kind === 'missing') {
        this.asked.get(message.id)?.reject(new Missing(message.id));
        this.asked.delete(message.id);
      }
    };
  }

  private keep(id: number, value: unknown): void {
    this.kept.delete(id);
    this.kept.set(id, value);
    for (const old of this.kept.keys()) {
      if (this.kept.size <= KEEP) break;
      this.kept.delete(old);
    }
  }

  /** `test` of a kept object, or false when neither this worker nor the keeper keeps it any more. */
  private async withKept<T>(id: number, test: (value: T) => Promise<boolean>): Promise<boolean> {
    try {
      return await test(await this.need<T>(id));
    } catch (error) {
      if (error instanceof Missing) return false;
      throw error;
    }
  }

  /** A kept object: this worker's own, or the keeper's (fetched once). */
  private need<T>(id: number): Promise<T> {
    if (this.kept.has(id)) return Promise.resolve(this.kept.get(id) as T);
    const keeper = this.keeper;
    if (keeper === null) return Promise.reject(new Missing(id));
    return new Promise<T>((resolve, reject) => {
      this.asked.set(id, { resolve: resolve as (value: unknown) => void, reject });
      keeper.postMessage({ kind: 'fetch', id });
    });
  }

  /** Keeps a result here and hands it to the keeper in parts, saying how far it has got. */
  private handOver(id: number, value: object, progress: Progress): void {
    this.keep(id, value);
    const keeper = this.keeper;
    if (keeper === null) throw new Error('the engine worker is not connected to its keeper');
    const messages = putMessages(id, value);
    messages.forEach((message, i) => {
      keeper.postMessage(message);
      if (i % 20 === 0 || i === messages.length - 1) progress({ phase: 'transfer', done: i + 1, total: messages.length });
    });
  }

  private readonly run: Run = {
    openWorkbook: async ({ bytes }, resultId) => {
      const source = await this.service.openWorkbook(bytes);
      this.workbooks.set(resultId, source);
      return { sheetNames: await source.sheetNames() };
    },
    readSheet: async ({ workbook, sheet, edits, previous }, resultId, progress) => {
      const source = this.workbooks.get(workbook);
      if (source === undefined) throw new Missing(workbook);
      progress({ phase: 'reading-sheet' });
      const grid = applyEdits(await source.readSheet(sheet), edits);
      // The sheet unchanged since the read the pane has: nothing new is kept anywhere. (Compared
      // here, in the worker that read it, only when there is something to compare with.)
      if (previous !== undefined && (await this.withKept(previous, (before: SheetGrid) => sameGridInSlices(before, grid, noPause)))) return 'same';
      this.handOver(resultId, grid, progress);
      return sheetHandle(grid, resultId);
    },
    inspect: async ({ grid, packId, loaded }, _, progress) => {
      const sheet = await this.need<SheetGrid>(grid);
      progress({ phase: 'inspecting' });
      return this.service.inspect(sheet, packId, loaded);
    },
    check: async ({ grid, request }, resultId, progress) => {
      const report = this.service.check(await this.need<SheetGrid>(grid), request, progress);
      this.handOver(resultId, report, progress);
      return reportHead(report, resultId);
    },
    submission: async ({ report, request }, resultId, progress) => {
      const model = this.service.submission(await this.need<CheckReport>(report), request, progress);
      this.handOver(resultId, model, progress);
      return modelHead(model, resultId);
    },
    xlsx: async ({ model }, _, progress) => this.service.xlsx(await this.need<SheetModel>(model), progress),
    previousYear: async (input) =>
      this.service.previousYear('bytes' in input ? { bytes: input.bytes, file: input.file } : { grid: await this.need<SheetGrid>(input.grid), kind: input.kind }, input.request),
    release: async ({ id }) => {
      this.kept.delete(id);
      return null;
    },
  };
}
