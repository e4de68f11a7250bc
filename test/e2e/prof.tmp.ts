import * as fs from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { generateSheet, sheetToXlsx } from '../../bench/generate-sheet';
import { loadPacks } from '../../src/domain/policy/registry';
import { startStaticServer } from './static-server';

(async () => {
  const rows = Number(process.env.ROWS ?? 50000);
  const file = `/tmp/i22w-prof-run/gen-${rows}.xlsx`;
  if (!fs.existsSync(file)) fs.writeFileSync(file, await sheetToXlsx(generateSheet({ rows, layout: 'split-thousand', pack: loadPacks().at(-1)! })));
  const server = await startStaticServer(process.env.DIST ?? '/tmp/i22w-prof');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', ...(process.env.TRACE_GC ? ['--js-flags=--trace-gc'] : [])] });
  const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
  await page.addInitScript(() => {
    const w = window as any; w.__lt = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
  });
  page.setDefaultTimeout(300000);
  await page.goto(`${server.origin}/taskpane.html`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.getByLabel('自分のブックを開く（.xlsx）').setInputFiles(file);
  const check = page.getByRole('button', { name: '検証', exact: true });
  await check.waitFor();
  await page.waitForFunction((b) => !(b as HTMLButtonElement).disabled, await check.elementHandle());
  await cdp.send('Profiler.start');
  const t0 = await page.evaluate(() => performance.now());
  await check.click();
  await page.getByText(/^検証が終わりました。/).waitFor();
  await page.getByRole('button', { name: '提出用シート作成' }).click();
  const confirm = page.getByRole('button', { name: 'このまま作成' });
  const preview = page.getByRole('region', { name: '作成した提出用シート' });
  await Promise.race([confirm.waitFor().then(() => confirm.click()), preview.waitFor()]);
  await preview.waitFor();
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  console.log('long tasks after t0', JSON.stringify((await page.evaluate(() => (window as any).__lt)).filter((x: number[]) => x[0] >= t0 - 10)));
  // self time per function, and samples attributed to long tasks
  const nodes = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const key = (n: any) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let n = nodes.get(profile.samples[i]);
    const name = key(n);
    if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set<string>();
    while (n) { const k = key(n); if (!seen.has(k)) { total.set(k, (total.get(k) ?? 0) + dt); seen.add(k); } n = nodes.get(parent.get(n.id)!); }
  }
  // contiguous busy runs (non-idle samples with gaps < 2ms) longer than 120 ms: their heaviest frames
  {
    let t = profile.startTime; let runStart = -1; let runEnd = -1; let runSamples: number[] = [];
    const runs: { start: number; end: number; samples: number[] }[] = [];
    for (let i = 0; i < profile.samples.length; i++) {
      if (profile.timeDeltas[i] > 40000 && i > 0) {
        let n = nodes.get(profile.samples[i - 1]); const st: string[] = [];
        while (n) { st.push(key(n)); n = nodes.get(parent.get(n.id)!); }
        let m = nodes.get(profile.samples[i]); const st2: string[] = [];
        while (m) { st2.push(key(m)); m = nodes.get(parent.get(m.id)!); }
        console.log(`GAP ${(profile.timeDeltas[i] / 1000).toFixed(0)} ms after: ${st.slice(0, 8).join(' < ')}\n   next: ${st2.slice(0, 8).join(' < ')}`);
      }
      t += profile.timeDeltas[i];
      const n = nodes.get(profile.samples[i]);
      const idle = n.callFrame.functionName === '(idle)';
      if (!idle) {
        if (runStart < 0 || t - runEnd > 2000) { if (runStart >= 0 && runEnd - runStart > 120000) runs.push({ start: runStart, end: runEnd, samples: runSamples }); runStart = t; runSamples = []; }
        runEnd = t; runSamples.push(i);
      }
    }
    if (runStart >= 0 && runEnd - runStart > 120000) runs.push({ start: runStart, end: runEnd, samples: runSamples });
    for (const run of runs) {
      const tot = new Map<string, number>();
      for (const i of run.samples) {
        const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        let n = nodes.get(profile.samples[i]); const seen = new Set<string>();
        while (n) { const k = key(n); if (!seen.has(k)) { tot.set(k, (tot.get(k) ?? 0) + dt); seen.add(k); } n = nodes.get(parent.get(n.id)!); }
      }
      console.log(`RUN ${((run.end - run.start) / 1000).toFixed(0)} ms at ${((run.start - profile.startTime) / 1000).toFixed(0)}:\n` + [...tot].sort((a, b) => b[1] - a[1]).slice(0, 9).map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`).join('\n'));
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(0).padStart(6)} ${k}`).join('\n');
  if (process.env.ALL) console.log('SELF\n' + top(self));
  if (process.env.ALL) console.log('TOTAL\n' + top(total));
  await browser.close(); await server.close();
})();
