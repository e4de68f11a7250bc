import type { Locale } from '../domain/model/finding';

/** What every subcommand module exports; main.ts only dispatches. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface CliCommand {
  readonly name: string;
  /** One line for `budget-check --help`, in each language. */
  readonly summary: Readonly<Record<Locale, string>>;
  /** Full usage text for `budget-check NAME --help`, in each language. */
  readonly usage: Readonly<Record<Locale, string>>;
  /** Returns the exit code: 0 ok, 1 findings/errors in the input, 2 unusable input or arguments. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** A message in both languages; run.ts picks one by the --lang of the command line. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Thrown for unusable arguments or files: run.ts prints the message in the language of the
 * command line (never a stack) and exits 2. A plain string is a message already in the caller's
 * locale (code that knows --lang localises itself); `{ ja, en }` is for code that runs before
 * --lang is read, such as the argument parser.
 */
export class UsageError extends Error {
  readonly text: Localized;
  constructor(text: string | Localized) {
    const both = typeof text === 'string' ? { ja: text, en: text } : text;
    super(both.en);
    this.text = both;
  }
}

/** The --lang of a command line (`--lang en` or `--lang=en`), ja unless it says en: decided before any command runs. */
export function langOf(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang=en' || (argv[i] === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'ja';
}
