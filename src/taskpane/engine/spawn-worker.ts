import type { WorkerLike } from './worker-engine';

/**
 * Starts the engine worker: webpack turns this `new Worker(new URL(…))` into a chunk of its own,
 * outside the pane's first download. Kept alone in this file because jest (CommonJS) cannot
 * parse `import.meta`: there it is replaced by test/helpers/no-worker.ts.
 */
export function spawnEngineWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'budget-check-engine' }) as unknown as WorkerLike;
}
