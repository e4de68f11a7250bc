import type { Engine } from './engine';
import { InThreadEngine } from './in-thread-engine';
import { spawnEngineWorker } from './spawn-worker';
import { WorkerEngine, type WorkerLike } from './worker-engine';

export { EngineCancelled, type Engine, type ProgressCallback, type WorkbookHandle } from './engine';
export type { EngineProgress } from './protocol';

let shared: Engine | null = null;

/**
 * The page's one engine: in a Web Worker where the browser has them (Excel's web views and
 * every browser the demo runs in), in the page where it has not (jsdom).
 */
export function pageEngine(): Engine {
  if (shared !== null) return shared;
  // The first worker starts at once, so its code is fetched while the user looks at the sheet.
  let first: WorkerLike | null = spawnEngineWorker();
  if (first === null) {
    shared = new InThreadEngine();
    return shared;
  }
  shared = new WorkerEngine(() => {
    const worker = first ?? spawnEngineWorker()!;
    first = null;
    return worker;
  });
  return shared;
}
