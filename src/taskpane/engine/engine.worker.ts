/// <reference lib="webworker" />
/** The engine's worker (engine-runner.ts): messages in, messages out. */
import { EngineRunner } from './engine-runner';
import type { ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const runner = new EngineRunner((message, transfer = []) => self.postMessage(message, transfer));
self.onmessage = (event: MessageEvent<ToWorker>) => void runner.receive(event.data);
