import { EngineCancelled } from '../../src/taskpane/engine/engine';
import { Assembly, splitForTransfer, type FromWorker, type ToWorker } from '../../src/taskpane/engine/protocol';
import { WorkerEngine, type WorkerLike } from '../../src/taskpane/engine/worker-engine';
import type { SheetGrid } from '../../src/domain/model/grid';

/**
 * The pane's side of the worker protocol, against a stand-in worker that answers as
 * engine.worker.ts does: objects kept by id, results sent as a head and parts.
 */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: ToWorker[] = [];
  readonly kept = new Map<number, unknown>();
  private readonly arriving = new Map<number, Assembly>();
  terminated = false;
  /** When set, a 'check' is left unanswered (a long check). */
  hang = false;

  postMessage(message: ToWorker): void {
    this.received.push(message);
    if (message.kind === 'put-head') {
      const assembly = new Assembly(message.head as Record<string, unknown>, message.parts);
      if (assembly.complete) this.kept.set(message.id, assembly.value);
      else this.arriving.set(message.id, assembly);
      return;
    }
    if (message.kind === 'put-part') {
      const assembly = this.arriving.get(message.id)!;
      assembly.add(message.field, message.items);
      if (assembly.complete) this.kept.set(message.id, assembly.value);
      return;
    }
    const { request, input } = message;
    const grid = this.kept.get((input as { grid: number }).grid) as SheetGrid | undefined;
    if (this.hang) return;
    queueMicrotask(() => {
      if (grid === undefined) return this.send({ kind: 'missing', request, id: (input as { grid: number }).grid });
      this.send({ kind: 'progress', request, progress: { phase: 'classifying', done: 0, total: grid.values.length } });
      // A "report" with as many rows as the grid: long enough to travel in parts.
      const report = { sheet: grid.sheetName, rows: grid.values.map((_, i) => ({ row: i })) };
      this.kept.set(message.resultId, report);
      const { head, parts } = splitForTransfer(report);
      this.send({ kind: 'head', request, head, parts: parts.length });
      for (const part of parts) this.send({ kind: 'part', request, field: part.field, items: part.items });
      this.send({ kind: 'done', request, output: 'stored' });
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  forget(): void {
    this.kept.clear();
  }

  private send(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

const request = { locale: 'ja' as const, now: '2026-12-03T00:00:00.000Z' };
const bigGrid = (): SheetGrid => ({ sheetName: 'S', originRow: 0, originCol: 0, values: Array.from({ length: 5_000 }, (_, r) => [`事業${r}`, r]) });

describe('WorkerEngine (the pane side of the engine worker)', () => {
  it('sends a grid once, in parts, and gets the report back whole from its parts', async () => {
    const workers: FakeWorker[] = [];
    const engine = new WorkerEngine(() => workers[workers.push(new FakeWorker()) - 1]);
    const grid = bigGrid();
    const progress: string[] = [];
    const report = (await engine.check(grid, request, (p) => progress.push(p.phase))) as unknown as { rows: { row: number }[] };
    expect(report.rows).toHaveLength(5_000);
    expect(report.rows[4_999]).toEqual({ row: 4_999 });
    expect(progress).toContain('classifying');
    expect(progress).toContain('transfer');
    const puts = workers[0].received.filter((m) => m.kind === 'put-part');
    expect(puts.length).toBeGreaterThan(1);
    // The same grid again: only its id travels.
    await engine.check(grid, request);
    expect(workers[0].received.filter((m) => m.kind === 'put-part')).toHaveLength(puts.length);
  });

  it('sends a grid again when the worker no longer keeps it', async () => {
    const worker = new FakeWorker();
    const engine = new WorkerEngine(() => worker);
    const grid = bigGrid();
    await engine.check(grid, request);
    worker.forget();
    const report = (await engine.check(grid, request)) as unknown as { rows: unknown[] };
    expect(report.rows).toHaveLength(5_000);
    expect(worker.received.filter((m) => m.kind === 'put-head')).toHaveLength(2);
  });

  it('cancel ends the worker, rejects the running check, and the next check runs in a new worker', async () => {
    const workers: FakeWorker[] = [];
    const engine = new WorkerEngine(() => workers[workers.push(new FakeWorker()) - 1]);
    const grid = bigGrid();
    await engine.check(grid, request);
    workers[0].hang = true;
    const running = engine.check(grid, request);
    await new Promise((resolve) => setTimeout(resolve, 0));
    engine.cancel();
    await expect(running).rejects.toBeInstanceOf(EngineCancelled);
    expect(workers[0].terminated).toBe(true);
    const report = (await engine.check(grid, request)) as unknown as { rows: unknown[] };
    expect(report.rows).toHaveLength(5_000);
    expect(workers).toHaveLength(2);
    // The new worker had never seen the grid: it was sent again.
    expect(workers[1].received.some((m) => m.kind === 'put-head')).toBe(true);
  });
});
