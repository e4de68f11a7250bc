import { UsageError } from './command';

/** What a subcommand accepts: options that take a value, and bare flags. */
export interface OptionSpec<V extends string, F extends string> {
  readonly command: string;
  readonly values: readonly V[];
  readonly flags: readonly F[];
  /** Options of `values` that may be given more than once (--pack A --pack B). */
  readonly repeatable?: readonly V[];
  /** 'many' for several input files (consolidate), 'none' for a command without (rules); default one. */
  readonly files?: 'one' | 'many' | 'none';
}

export interface ParsedOptions<V extends string, F extends string> {
  /** The first positional argument (the input file; the only one unless files is 'many'; '' when 'none'). */
  readonly file: string;
  /** Every positional argument, in the order given. */
  readonly files: readonly string[];
  readonly values: ReadonlyMap<V, string>;
  /** Every value of a repeatable option, in the order given. */
  readonly lists: ReadonlyMap<V, readonly string[]>;
  readonly flags: ReadonlySet<F>;
}

const seeHelp = (command: string) => ({ ja: `'budget-check ${command} --help' を参照してください。`, en: `See 'budget-check ${command} --help'.` });

/** The parser's messages, in both languages: it runs before --lang is read. */
export const OPTION_ERRORS = {
  takesNoValue: (name: string) => ({ ja: `'${name}' には値を付けません`, en: `'${name}' takes no value` }),
  twice: (name: string) => ({ ja: `'${name}' が2回指定されています`, en: `'${name}' is given twice` }),
  unknown: (arg: string, command: string) => ({ ja: `'${arg}' というオプションはありません。${seeHelp(command).ja}`, en: `unknown option '${arg}'. ${seeHelp(command).en}` }),
  needsValue: (name: string) => ({ ja: `'${name}' には値が必要です`, en: `'${name}' needs a value` }),
  noFile: (command: string) => ({ ja: `ファイルが指定されていません。${seeHelp(command).ja}`, en: `no file given. ${seeHelp(command).en}` }),
  oneFile: (files: readonly string[]) => ({
    ja: `ファイルは1つずつ指定してください（${files.length} 個指定されています: ${files.join(', ')}）`,
    en: `one file at a time (got ${files.length}: ${files.join(', ')})`,
  }),
  unexpected: (arg: string, command: string) => ({ ja: `'${arg}' は指定できません。${seeHelp(command).ja}`, en: `unexpected argument '${arg}'. ${seeHelp(command).en}` }),
  required: (option: string, command: string) => ({ ja: `${option} を指定してください。${seeHelp(command).ja}`, en: `${option} is required. ${seeHelp(command).en}` }),
};

/**
 * FILE, `--option VALUE` / `--option=VALUE` and bare `--flag`, each at most once unless
 * repeatable. Every mistake is a UsageError that names the argument, so run.ts prints it and exits 2.
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
      if (eq > 0) throw new UsageError(OPTION_ERRORS.takesNoValue(name));
      if (flags.has(name as F)) throw new UsageError(OPTION_ERRORS.twice(name));
      flags.add(name as F);
      continue;
    }
    if (!(spec.values as readonly string[]).includes(name)) throw new UsageError(OPTION_ERRORS.unknown(arg, spec.command));
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(OPTION_ERRORS.needsValue(name));
    if (spec.repeatable?.includes(name as V)) {
      lists.set(name as V, [...(lists.get(name as V) ?? []), value]);
      continue;
    }
    if (values.has(name as V)) throw new UsageError(OPTION_ERRORS.twice(name));
    values.set(name as V, value);
  }
  if (spec.files === 'none') {
    if (files.length > 0) throw new UsageError(OPTION_ERRORS.unexpected(files[0], spec.command));
    return { file: '', files, values, lists, flags };
  }
  if (files.length === 0) throw new UsageError(OPTION_ERRORS.noFile(spec.command));
  if (files.length > 1 && spec.files !== 'many') throw new UsageError(OPTION_ERRORS.oneFile(files));
  return { file: files[0], files, values, lists, flags };
}

/** The value of a choice option, or the fallback; anything else is a UsageError listing the choices. */
export function oneOf<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError({ ja: `--${name} に '${value}' は指定できません（${choices.join(' か ')}）`, en: `unknown ${name} '${value}' (${choices.join(' or ')})` });
  }
  return value as T;
}
