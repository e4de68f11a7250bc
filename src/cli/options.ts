import { UsageError } from './command';

/** What a subcommand accepts: options that take a value, and bare flags. */
export interface OptionSpec<V extends string, F extends string> {
  readonly command: string;
  readonly values: readonly V[];
  readonly flags: readonly F[];
  /** Options of `values` that may be given more than once (--pack A --pack B). */
  readonly repeatable?: readonly V[];
}

export interface ParsedOptions<V extends string, F extends string> {
  /** The one positional argument (the input file). */
  readonly file: string;
  readonly values: ReadonlyMap<V, string>;
  /** Every value of a repeatable option, in the order given. */
  readonly lists: ReadonlyMap<V, readonly string[]>;
  readonly flags: ReadonlySet<F>;
}

/**
 * FILE, `--option VALUE` / `--option=VALUE` and bare `--flag`, each at most once. Every
 * mistake is a UsageError that names the argument, so main prints it and exits 2.
 */
export function parseOptions<V extends string, F extends string>(args: readonly string[], spec: OptionSpec<V, F>): ParsedOptions<V, F> {
  const values = new Map<V, string>();
  const lists = new Map<V, string[]>();
  const flags = new Set<F>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if ((spec.flags as readonly string[]).includes(name)) {
      if (eq > 0) throw new UsageError(`'${name}' takes no value`);
      if (flags.has(name as F)) throw new UsageError(`'${name}' is given twice`);
      flags.add(name as F);
      continue;
    }
    if (!(spec.values as readonly string[]).includes(name)) throw new UsageError(`unknown option '${arg}'. See 'budget-check ${spec.command} --help'.`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`'${name}' needs a value`);
    if (spec.repeatable?.includes(name as V)) {
      lists.set(name as V, [...(lists.get(name as V) ?? []), value]);
      continue;
    }
    if (values.has(name as V)) throw new UsageError(`'${name}' is given twice`);
    values.set(name as V, value);
  }
  if (files.length === 0) throw new UsageError(`no file given. See 'budget-check ${spec.command} --help'`);
  if (files.length > 1) throw new UsageError(`one file at a time (got ${files.length}: ${files.join(', ')})`);
  return { file: files[0], values, lists, flags };
}

/** The value of a choice option, or the fallback; anything else is a UsageError listing the choices. */
export function oneOf<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`unknown ${name} '${value}' (${choices.join(' or ')})`);
  return value as T;
}
