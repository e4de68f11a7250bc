/// <reference lib="webworker" />
/** The keeper's worker (keeper.ts): messages in, messages out. */
import { Keeper } from './keeper';
import type { ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const keeper = new Keeper((message) => self.postMessage(message));
self.onmessage = (event: MessageEvent<ToWorker>) => keeper.receive(event.data);
