/**
 * Where the engine allocates: V8's sampling heap profiler over one check and submission model,
 * collected objects included, summed by function (and, for built-ins, by their caller). For
 * finding what makes garbage, which --heap-prof (live objects only) does not show.
 *
 *   npx tsx bench/engine-alloc.ts 10000 split-thousand
 */
import { Session } from 'node:inspector';
import { checkSheet } from '../src/domain/engine/check';
import { buildSubmissionSheet } from '../src/domain/submission';
import { loadPacks } from '../src/domain/policy/registry';
import { generateSheet } from './generate-sheet';
const rows = Number(process.argv[2] ?? 10000);
const layout = (process.argv[3] ?? 'split-thousand') as 'split-thousand';
const packs = loadPacks();
const sheet = generateSheet({ rows, layout, pack: packs[packs.length - 1] });
const s = new Session();
s.connect();
interface SampleNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly selfSize: number;
  readonly children: readonly SampleNode[];
}
const post = <T>(m: string, p?: object) => new Promise<T>((res, rej) => s.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r as T))));
(async () => {
  // warm
  checkSheet(sheet.grid, { packs, locale: 'ja' });
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const report = checkSheet(sheet.grid, { packs, locale: 'ja', now: new Date('2024-06-26T09:00:00+09:00') });
  const pack = packs.find((p) => p.id === report.policy.id)!;
  buildSubmissionSheet(report, pack, { createdAt: '2024-06-26T09:00:00+09:00', force: true });
  const { profile } = await post<{ profile: { head: SampleNode } }>('HeapProfiler.stopSampling');
  const self = new Map<string, number>();
  let total = 0;
  const parents = new Map<string, number>();
  const walk = (n: SampleNode, parent = '') => {
    const size = n.selfSize;
    if (['sort', 'next', 'map', 'replace', 'Set', 'push', 'filter', 'join'].includes(n.callFrame.functionName) && n.callFrame.url === '') {
      const k2 = `${n.callFrame.functionName} <- ${parent}`;
      parents.set(k2, (parents.get(k2) ?? 0) + size);
    }
    total += size;
    const k = `${n.callFrame.functionName || '(anon)'} ${String(n.callFrame.url).split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + size);
    for (const c of n.children) walk(c, k);
  };
  walk(profile.head);
  console.log([...parents].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 2 ** 20).toFixed(1).padStart(7)} MB  ${k}`).join('\n'));
  console.log('total MB', (total / 2 ** 20).toFixed(0));
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${(v / 2 ** 20).toFixed(1).padStart(7)} MB  ${k}`).join('\n'));
})();
