import type { Locale } from '../domain/model/finding';
import { maxOf } from '../domain/arrays';
import { APP_NAME, APP_VERSION } from '../version';
import { langOf } from './command';
import { COMMAND_NAMES, COMMAND_SUMMARIES } from './commands/summaries';

/**
 * What the CLI answers without loading any command: `--version`, `--help` and no arguments.
 * main.ts asks here first and loads the commands (and with them the engine, the packs, zod and
 * ExcelJS) only for anything else, so these answer in about the time Node itself takes to start.
 */

export const TEXT = {
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
  const width = maxOf(COMMAND_NAMES.map((name) => name.length), 0);
  const lines = COMMAND_NAMES.map((name) => `  ${name.padEnd(width)}  ${COMMAND_SUMMARIES[name][lang]}`);
  return [`${APP_NAME} ${APP_VERSION} — 医療研究開発予算チェック (Medical R&D Budget Check)`, '', t.usage, '', t.commands, ...lines, '', t.options, t.help, t.version, t.lang, ''].join('\n');
}

export interface CommandLine {
  readonly lang: Locale;
  /** The command word (or --help, --version), undefined when none is given. */
  readonly first: string | undefined;
  /** The command's own arguments, a leading --lang passed on to it. */
  readonly rest: readonly string[];
}

export function splitCommandLine(argv: readonly string[]): CommandLine {
  // Read once, before any command runs, so that even an argument error is in the asked language.
  const lang = langOf(argv);
  // `budget-check --lang en check …`: the command reads its own --lang, so pass a leading one on to it.
  const lead = argv[0] === '--lang' ? argv.slice(0, 2) : argv[0]?.startsWith('--lang=') ? argv.slice(0, 1) : [];
  const [first, ...others] = argv.slice(lead.length);
  return { lang, first, rest: [...others, ...lead] };
}

/** The answer to a command line that needs no command, or null. */
export function quickAnswer(argv: readonly string[]): { readonly stdout: string; readonly code: number } | null {
  const { lang, first } = splitCommandLine(argv);
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { stdout: helpText(lang), code: first === undefined ? 2 : 0 };
  if (first === '--version' || first === '-v') return { stdout: `${APP_VERSION}\n`, code: 0 };
  return null;
}
