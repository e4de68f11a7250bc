import { APP_NAME, APP_VERSION } from '../version';
import type { CliIo } from './command';
import { UsageError } from './command';
import { COMMANDS } from './commands';
import { maxOf } from '../domain/arrays';
import { terminalText } from './terminal-text';

export function helpText(): string {
  const width = maxOf(COMMANDS.map((c) => c.name.length), 0);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `${APP_NAME} ${APP_VERSION} — 医療研究開発予算チェック (Medical R&D Budget Check)`,
    '',
    `Usage: ${APP_NAME} <command> [options]`,
    '',
    'Commands:',
    ...(lines.length > 0 ? lines : ['  (none yet)']),
    '',
    'Options:',
    '  --help, -h     Show help (also: budget-check <command> --help)',
    '  --version, -v  Show the version',
    '',
  ].join('\n');
}

/** The whole CLI as a function of its arguments, so tests run it without a process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(helpText());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${APP_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.stderr(`${APP_NAME}: unknown command '${first}'. See '${APP_NAME} --help'.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(terminalText(`${APP_NAME} ${command.name}: ${error.message}\n`));
      return 2;
    }
    const message = terminalText(error instanceof Error ? error.message : String(error));
    io.stderr(`${APP_NAME} ${command.name}: internal error: ${message}\nPlease report this with the input file.\n`);
    return 2;
  }
}
