// Preloaded (node --require) into a CLI run under test: at exit, writes to the file
// BUDGET_CHECK_LOADED names the JavaScript files the run loaded (require.cache: the CLI's own
// chunks and every package file), so a test can say what a command line did not load.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.BUDGET_CHECK_LOADED;
  if (file) writeFileSync(file, JSON.stringify(Object.keys(require.cache).filter((path) => path !== __filename)));
});
