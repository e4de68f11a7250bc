/// <reference lib="webworker" />
/**
 * The engine off the pane's main thread: a thin adapter from messages (protocol.ts) to
 * EngineService. Inputs and results are kept here under the ids the pane gives them, so a
 * report or a model crosses to the pane once, in parts, and is never sent back.
 */
import type { SheetGrid } from '../../domain/model/grid';
import type { CheckReport } from '../../domain/model/report';
import type { SheetModel } from '../../domain/model/sheet-model';
import type { XlsxWorkbookSource } from '../../xlsx/workbook-source';
import { Assembly, splitForTransfer, type EngineProgress, type FromWorker, type Operations, type ToWorker } from './protocol';
import { EngineService } from './service';
import { sameGridInSlices } from '../same-grid';

declare const self: DedicatedWorkerGlobalScope;

const service = new EngineService();
/** Objects by id, oldest first. The pane holds a few at a time (a grid, its report, a model). */
const kept = new Map<number, unknown>();
const KEEP = 8;
const arriving = new Map<number, Assembly>();
const workbooks = new Map<number, XlsxWorkbookSource>();

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

function keep(id: number, value: unknown): void {
  kept.set(id, value);
  for (const old of kept.keys()) {
    if (kept.size <= KEEP) break;
    kept.delete(old);
  }
}

class Missing extends Error {
  constructor(readonly id: number) {
    super(`object ${id} is not kept`);
  }
}

function get<T>(id: number): T {
  if (!kept.has(id)) throw new Missing(id);
  return kept.get(id) as T;
}

/** Sends a result in parts (see protocol.ts), each its own message. */
function send(request: number, value: object): void {
  const { head, parts } = splitForTransfer(value);
  post({ kind: 'head', request, head, parts: parts.length });
  for (const part of parts) post({ kind: 'part', request, field: part.field, items: part.items });
}

type Run = { [K in keyof Operations]: (input: Operations[K]['input'], resultId: number, progress: (p: EngineProgress) => void) => Promise<Operations[K]['output']> };

const run: Run = {
  openWorkbook: async ({ bytes }, resultId) => {
    const source = await service.openWorkbook(bytes);
    workbooks.set(resultId, source);
    return { sheetNames: await source.sheetNames() };
  },
  readSheet: async ({ workbook, sheet, previous }, resultId, progress) => {
    const source = workbooks.get(workbook);
    if (source === undefined) throw new Missing(workbook);
    progress({ phase: 'reading-sheet' });
    const grid = await source.readSheet(sheet);
    // The sheet unchanged since the pane's copy: it keeps that copy, and nothing crosses.
    if (previous !== undefined && kept.has(previous) && (await sameGridInSlices(get<SheetGrid>(previous), grid, async () => undefined))) return 'same';
    keep(resultId, grid);
    return 'stored';
  },
  inspect: async ({ grid, packId, loaded }, _, progress) => {
    progress({ phase: 'inspecting' });
    return service.inspect(get<SheetGrid>(grid), packId, loaded);
  },
  check: async ({ grid, request }, resultId, progress) => {
    keep(resultId, service.check(get<SheetGrid>(grid), request, progress));
    return 'stored';
  },
  submission: async ({ report, request }, resultId, progress) => {
    keep(resultId, service.submission(get<CheckReport>(report), request, progress));
    return 'stored';
  },
  xlsx: async ({ model }, _, progress) => service.xlsx(get<SheetModel>(model), progress),
  previousYear: async (input) =>
    service.previousYear('bytes' in input ? { bytes: input.bytes, file: input.file } : { grid: get<SheetGrid>(input.grid), kind: input.kind }, input.request),
};

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'put-head') {
    const assembly = new Assembly(message.head as Record<string, unknown>, message.parts);
    if (assembly.complete) keep(message.id, assembly.value);
    else arriving.set(message.id, assembly);
    return;
  }
  if (message.kind === 'put-part') {
    const assembly = arriving.get(message.id);
    if (assembly === undefined) return;
    assembly.add(message.field, message.items);
    if (assembly.complete) {
      arriving.delete(message.id);
      keep(message.id, assembly.value);
    }
    return;
  }
  const { request, op, input, resultId } = message;
  try {
    const progress = (p: EngineProgress) => post({ kind: 'progress', request, progress: p });
    const output = await (run[op] as (input: unknown, resultId: number, progress: (p: EngineProgress) => void) => Promise<unknown>)(input, resultId, progress);
    if (output === 'stored') send(request, kept.get(resultId) as object);
    post({ kind: 'done', request, output }, output instanceof Uint8Array ? [output.buffer as ArrayBuffer] : []);
  } catch (error) {
    if (error instanceof Missing) post({ kind: 'missing', request, id: error.id });
    else post({ kind: 'failed', request, message: error instanceof Error ? error.message : String(error) });
  }
};
