import { EngineCancelled, type Engine } from './engine';
import type { LocalOperations } from './local-engine';

/**
 * The engine in the page itself, for where there is no Web Worker (jsdom in the unit tests): a
 * shell that loads the engine's code on first use (local-engine.ts, a chunk of its own, so
 * none of it is in the pane's first download) and forwards each operation to it. Cancelling
 * cannot interrupt a step here, so a call cancelled meanwhile rejects when its step ends and
 * its result is dropped.
 */
export function inThreadEngine(): Engine {
  let local: Promise<LocalOperations> | null = null;
  let epoch = 0;
  const load = () => (local ??= import(/* webpackChunkName: "engine" */ './local-engine').then((m) => new m.LocalEngine()));
  /** A computation: dropped when cancel() comes while it runs. */
  const forward =
    <K extends Exclude<keyof LocalOperations, 'release'>>(name: K) =>
    async (...args: Parameters<LocalOperations[K]>): Promise<Awaited<ReturnType<LocalOperations[K]>>> => {
      const asked = epoch;
      const engine = await load();
      if (asked !== epoch) throw new EngineCancelled();
      // Reflect.apply: the arguments are an operation's few, but src/ passes no list as spread arguments.
      const result = await Reflect.apply(engine[name], engine, args);
      if (asked !== epoch) throw new EngineCancelled();
      return result;
    };
  /** A question about results the engine keeps: they stay on screen through a cancel, and so do their answers. */
  const ask =
    <K extends Exclude<keyof LocalOperations, 'release'>>(name: K) =>
    async (...args: Parameters<LocalOperations[K]>): Promise<Awaited<ReturnType<LocalOperations[K]>>> => {
      const engine = await load();
      return Reflect.apply(engine[name], engine, args);
    };
  return {
    kind: 'in-thread',
    openWorkbook: forward('openWorkbook'),
    readSheet: forward('readSheet'),
    putGrid: forward('putGrid'),
    inspect: forward('inspect'),
    check: forward('check'),
    submission: forward('submission'),
    xlsx: forward('xlsx'),
    previousYear: forward('previousYear'),
    findings: ask('findings'),
    findingLines: ask('findingLines'),
    findingStep: ask('findingStep'),
    rows: ask('rows'),
    acceptHighConfidence: ask('acceptHighConfidence'),
    gridRows: ask('gridRows'),
    modelRows: ask('modelRows'),
    reportJson: ask('reportJson'),
    model: ask('model'),
    grid: ask('grid'),
    release: (ref) => void load().then((engine) => engine.release(ref)),
    cancel: () => void epoch++,
  };
}
