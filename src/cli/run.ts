import { APP_NAME, APP_VERSION } from '../version';
import type { Locale } from '../domain/model/finding';
import type { CliIo } from './command';
import { langOf, UsageError } from './command';
import { COMMANDS } from './commands';
import { maxOf } from '../domain/arrays';
import { terminalText } from './terminal-text';

const TEXT = {
  ja: {
    usage: `使い方: ${APP_NAME} <コマンド> [オプション]`,
    commands: 'コマンド:',
    options: 'オプション:',
    help: `  --help, -h     使い方を表示します（各コマンドの使い方: ${APP_NAME} <コマンド> --help）`,
    version: '  --version, -v  バージョンを表示します',
    lang: '  --lang en      使い方とメッセージを英語で表示します（既定: 日本語）',
    unknownCommand: (name: string) => `'${name}' というコマンドはありません。'${APP_NAME} --help' を参照してください。`,
    internal: (message: string) => `内部エラー: ${message}\n入力ファイルを添えて、この内容を報告してください。`,
  },
  en: {
    usage: `Usage: ${APP_NAME} <command> [options]`,
    commands: 'Commands:',
    options: 'Options:',
    help: `  --help, -h     Show help (also: ${APP_NAME} <command> --help)`,
    version: '  --version, -v  Show the version',
    lang: '  --lang en      Help and messages in English (default: Japanese)',
    unknownCommand: (name: string) => `unknown command '${name}'. See '${APP_NAME} --help'.`,
    internal: (message: string) => `internal error: ${message}\nPlease report this with the input file.`,
  },
} as const;

export function helpText(lang: Locale = 'ja'): string {
  const t = TEXT[lang];
  const width = maxOf(COMMANDS.map((c) => c.name.length), 0);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`);
  return [`${APP_NAME} ${APP_VERSION} — 医療研究開発予算チェック (Medical R&D Budget Check)`, '', t.usage, '', t.commands, ...lines, '', t.options, t.help, t.version, t.lang, ''].join('\n');
}

/** The whole CLI as a function of its arguments, so tests run it without a process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Read once, before any command runs, so that even an argument error is in the asked language.
  const lang = langOf(argv);
  // `budget-check --lang en check …`: the command reads its own --lang, so pass a leading one on to it.
  const lead = argv[0] === '--lang' ? argv.slice(0, 2) : argv[0]?.startsWith('--lang=') ? argv.slice(0, 1) : [];
  const [first, ...others] = argv.slice(lead.length);
  const rest = [...others, ...lead];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(helpText(lang));
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${APP_VERSION}\n`);
    return 0;
  }
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
