/** What every subcommand module exports; main.ts only dispatches. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface CliCommand {
  readonly name: string;
  /** One line for `budget-check --help`. */
  readonly summary: string;
  /** Full usage text for `budget-check NAME --help`. */
  readonly usage: string;
  /** Returns the exit code: 0 ok, 1 findings/errors in the input, 2 unusable input or arguments. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Thrown for unusable arguments or files: main prints the message (never a stack) and exits 2. */
export class UsageError extends Error {}
