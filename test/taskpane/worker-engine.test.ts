import { cellCount } from '../../src/domain/model/model-cells';
import { EngineCancelled } from '../../src/taskpane/engine/engine';
import { EngineRunner } from '../../src/taskpane/engine/engine-runner';
import { Keeper, type PortLike } from '../../src/taskpane/engine/keeper';
import type { Between, FromWorker, ToWorker } from '../../src/taskpane/engine/protocol';
import { WorkerEngine, type PortPair, type WorkerLike } from '../../src/taskpane/engine/worker-engine';
import { writeReportJson } from '../../src/domain/engine/report-json';
import { checkSheet } from '../../src/domain/engine/check';
import type { SheetGrid } from '../../src/domain/model/grid';
import { loadPacks } from '../../src/domain/policy/registry';
import { generateSheet, sheetToXlsx } from '../../bench/generate-sheet';

/**
 * The page's side of the two workers (worker-engine.ts) against the workers' own code (the
 * keeper and the engine runner), joined by stand-ins for Worker and MessageChannel that deliver
 * every message later and as a copy, as the browser does.
 */

/** What the browser does to a message: a copy (a channel's port travels as itself). */
const copy = <T>(message: T): T => ((message as { kind?: string }).kind === 'connect' ? message : structuredClone(message));
const later = (deliver: () => void) => setTimeout(deliver, 0);

class FakePort implements PortLike {
  onmessage: ((event: MessageEvent<Between>) => void) | null = null;
  other: FakePort | null = null;
  closed = false;
  readonly sent: Between[] = [];

  postMessage(message: Between): void {
    this.sent.push(message);
    const to = this.other!;
    later(() => !to.closed && !this.closed && to.onmessage?.({ data: copy(message) } as MessageEvent<Between>));
  }

  close(): void {
    this.closed = true;
  }
}

function channel(): PortPair {
  const port1 = new FakePort();
  const port2 = new FakePort();
  port1.other = port2;
  port2.other = port1;
  return { port1, port2 } as unknown as PortPair;
}

/** A worker running `core`: messages in after a turn, messages out after a turn; a busy one answers nothing. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: ToWorker[] = [];
  readonly posted: FromWorker[] = [];
  terminated = false;
  /** Stands for a long computation: messages of these operations are taken but never answered. */
  busyWith: string | null = null;
  private readonly core: { receive(message: ToWorker): unknown };

  constructor(make: (post: (message: FromWorker) => void) => { receive(message: ToWorker): unknown }) {
    this.core = make((message) => {
      if (this.terminated) return;
      this.posted.push(message);
      later(() => !this.terminated && this.onmessage?.({ data: copy(message) } as MessageEvent<FromWorker>));
    });
  }

  postMessage(message: ToWorker): void {
    this.received.push(message);
    if (message.kind === 'run' && message.op === this.busyWith) return;
    later(() => !this.terminated && void this.core.receive(copy(message)));
  }

  terminate(): void {
    this.terminated = true;
  }
}

function setup() {
  const engines: FakeWorker[] = [];
  const keepers: FakeWorker[] = [];
  const ports: FakePort[] = [];
  const engine = new WorkerEngine({
    engine: () => engines[engines.push(new FakeWorker((post) => new EngineRunner(post))) - 1],
    keeper: () => keepers[keepers.push(new FakeWorker((post) => new Keeper(post))) - 1],
    channel: () => {
      const pair = channel();
      ports.push(pair.port1 as unknown as FakePort, pair.port2 as unknown as FakePort);
      return pair;
    },
  });
  return { engine, engines, keepers, ports };
}

const pack = loadPacks().at(-1)!;
const sheet = (rows: number): SheetGrid => generateSheet({ rows, layout: 'split-thousand', pack }).grid;
const request = { locale: 'ja' as const, now: '2026-12-03T00:00:00.000Z' };
const messagesOf = (worker: FakeWorker, kind: FromWorker['kind']) => worker.posted.filter((m) => m.kind === kind);

