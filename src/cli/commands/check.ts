import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkSheet } from '../../domain/engine/check';
import type { Locale } from '../../domain/model/finding';
import { getPack, loadPacks } from '../../domain/policy/registry';
import { UsageError, type CliCommand } from '../command';
import { formatReportText } from './check-text';
import { openSheet } from './open-sheet';

interface CheckArgs {
  readonly file: string;
  readonly sheet?: string;
  readonly year?: string;
  readonly lang: Locale;
  readonly format: 'text' | 'json';
  readonly out?: string;
}

const CHOICES = { lang: ['ja', 'en'], format: ['text', 'json'] } as const;
const VALUE_OPTIONS = ['--sheet', '--year', '--lang', '--format', '--out'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function choice<K extends keyof typeof CHOICES>(option: K, value: string | undefined, fallback: (typeof CHOICES)[K][number]): (typeof CHOICES)[K][number] {
  if (value === undefined) return fallback;
  if (!(CHOICES[option] as readonly string[]).includes(value)) throw new UsageError(`unknown ${option} '${value}' (${CHOICES[option].join(' or ')})`);
  return value as (typeof CHOICES)[K][number];
}

/** FILE and --option VALUE / --option=VALUE, each option at most once. */
export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const values = new Map<ValueOption, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!(VALUE_OPTIONS as readonly string[]).includes(flag)) throw new UsageError(`unknown option '${arg}'. See 'budget-check check --help'.`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`'${flag}' needs a value`);
    if (values.has(flag as ValueOption)) throw new UsageError(`'${flag}' is given twice`);
    values.set(flag as ValueOption, value);
  }
  if (files.length === 0) throw new UsageError("no file given. Usage: budget-check check FILE.xlsx [options]; see 'budget-check check --help'");
  if (files.length > 1) throw new UsageError(`one file at a time (got ${files.length}: ${files.join(', ')})`);
  return {
    file: files[0],
    ...(values.has('--sheet') ? { sheet: values.get('--sheet') } : {}),
    ...(values.has('--year') ? { year: values.get('--year') } : {}),
    lang: choice('lang', values.get('--lang'), 'ja'),
    format: choice('format', values.get('--format'), 'text'),
    ...(values.has('--out') ? { out: values.get('--out') } : {}),
  };
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check a ministry worksheet (.xlsx) against the year\'s policy: findings, totals, report',
  usage: [
    'Usage: budget-check check FILE.xlsx [--sheet NAME] [--year R4|R6] [--lang ja|en] [--format text|json] [--out REPORT.json]',
    '',
    'Reads the sheet, finds its header and columns, classifies every 事業 by integrated project,',
    'and runs every rule of the catalogue: what the Cabinet Office hearing would send back.',
    '',
    'Options:',
    '  --sheet NAME          The sheet to check (default: the first sheet)',
    "  --year R4|R6          The policy year (default: from the sheet's title, else the newest)",
    '  --lang ja|en          Language of messages and text output (default: ja)',
    '  --format text|json    Text summary and findings table, or the JSON report (default: text)',
    '  --out REPORT.json     Also write the JSON report to this file',
    '',
    'Exit status: 0 no errors, 1 errors found in the sheet, 2 unusable file or arguments.',
    '',
  ].join('\n'),
  async run(args, io) {
    const options = parseCheckArgs(args);
    const packs = loadPacks();
    const pack = options.year === undefined ? undefined : getPack(options.year);
    if (options.year !== undefined && !pack) throw new UsageError(`unknown year '${options.year}' (known: ${packs.map((p) => p.id).join(', ')})`);
    const opened = await openSheet(options.file, options.sheet, options.lang);
    const report = checkSheet(opened.grid, {
      packs,
      ...(pack ? { packId: pack.id } : {}),
      locale: options.lang,
      file: basename(options.file),
      inputHash: opened.sha256,
    });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (options.out !== undefined) {
      try {
        writeFileSync(options.out, json);
      } catch (error) {
        throw new UsageError(`cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }
    io.stdout(options.format === 'json' ? json : formatReportText(report));
    return report.status === 'errors' ? 1 : 0;
  },
};
