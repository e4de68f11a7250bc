import type { XlsxWorkbookSource } from '../../xlsx/workbook-source';
import { EngineCancelled, type Engine, type WorkbookHandle } from './engine';
import type { EngineService } from './service';

/**
 * The engine in the page itself, for where there is no Web Worker (jsdom in the unit tests).
 * Same operations and results as the worker; cancelling cannot interrupt a step, so a
 * cancelled call rejects when its step ends and its result is dropped.
 */
export class InThreadEngine implements Engine {
  readonly kind = 'in-thread';
  private service: Promise<EngineService> | null = null;
  private readonly sources = new WeakMap<WorkbookHandle, XlsxWorkbookSource>();
  private epoch = 0;

  /** The engine's code, in a chunk of its own (the page's first download stays the UI). */
  private load(): Promise<EngineService> {
    this.service ??= import(/* webpackChunkName: "engine" */ './service').then((m) => new m.EngineService());
    return this.service;
  }

  /** Runs a step, then drops its result if cancel() was called meanwhile. */
  private async step<T>(work: (service: EngineService) => T | Promise<T>): Promise<T> {
    const epoch = this.epoch;
    const service = await this.load();
    if (epoch !== this.epoch) throw new EngineCancelled();
    const result = await work(service);
    if (epoch !== this.epoch) throw new EngineCancelled();
    return result;
  }

  openWorkbook: Engine['openWorkbook'] = (bytes) =>
    this.step(async (service) => {
      const source = await service.openWorkbook(bytes);
      const handle: WorkbookHandle = { sheetNames: await source.sheetNames() };
      this.sources.set(handle, source);
      return handle;
    });

  readSheet: Engine['readSheet'] = (workbook, sheet, _previous, onProgress) =>
    this.step(() => {
      const source = this.sources.get(workbook);
      if (source === undefined) throw new Error('not a workbook this engine opened');
      onProgress?.({ phase: 'reading-sheet' });
      return source.readSheet(sheet);
    });

  inspect: Engine['inspect'] = (grid, packId, loaded) => this.step((service) => service.inspect(grid, packId, loaded));
  check: Engine['check'] = (grid, request, onProgress) => this.step((service) => service.check(grid, request, onProgress ?? (() => undefined)));
  submission: Engine['submission'] = (report, request, onProgress) =>
    this.step((service) => service.submission(report, request, onProgress ?? (() => undefined)));
  xlsx: Engine['xlsx'] = (model, onProgress) => this.step((service) => service.xlsx(model, onProgress ?? (() => undefined)));

  cancel(): void {
    this.epoch++;
  }
}