describe('WorkerEngine (the page side of the engine worker and the keeper)', () => {
  it("gives the page a report's head only; the keeper answers its lines, a window at a time", async () => {
    const { engine, engines, keepers, ports } = setup();
    const grid = sheet(300);
    const handle = await engine.putGrid(grid);
    expect(handle).toMatchObject({ sheetName: grid.sheetName, rowCount: grid.values.length });
    expect(handle.head.values.length).toBeLessThan(grid.values.length);
    const phases: string[] = [];
    const report = await engine.check(handle, request, (p) => phases.push(p.phase));
    const whole = checkSheet(grid, { packs: loadPacks(), locale: 'ja', now: new Date(request.now) });

    // The head: counts and totals, no rows and no findings; the page never received them.
    expect(report).not.toHaveProperty('rows');
    expect(report).not.toHaveProperty('findings');
    expect(report).toMatchObject({ rowCount: whole.rows.length, findingCount: whole.findings.length, totals: whole.totals, summary: whole.summary });
    expect(report.highConfidence).toBe(whole.rows.filter((r) => r.projects.length === 0 && r.suggestions[0]?.confidence === 'high').length);
    expect([...messagesOf(engines[0], 'head'), ...messagesOf(engines[0], 'part')]).toEqual([]);
    // It went to the keeper in parts over their channel, and the page was told how far that got.
    expect(ports.flatMap((p) => p.sent).filter((m) => m.kind === 'put-part').length).toBeGreaterThan(1);
    expect(phases).toEqual(expect.arrayContaining(['classifying', 'transfer']));

    // Lines by index, from the keeper.
    expect(await engine.rows(report, 100, 103)).toEqual(whole.rows.slice(100, 103));
    const outline = await engine.findings(report, ['error', 'warning', 'info']);
    const lines = await engine.findingLines(report, ['error', 'warning', 'info'], 0, outline.count);
    expect(lines.filter((l) => l.kind === 'finding')).toHaveLength(whole.findings.length);
    // Each answer was small: no message from the keeper carried more than one window.
    expect(messagesOf(keepers[0], 'done').every((m) => JSON.stringify(m).length < 2_000_000)).toBe(true);
  });

  it("writes the report's JSON where the report is, the CLI's bytes", async () => {
    const { engine } = setup();
    const grid = sheet(120);
    const report = await engine.check(await engine.putGrid(grid), request);
    const json = await (await engine.reportJson(report)).text();
    const chunks: string[] = [];
    writeReportJson(checkSheet(grid, { packs: loadPacks(), locale: 'ja', now: new Date(request.now) }), (c) => chunks.push(c));
    expect(json).toBe(chunks.join(''));
  });

  it('cancel ends the engine worker only: the results on screen still answer, and the next check runs in a new worker fed by the keeper', async () => {
    const { engine, engines, keepers } = setup();
    const handle = await engine.putGrid(sheet(200));
    const shown = await engine.check(handle, request);
    const before = await engine.rows(shown, 0, 5);

    engines[0].busyWith = 'check';
    const running = engine.check(handle, request);
    await new Promise((resolve) => setTimeout(resolve, 10));
    // While it runs, the keeper answers the views.
    expect(await engine.rows(shown, 0, 5)).toEqual(before);
    engine.cancel();
    await expect(running).rejects.toBeInstanceOf(EngineCancelled);
    expect(engines[0].terminated).toBe(true);
    expect(keepers[0].terminated).toBe(false);
    // After it, too: nothing on screen was lost.
    expect(await engine.rows(shown, 0, 5)).toEqual(before);
    const outline = await engine.findings(shown, ['error', 'warning', 'info']);
    expect(outline.count).toBeGreaterThan(0);

    // A new worker, connected to the same keeper, which gives it the grid it never saw.
    const again = await engine.check(handle, request);
    expect(engines).toHaveLength(2);
    expect(keepers).toHaveLength(1);
    expect(again.rowCount).toBe(shown.rowCount);
    // And a submission model from the report on screen (made by the first worker) in the new one.
    const model = await engine.submission(shown, { createdAt: request.now, force: true });
    expect(cellCount((await engine.model(model)).cells)).toBeGreaterThan(0);
    expect(await engine.modelRows(model, 0, 3)).toHaveLength(3);
  });

  it('a released object is no longer kept, and asking for it says so', async () => {
    const { engine } = setup();
    const report = await engine.check(await engine.putGrid(sheet(50)), request);
    engine.release(report.ref);
    await expect(engine.rows(report, 0, 1)).rejects.toThrow(/no longer keeps/);
  });

  it("reads the demo's workbook in the engine: an unchanged sheet is the same handle (nothing kept anew), an edit makes a new one, also in a new worker after a cancel", async () => {
    const { engine, engines, ports } = setup();
    const workbook = await engine.openWorkbook(new Uint8Array(await sheetToXlsx(generateSheet({ rows: 40, layout: 'split-thousand', pack }))));
    const name = workbook.sheetNames[0];
    const first = await engine.readSheet(workbook, name, { edits: [] });
    expect(first.rowCount).toBeGreaterThan(40);
    const handedOver = () => ports.flatMap((p) => p.sent).filter((m) => m.kind === 'put-head').length;
    const before = handedOver();
    expect(await engine.readSheet(workbook, name, { edits: [], previous: first })).toBe(first);
    expect(handedOver()).toBe(before);
    const edited = await engine.readSheet(workbook, name, { edits: [{ a1: 'B10', value: '変更' }], previous: first });
    expect(edited).not.toBe(first);
    // B10: sheet row 9, column 1 (0-based).
    expect((await engine.gridRows(edited, 9 - edited.originRow, 10 - edited.originRow))[0][1 - edited.originCol]).toBe('変更');

    // A new worker has neither the workbook nor the earlier read: it opens the one and asks the keeper for the other.
    engine.cancel();
    expect(await engine.readSheet(workbook, name, { edits: [], previous: first })).toBe(first);
    expect(engines).toHaveLength(2);
    expect(ports.flatMap((p) => p.sent).some((m) => m.kind === 'fetch' && m.id === first.ref)).toBe(true);
  });
});
