import { APP_NAME } from '../version';
import type { CliIo } from './command';
import { UsageError } from './command';
import { COMMANDS } from './commands';
import { quickAnswer, splitCommandLine, TEXT } from './quick';
import { terminalText } from './terminal-text';

/** The whole CLI as a function of its arguments, so tests run it without a process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const quick = quickAnswer(argv);
  if (quick) {
    io.stdout(quick.stdout);
    return quick.code;
  }
  const { lang, first = '', rest } = splitCommandLine(argv);
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.stderr(terminalText(`${APP_NAME}: ${TEXT[lang].unknownCommand(first)}\n`));
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage[lang]);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(terminalText(`${APP_NAME} ${command.name}: ${error.text[lang]}\n`));
      return 2;
    }
    const message = terminalText(error instanceof Error ? error.message : String(error));
    io.stderr(`${APP_NAME} ${command.name}: ${TEXT[lang].internal(message)}\n`);
    return 2;
  }
}
