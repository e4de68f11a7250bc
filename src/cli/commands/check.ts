import { basename } from 'node:path';
import { checkSheet } from '../../domain/engine/check';
import { getPack, loadPacks } from '../../domain/policy/registry';
import { UsageError, type CliCommand } from '../command';
import { oneOf, parseOptions } from '../options';
import { writeReportFile } from '../report-file';
import { writeReportJson } from '../report-json';
import { formatReportText } from './check-text';
import { openSheet } from './open-sheet';

const SPEC = {
  command: 'check',
  values: ['--sheet', '--year', '--lang', '--format', '--out'],
  flags: ['--detail'],
} as const;

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
    const parsed = parseOptions(args, SPEC);
    const lang = oneOf('lang', parsed.values.get('--lang'), ['ja', 'en'] as const, 'ja');
    const format = oneOf('format', parsed.values.get('--format'), ['text', 'json'] as const, 'text');
    const year = parsed.values.get('--year');
    const packs = loadPacks();
    const pack = year === undefined ? undefined : getPack(year);
    if (year !== undefined && !pack) throw new UsageError(`unknown year '${year}' (known: ${packs.map((p) => p.id).join(', ')})`);
    const opened = await openSheet(parsed.file, parsed.values.get('--sheet'), lang);
    const report = checkSheet(opened.grid, {
      packs,
      ...(pack ? { packId: pack.id } : {}),
      locale: lang,
      file: basename(parsed.file),
      inputHash: opened.sha256,
    });
    const json = { detail: parsed.flags.has('--detail') };
    const out = parsed.values.get('--out');
    if (out !== undefined) writeReportFile(report, out, json);
    if (format === 'json') writeReportJson(report, io.stdout, json);
    else io.stdout(formatReportText(report));
    return report.status === 'errors' ? 1 : 0;
  },
};
