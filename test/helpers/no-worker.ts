/** jest's stand-in for src/taskpane/engine/spawn-worker.ts (jsdom has no Worker): the pane then uses the in-thread engine. */
export function engineWorkers(): null {
  return null;
}
