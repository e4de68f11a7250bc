import { basename } from 'node:path';
import { checkSheet } from '../../domain/engine/check';
import type { Locale } from '../../domain/model/finding';
import type { CliCommand } from '../command';
import { oneOf, parseOptions } from '../options';
import { OutputFiles } from '../output-file';
import { writeReportJson } from '../../domain/engine/report-json';
import { choosePacks, loadedPackLines } from '../packs';
import { terminalText } from '../terminal-text';
import { formatReportText } from './check-text';
import { openSheet, readMappingFile } from './open-sheet';
import { openPrevious, previousUsage } from './previous';
import { COMMAND_SUMMARIES } from './summaries';

const SPEC = {
  command: 'check',
  values: ['--sheet', '--year', '--lang', '--format', '--out', '--mapping', '--pack', '--previous'],
  flags: ['--detail', '--overwrite', '--replace-bundled'],
  repeatable: ['--pack'],
} as const;

/** The --mapping part of both commands' help: what the file holds, with an example. */
const MAPPING_EXAMPLE = [
  '  {"version":1,"headerTop":2,"headerBottom":2,"unit":"千円","columns":[',
  '    {"col":0,"role":"name","header":"事業名"},{"col":3,"role":"request","header":"要求額"},',
  '    {"col":7,"role":"projectAmount","projectId":"pharma","header":"①医薬品"}]}',
];
const MAPPING_ROLES = [
  'number, name, department, ministry, category, previous, request, priorityRequest, total,',
  'projectLabel, projectAmount (with projectId, see `budget-check policies`), diseaseArea, purpose,',
  'priorityArea, summary, status, remarks.',
];
export const MAPPING_USAGE: Readonly<Record<Locale, readonly string[]>> = {
  ja: [
    '列の対応（--mapping）は、作業ウィンドウで列の対応を確定したときに保存される JSON です。',
    '行と列は 0 から数えます（シートの 3 行目は 2、A 列は 0）。見出し行は上端・下端とも含みます。',
    ...MAPPING_EXAMPLE,
    'role（列の役割）:',
    ...MAPPING_ROLES.map((l) => `  ${l}`),
    '"unit"（円, 千円, 百万円, 億円）は省略できます。',
  ],
  en: [
    'A column mapping (--mapping) is the JSON the task pane saves when its column mapping is confirmed:',
    'rows and columns are 0-based (row 3 of the sheet is 2, column A is 0), the header rows inclusive.',
    ...MAPPING_EXAMPLE,
    'Roles:',
    ...MAPPING_ROLES.map((l) => `  ${l}`),
    '"unit" (円, 千円, 百万円, 億円) is optional.',
  ],
};

const SYNOPSIS =
  'budget-check check FILE.xlsx [--sheet NAME] [--year R4|R6] [--pack FILE.json]… [--replace-bundled] [--previous LAST.xlsx] [--lang ja|en] [--format text|json] [--out REPORT.json] [--overwrite] [--mapping MAPPING.json] [--detail]';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: COMMAND_SUMMARIES.check,
  usage: {
    ja: [
      `使い方: ${SYNOPSIS}`,
      '',
      'シートを読み、見出しと列を見つけ、各事業を統合プロジェクトに分類して、すべてのルールで検証します。',
      '内閣府のヒアリングで差し戻される点を事前に洗い出します。',
      '',
      'オプション:',
      '  --sheet NAME          検証するシート（既定: 最初のシート）',
      '  --year R4|R6          方針の年度（既定: シートの表題から判定、なければ最新の年度）',
      "  --pack FILE.json      製品に入っていない年度の方針ファイル（複数指定可。'budget-check pack --help' を参照）。",
      '                        先に方針ファイル自体を検証し、問題は JSON の位置で示します',
      '  --replace-bundled     製品に入っている年度（例: R6）の --pack を、入っているものの代わりに使います',
      ...previousUsage('ja', 22),
      '  --lang ja|en          メッセージと出力の言語（既定: ja）',
      '  --format text|json    テキスト（集計と指摘の一覧）か JSON レポート（既定: text）',
      '  --out REPORT.json     JSON レポートをこのファイルにも書き込みます（新しいファイル。入力ファイルは不可）',
      '  --overwrite           REPORT.json が既にあれば置き換えます',
      '  --mapping FILE.json   見出し行と列を自動で判定せず、このファイルの指定どおりに読みます（下記）',
      '  --detail              JSON レポートに各行の分類の詳細（タグ、基金等、その理由）も入れます',
      '',
      'JSON レポート: 集計、方針、合計、指摘と、各行の金額・統合プロジェクト・タグ・候補。',
      '理由は方針の該当箇所を、レポートの `citations` の番号で示します。',
      '',
      ...MAPPING_USAGE.ja,
      '',
      '終了コード: 0 エラーなし、1 シートにエラーあり、2 ファイルか引数が使えない。',
      '',
    ].join('\n'),
    en: [
      `Usage: ${SYNOPSIS}`,
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
      ...previousUsage('en', 22),
      '  --lang ja|en          Language of messages and text output (default: ja)',
      '  --format text|json    Text summary and findings table, or the JSON report (default: text)',
      '  --out REPORT.json     Also write the JSON report to this file (a new file; never the input)',
      '  --overwrite           Replace REPORT.json when it exists',
      '  --mapping FILE.json   The header rows and columns to read, instead of detecting them (see below)',
      "  --detail              In the JSON report, also each row's full classification (tags, fund, their reasons)",
      '',
      'The JSON report: the summary, policy, totals and findings; each row with its amounts, projects,',
      "tags and suggestions. Reasons quote the policy by index into the report's `citations`.",
      '',
      ...MAPPING_USAGE.en,
      '',
      'Exit status: 0 no errors, 1 errors found in the sheet, 2 unusable file or arguments.',
      '',
    ].join('\n'),
  },
  async run(args, io) {
    const parsed = parseOptions(args, SPEC);
    const lang = oneOf('lang', parsed.values.get('--lang'), ['ja', 'en'] as const, 'ja');
    const format = oneOf('format', parsed.values.get('--format'), ['text', 'json'] as const, 'text');
    const packFiles = parsed.lists.get('--pack') ?? [];
    const mappingPath = parsed.values.get('--mapping');
    const previousPath = parsed.values.get('--previous');
    const inputs = [parsed.file, ...packFiles, ...(mappingPath !== undefined ? [mappingPath] : []), ...(previousPath !== undefined ? [previousPath] : [])];
    const outputs = new OutputFiles(inputs, parsed.flags.has('--overwrite'), lang);
    const { packs, asked: pack, loaded } = await choosePacks(packFiles, parsed.values.get('--year'), parsed.flags.has('--replace-bundled'), lang);
    io.stderr(loadedPackLines(loaded, lang));
    const out = parsed.values.get('--out');
    if (out !== undefined) outputs.add('--out', out, '.json');
    const mapping = mappingPath === undefined ? undefined : await readMappingFile(mappingPath, lang);
    const opened = await openSheet(parsed.file, parsed.values.get('--sheet'), lang);
    const previous = previousPath === undefined ? undefined : await openPrevious(previousPath, packs, lang);
    const report = checkSheet(opened.grid, {
      packs,
      ...(pack ? { packId: pack.id } : {}),
      ...(mapping ? { mapping } : {}),
      ...(previous ? { previous } : {}),
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
