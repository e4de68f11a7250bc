import { watchEnvironment, type Environment } from '../../src/taskpane/environment';

type OnReadyInfo = { host: string | null; platform: string | null };

/** Installs a global `Office` whose onReady settles when the test says so. */
function fakeOffice() {
  let settle!: (info: OnReadyInfo) => void;
  let fail!: (error: Error) => void;
  const ready = new Promise<OnReadyInfo>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  (globalThis as Record<string, unknown>).Office = { onReady: () => ready, HostType: { Excel: 'Excel', Word: 'Word' } };
  return { settle, fail };
}

function watch(timeoutMs = 1000) {
  const seen: Environment['kind'][] = [];
  const stop = watchEnvironment((e) => seen.push(e.kind), timeoutMs);
  return { seen, stop };
}

const flush = () => Promise.resolve().then(() => undefined);

describe('watchEnvironment', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('reports outside Office at once on outside-excel.html (no office.js there), even when a stray Office object exists', () => {
    fakeOffice();
    (globalThis as Record<string, unknown>).document = { documentElement: { dataset: { office: 'absent' } } };
    try {
      expect(watch().seen).toEqual(['outside-office']);
    } finally {
      delete (globalThis as Record<string, unknown>).document;
    }
  });

  it('reports office.js missing at once when Office is not defined', () => {
    expect(watch().seen).toEqual(['office-missing']);
  });

  it.each([
    ['Excel', 'excel'],
    [null, 'outside-office'],
    ['Word', 'outside-office'],
  ] as const)('reports host %s as %s', async (host, kind) => {
    const office = fakeOffice();
    const { seen } = watch();
    office.settle({ host, platform: null });
    await flush();
    expect(seen).toEqual([kind]);
    jest.advanceTimersByTime(5000);
    expect(seen).toEqual([kind]);
  });

  it('says office.js could not load when it never becomes ready, and follows Excel if it turns up later', async () => {
    const office = fakeOffice();
    const { seen } = watch(1000);
    jest.advanceTimersByTime(999);
    expect(seen).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(seen).toEqual(['office-missing']);
    office.settle({ host: 'Excel', platform: 'PC' });
    await flush();
    expect(seen).toEqual(['office-missing', 'excel']);
  });

  it('treats a failed onReady as office.js missing', async () => {
    const office = fakeOffice();
    const { seen } = watch();
    office.fail(new Error('boom'));
    await flush();
    expect(seen).toEqual(['office-missing']);
  });

  it('reports nothing once stopped', async () => {
    const office = fakeOffice();
    const { seen, stop } = watch(1000);
    stop();
    jest.advanceTimersByTime(2000);
    office.settle({ host: 'Excel', platform: 'PC' });
    await flush();
    expect(seen).toEqual([]);
  });
});
