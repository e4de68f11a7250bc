// Preloaded (node --require) into a CLI run under test: at exit, writes the process's resource
// usage as JSON to the file BUDGET_CHECK_RUSAGE names: CPU time (µs) and peak memory (KB).
// Peak memory is VmHWM, the high-water mark of this process's own address space: on Linux,
// resourceUsage().maxRSS carries the parent's over fork and exec, so a child of a 300 MB test
// worker would report 300 MB. maxRSS is the fallback where /proc is absent.
const { readFileSync, writeFileSync } = require('node:fs');

function peakKb() {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // No /proc here.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  const file = process.env.BUDGET_CHECK_RUSAGE;
  if (file) writeFileSync(file, JSON.stringify({ ...process.resourceUsage(), maxRSS: peakKb() }));
});
