import type { ProgressCallback } from './engine';
import type { FromWorker, OperationName, ToWorker } from './protocol';
import { Missing } from './missing';
import { Assembly } from './transfer';

/** A port that behaves like a Worker: the real one in the browser, a stand-in in tests. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
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

/**
 * The page's end of one worker: requests and their answers (a big answer arrives as a head and
 * parts, put together here), progress, and the keeper's word that a result is kept.
 */
export class WorkerLink {
  private readonly pending = new Map<number, Pending>();

  constructor(
    readonly worker: WorkerLike,
    private readonly events: { kept?(id: number): void; failed(link: WorkerLink, error: Error): void },
  ) {
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      // A worker that failed (its script did not load, say) is not asked again: the next call starts a new one.
      worker.terminate();
      const error = new Error(event.message || 'an engine worker failed');
      this.failAll(error);
      events.failed(this, error);
    };
  }

  private receive(message: FromWorker): void {
    if (message.kind === 'kept') return this.events.kept?.(message.id);
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
        pending.assembly?.add(message.path, message.items);
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

  call(request: number, op: OperationName, input: unknown, resultId: number, onProgress?: ProgressCallback, transfer: Transferable[] = []): Promise<{ output: unknown; value: unknown }> {
    return new Promise((resolve, reject) => {
      this.pending.set(request, { onProgress, assembly: null, resolve, reject });
      this.worker.postMessage({ kind: 'run', request, op, input, resultId }, transfer);
    });
  }

  failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
