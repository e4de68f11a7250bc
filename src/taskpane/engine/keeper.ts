import { keeperAnswers } from './keeper-ops';
import type { Between, FromWorker, KeeperOperations, ToWorker } from './protocol';
import { Missing, ResultStore } from './result-store';
import { Arrivals, putMessages, splitForTransfer } from './transfer';

/** The keeper's end of its channel to the engine worker (a MessagePort in the browser). */
export interface PortLike {
  postMessage(message: Between): void;
  onmessage: ((event: MessageEvent<Between>) => void) | null;
  close(): void;
}

/**
 * The keeper (keeper.worker.ts runs it): holds every grid, report and model the engine made (or
 * the page read through Office.js) and answers the page's views with the lines in view. It
 * never computes a check, so it answers while one runs, and ［キャンセル］ (which ends the
 * engine worker) leaves it and what is on screen untouched.
 */
export class Keeper {
  private readonly store = new ResultStore();
  /** Grids the page sends (read through Office.js). */
  private readonly fromPage = new Arrivals((id, value) => this.store.put(id, value));
  /** The channel to the current engine worker, and results arriving on it. */
  private engine: PortLike | null = null;
  private readonly fromEngine = new Arrivals((id, value) => {
    this.store.put(id, value);
    this.post({ kind: 'kept', id });
  });

  constructor(private readonly post: (message: FromWorker) => void) {}

  receive(message: ToWorker): void {
    if (message.kind === 'connect') return this.connect(message.port as unknown as PortLike);
    if (message.kind === 'put-head' || message.kind === 'put-part') return this.fromPage.receive(message);
    const { request, op, input } = message;
    try {
      if (op === 'whole') {
        const { head, parts } = splitForTransfer(this.store.get<object>((input as KeeperOperations['whole']['input']).id));
        this.post({ kind: 'head', request, head, parts: parts.length });
        for (const part of parts) this.post({ kind: 'part', request, path: part.path, items: part.items });
        return this.post({ kind: 'done', request, output: 'sent' });
      }
      const answer = keeperAnswers[op as Exclude<keyof KeeperOperations, 'whole'>] as ((store: ResultStore, input: unknown) => unknown) | undefined;
      if (answer === undefined) throw new Error(`the keeper does not do '${op}'`);
      this.post({ kind: 'done', request, output: answer(this.store, input) });
    } catch (error) {
      if (error instanceof Missing) this.post({ kind: 'missing', request, id: error.id });
      else this.post({ kind: 'failed', request, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private connect(port: PortLike): void {
    // A cancelled engine worker's half-sent result is dropped with its channel.
    this.engine?.close();
    this.fromEngine.clear();
    this.engine = port;
    port.onmessage = (event) => {
      const message = event.data;
      if (message.kind === 'put-head' || message.kind === 'put-part') return this.fromEngine.receive(message);
      if (message.kind !== 'fetch') return;
      if (!this.store.has(message.id)) return port.postMessage({ kind: 'missing', id: message.id });
      for (const put of putMessages(message.id, this.store.get<object>(message.id))) port.postMessage(put);
    };
  }
}
