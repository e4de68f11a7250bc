import { quickAnswer } from './quick';

// `budget-check check big.xlsx | head` closes our stdout early; that is the reader's choice,
// not a failure, so stop writing quietly instead of dying with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
const quick = quickAnswer(argv);

if (quick) {
  process.stdout.write(quick.stdout);
  process.exitCode = quick.code;
} else {
  // The commands, and with them the engine, the packs, zod and ExcelJS, are a chunk of their own
  // (dist/cli/commands.js): `--version` and `--help` never load it.
  import(/* webpackChunkName: "commands" */ './run')
    .then(({ runCli }) =>
      runCli(argv, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
      }),
    )
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(`budget-check: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
      },
    );
}
