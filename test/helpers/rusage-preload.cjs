// Preloaded (node --require) into a CLI run under test: at exit, writes the process's resource
// usage (maxRSS in KB, CPU time in µs) as JSON to the file BUDGET_CHECK_RUSAGE names.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.BUDGET_CHECK_RUSAGE;
  if (file) writeFileSync(file, JSON.stringify(process.resourceUsage()));
});
