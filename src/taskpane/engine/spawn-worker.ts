import type { WorkerFactory } from './worker-engine';

/**
 * Starts the engine's workers: webpack turns each `new Worker(new URL(…))` into a chunk of its
 * own, outside the pane's first download. Kept alone in this file because jest (CommonJS) cannot
 * parse `import.meta`: there it is replaced by test/helpers/no-worker.ts.
 */
export function engineWorkers(): WorkerFactory | null {
  if (typeof Worker === 'undefined' || typeof MessageChannel === 'undefined') return null;
  return {
    engine: () => new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'budget-check-engine' }) as unknown as ReturnType<WorkerFactory['engine']>,
    keeper: () => new Worker(new URL('./keeper.worker.ts', import.meta.url), { name: 'budget-check-keeper' }) as unknown as ReturnType<WorkerFactory['keeper']>,
    channel: () => new MessageChannel(),
  };
}
