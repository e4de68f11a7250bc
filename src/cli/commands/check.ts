import { basename } from 'node:path';
import { checkSheet } from '../../domain/engine/check';
import type { CliCommand } from '../command';
import { oneOf, parseOptions } from '../options';
import { OutputFiles } from '../output-file';
import { writeReportJson } from '../../domain/engine/report-json';
import { choosePacks, loadedPackLines } from '../packs';
import { terminalText } from '../terminal-text';
import { formatReportText } from './check-text';
import { openSheet, readMappingFile } from './open-sheet';

const SPEC = {
  command: 'check',
  values: ['--sheet', '--year', '--lang', '--format', '--out', '--mapping', '--pack'],
  flags: ['--detail', '--overwrite', '--replace-bundled'],
  repeatable: ['--pack'],
} as const;

/** The --mapping part of both commands' help: what the file holds, with an example. */
export const MAPPING_USAGE = [
  'A column mapping (--mapping) is the JSON the task pane saves when its column mapping is confirmed:',
  'rows and columns are 0-based (row 3 of the sheet is 2, column A is 0), the header rows inclusive.',
  '  {"version":1,"headerTop":2,"headerBottom":2,"unit":"千円","columns":[',
  '    {"col":0,"role":"name","header":"事業名"},{"col":3,"role":"request","header":"要求額"},',
  '    {"col":7,"role":"projectAmount","projectId":"pharma","header":"①医薬品"}]}',
  'Roles: number, name, department, ministry, category, previous, request, priorityRequest, total,',
  'projectLabel, projectAmount (with projectId, see `budget-check policies`), diseaseArea, purpose,',
  'priorityArea, summary, status, remarks. "unit" (円, 千円, 百万円, 億円) is optional.',
];

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check a ministry worksheet (.xlsx) against the year\'s policy: findings, totals, report',
  usage: [
    'Usage: budget-check check FILE.xlsx [--sheet NAME] [--year R4|R6] [--pack FILE.json]… [--replace-bundled] [--lang ja|en] [--format text|json] [--out REPORT.json] [--overwrite] [--mapping MAPPING.json] [--detail]',
    '',
    'Reads the sheet, finds its header and columns, classifies every 事業 by integrated project,',
    'and runs every rule of the catalogue: what the Cabinet Office hearing would send back.',
    '',
    'Options:',
    '  --sheet NAME          The sheet to check (default: the first sheet)',
    "  --year R4|R6          The policy year (default: from the sheet's title, else the newest)",
    '  --pack FILE.json      A policy pack file for a year the product does not bundle (repeatable; see',
    "                        'budget-check pack --help'); checked first, each problem named at its JSON path",
    '  --replace-bundled     Let a --pack of a bundled year (e.g. R6) stand in place of the bundled one',
    '  --lang ja|en          Language of messages and text output (default: ja)',
    '  --format text|json    Text summary and findings table, or the JSON report (default: text)',
    '  --out REPORT.json     Also write the JSON report to this file (a new file; never the input)',
    '  --overwrite           Replace REPORT.json when it exists',
    '  --mapping FILE.json   The header rows and columns to read, instead of detecting them (see below)',
    "  --detail              In the JSON report, also each row's full classification (tags, fund, their reasons)",
    '',
    'The JSON report: the summary, policy, totals and findings; each row with its amounts, projects,',
    'tags and suggestions. Reasons quote the policy by index into the report\'s `citations`.',
    '',
    ...MAPPING_USAGE,
    '',
    'Exit status: 0 no errors, 1 errors found in the sheet, 2 unusable file or arguments.',
    '',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseOptions(args, SPEC);
    const lang = oneOf('lang', parsed.values.get('--lang'), ['ja', 'en'] as const, 'ja');
    const format = oneOf('format', parsed.values.get('--format'), ['text', 'json'] as const, 'text');
    const packFiles = parsed.lists.get('--pack') ?? [];
    const mappingPath = parsed.values.get('--mapping');
    const outputs = new OutputFiles([parsed.file, ...packFiles, ...(mappingPath !== undefined ? [mappingPath] : [])], parsed.flags.has('--overwrite'), lang);
    const { packs, asked: pack, loaded } = choosePacks(packFiles, parsed.values.get('--year'), parsed.flags.has('--replace-bundled'), lang);
    io.stderr(loadedPackLines(loaded, lang));
    const out = parsed.values.get('--out');
    if (out !== undefined) outputs.add('--out', out, '.json');
    const mapping = mappingPath === undefined ? undefined : readMappingFile(mappingPath, lang);
    const opened = await openSheet(parsed.file, parsed.values.get('--sheet'), lang);
    const report = checkSheet(opened.grid, {
      packs,
      ...(pack ? { packId: pack.id } : {}),
      ...(mapping ? { mapping } : {}),
      locale: lang,
      file: basename(parsed.file),
      inputHash: opened.sha256,
    });
    const json = { detail: parsed.flags.has('--detail') };
    if (out !== undefined) outputs.write(out, (write) => writeReportJson(report, write, json));
    if (format === 'json') writeReportJson(report, io.stdout, json);
    else io.stdout(terminalText(formatReportText(report)));
    return report.status === 'errors' ? 1 : 0;
  },
};
