import { basename } from 'node:path';
import { checkSheet } from '../../domain/engine/check';
import type { Locale } from '../../domain/model/finding';
import { getPack, loadPacks } from '../../domain/policy/registry';
import { UsageError, type CliCommand } from '../command';
import { writeReportFile } from '../report-file';
import { writeReportJson } from '../report-json';
import { formatReportText } from './check-text';
import { openSheet } from './open-sheet';

interface CheckArgs {
  readonly file: string;
  readonly sheet?: string;
  readonly year?: string;
  readonly lang: Locale;
  readonly format: 'text' | 'json';
  readonly out?: string;
  readonly detail: boolean;
}

const CHOICES = { lang: ['ja', 'en'], format: ['text', 'json'] } as const;
const VALUE_OPTIONS = ['--sheet', '--year', '--lang', '--format', '--out'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const FLAGS = ['--detail'] as const;

function choice<K extends keyof typeof CHOICES>(option: K, value: string | undefined, fallback: (typeof CHOICES)[K][number]): (typeof CHOICES)[K][number] {
  if (value === undefined) return fallback;
  if (!(CHOICES[option] as readonly string[]).includes(value)) throw new UsageError(`unknown ${option} '${value}' (${CHOICES[option].join(' or ')})`);
  return value as (typeof CHOICES)[K][number];
}

/** FILE and --option VALUE / --option=VALUE, each option at most once. */
export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const values = new Map<ValueOption, string>();
  const files: string[] = [];
  let detail = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    if ((FLAGS as readonly string[]).includes(arg)) {
      if (detail) throw new UsageError(`'${arg}' is given twice`);
      detail = true;
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
    detail,
  };
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check a ministry worksheet (.xlsx) against the year\'s policy: findings, totals, report',
  usage: [
    'Usage: budget-check check FILE.xlsx [--sheet NAME] [--year R4|R6] [--lang ja|en] [--format text|json] [--out REPORT.json] [--detail]',
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
    "  --detail              In the JSON report, also each row's full classification (tags, fund, their reasons)",
    '',
    'The JSON report: the summary, policy, totals and findings; each row with its amounts, projects,',
    'tags and suggestions. Reasons quote the policy by index into the report\'s `citations`.',
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
    const json = { detail: options.detail };
    if (options.out !== undefined) writeReportFile(report, options.out, json);
    if (options.format === 'json') writeReportJson(report, io.stdout, json);
    else io.stdout(formatReportText(report));
    return report.status === 'errors' ? 1 : 0;
  },
};
