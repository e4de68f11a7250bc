import type { Engine } from './engine';
import { inThreadEngine } from './in-thread-engine';
import { engineWorkers } from './spawn-worker';
import { WorkerEngine } from './worker-engine';

export { EngineCancelled, type Engine, type ProgressCallback, type WorkbookHandle } from './engine';
export type { FindingLine, FindingsOutline, GridRows, ModelHead, ReportHead, SheetHandle, Shown } from './handles';
export type { EngineProgress, SheetEdit } from './protocol';

let shared: Engine | null = null;

/**
 * The page's one engine: in Web Workers where the browser has them (Excel's web views and
 * every browser the demo runs in), in the page where it has not (jsdom).
 */
export function pageEngine(): Engine {
  if (shared !== null) return shared;
  const workers = engineWorkers();
  if (workers === null) {
    shared = inThreadEngine();
    return shared;
  }
  const engine = new WorkerEngine(workers);
  // Both workers start at once, so their code is fetched while the user looks at the sheet.
  engine.start();
  shared = engine;
  return shared;
}
