import { basename } from 'node:path';
import { checkSheet } from '../../domain/engine/check';
import type { Locale } from '../../domain/model/finding';
import { findPack } from '../../domain/policy/registry';
import type { PolicyPack } from '../../domain/policy/schema';
import { renderMessage } from '../../domain/rules/messages';
import { buildSubmissionSheet, truncationFindings } from '../../domain/submission';
import { matchKey } from '../../domain/text/normalize';
import { writeSheetModel } from '../../xlsx/write-sheet-model';
import { UsageError, type CliCommand } from '../command';
import { OPTION_ERRORS, oneOf, parseOptions } from '../options';
import { choosePacks, loadedPackLines } from '../packs';
import { OutputFiles } from '../output-file';
import { writeReportJson } from '../../domain/engine/report-json';
import { terminalCell, terminalText } from '../terminal-text';
import { formatReportText } from './check-text';
import { openSheet, readMappingFile } from './open-sheet';
import { openPrevious, previousUsage } from './previous';
import { COMMAND_SUMMARIES } from './summaries';

const SPEC = {
  command: 'submit',
  values: ['--out', '--report', '--sheet', '--year', '--lang', '--ministry', '--mapping', '--pack', '--previous'] as const,
  flags: ['--force', '--overwrite', '--replace-bundled'] as const,
  repeatable: ['--pack'] as const,
};

const TEXT: Record<Locale, {
  refused: (errors: number) => string;
  wrote: (out: string, sheet: string, rows: number) => string;
  provisional: string;
  unknownMinistry: (given: string, known: string) => string;
  ministryUnknown: string;
  warning: string;
}> = {
  ja: {
    refused: (n) =>
      `エラーが ${n} 件あるため提出用シートを作成しませんでした（ファイルは書き込んでいません）。上の一覧のセルを直してからもう一度実行してください。確認用にどうしても必要な場合は --force を付けると「未確定（エラーあり）」と表示したシートを作成します。\n`,
    wrote: (out, sheet, rows) => `提出用シート「${sheet}」を ${out} に書き込みました（事業 ${rows} 件）。\n`,
    provisional: 'エラーが残っているため、シートには「未確定（エラーあり）」と表示しています。提出前にエラーを解消してください。\n',
    unknownMinistry: (given, known) => `府省「${given}」が分かりません（${known}）`,
    ministryUnknown: '府省が分からないため、シートの府省は「（不明）」です。府省の列か表題（例:「…（厚生労働省）」）を入れるか、--ministry 厚生労働省 のように指定してください。\n',
    warning: '警告',
  },
  en: {
    refused: (n) =>
      `The sheet has ${n} error(s), so no submission sheet was written (no file was written). Fix the cells listed above and run again. If you need a draft anyway, --force writes one marked 未確定（エラーあり） (provisional).\n`,
    wrote: (out, sheet, rows) => `Wrote the submission sheet "${sheet}" to ${out} (${rows} 事業).\n`,
    provisional: 'Errors remain, so the sheet is marked 未確定（エラーあり） (provisional). Resolve them before submitting.\n',
    unknownMinistry: (given, known) => `unknown ministry '${given}' (known: ${known})`,
    ministryUnknown: 'The ministry is unknown, so the sheet says （不明）. Add a 府省 column or the ministry in the title (e.g. 「…（厚生労働省）」), or give --ministry 厚生労働省.\n',
    warning: 'warning',
  },
};

/** The ministry's official name from its name, short name, id or an alias in the pack. */
function ministryName(pack: PolicyPack, given: string, lang: Locale): string {
  const key = matchKey(given);
  const found = pack.vocabularies.ministries.find((m) => [m.id, m.name, m.shortName, ...m.aliases].some((word) => matchKey(word) === key));
  if (!found) throw new UsageError(TEXT[lang].unknownMinistry(given, pack.vocabularies.ministries.map((m) => m.name).join(', ')));
  return found.name;
}

const SYNOPSIS =
  'budget-check submit FILE.xlsx --out OUT.xlsx [--report REPORT.json] [--sheet NAME] [--year R4|R6] [--pack FILE.json]… [--replace-bundled] [--previous LAST.xlsx] [--ministry NAME] [--mapping MAPPING.json] [--lang ja|en] [--force] [--overwrite]';

export const submitCommand: CliCommand = {
  name: 'submit',
  summary: COMMAND_SUMMARIES.submit,
  usage: {
    ja: [
      `使い方: ${SYNOPSIS}`,
      '',
      '`budget-check check` と同じようにシートを検証して指摘を表示し、内閣府の取りまとめ用の',
      '提出用シートを OUT.xlsx に書き込みます: 表題、総括表、統合プロジェクト、重点領域と疾患領域の',
      '再掲、事業別明細。合計はすべて数式です。入力ファイルは変更しません。',
      '',
      'オプション:',
      '  --out OUT.xlsx      提出用シートを書き込むファイル（必須。新しいファイル）',
      '  --report FILE.json  JSON レポート（`check --out` と同じもの）も保存します。作成を見送ったときも保存します',
      '  --sheet NAME        読み込むシート（既定: 最初のシート）',
      '  --year R4|R6        方針の年度（既定: シートの表題から判定、なければ最新の年度）',
      '  --pack FILE.json    製品に入っていない年度の方針ファイル（複数指定可）',
      '  --replace-bundled   製品に入っている年度の --pack を、入っているものの代わりに使います',
      ...previousUsage('ja', 20),
      '  --ministry NAME     表題の府省。例: 厚生労働省、厚労省（既定: シートの府省の列、表題かファイル名から判定）',
      '  --lang ja|en        メッセージの言語（既定: ja）',
      '  --mapping FILE.json 見出し行と列を自動で判定せず、このファイルの指定どおりに読みます（`check --help` を参照）',
      '  --force             検証でエラーがあってもシートを作成します。シートには「未確定（エラーあり）」と表示します',
      '  --overwrite         OUT.xlsx（と REPORT.json）が既にあれば置き換えます',
      '',
      'ファイルは一時ファイルを経て、全体を書き込むか何も書き込まないかのどちらかです。入力ファイルには',
      '書き込まず、既にあるファイルは --overwrite のときだけ置き換えます。',
      '',
      '終了コード: 0 書き込み済み・エラーなし、1 検証でエラーあり（何も書き込まない。--force では',
      '「未確定」と表示したシート）、2 ファイルか引数が使えない（何も書き込まない）。',
      '',
    ].join('\n'),
    en: [
      `Usage: ${SYNOPSIS}`,
      '',
      'Checks the sheet exactly as `budget-check check` does, prints the findings, and writes the',
      "Cabinet Office's consolidated submission sheet to OUT.xlsx: header, 総括表, integrated",
      'projects, 再掲 of priority areas and 疾患領域, and 事業別明細; every total is a formula.',
      'The input file is never changed.',
      '',
      'Options:',
      '  --out OUT.xlsx      Where to write the submission workbook (required; a new file)',
      '  --report FILE.json  Also save the JSON report (as `check --out` writes it), even when refused',
      '  --sheet NAME        The sheet to read (default: the first sheet)',
      "  --year R4|R6        The policy year (default: from the sheet's title, else the newest)",
      '  --pack FILE.json    A policy pack file for a year the product does not bundle (repeatable)',
      '  --replace-bundled   Let a --pack of a bundled year stand in place of the bundled one',
      ...previousUsage('en', 20),
      "  --ministry NAME     府省 for the title, e.g. 厚生労働省 or 厚労省 (default: the sheet's 府省 column, title or file name)",
      '  --lang ja|en        Language of messages (default: ja)',
      '  --mapping FILE.json The header rows and columns to read, instead of detecting them (as `check --help` shows)',
      '  --force             Write the sheet even when the check has errors; it is marked 未確定（エラーあり）',
      '  --overwrite         Replace OUT.xlsx (and REPORT.json) when they exist',
      '',
      'Files are written whole or not at all (through a temporary file beside them); an input is never',
      'written, and an existing file only with --overwrite.',
      '',
      'Exit status: 0 written, no errors; 1 the check found errors (nothing written, or with --force',
      'a sheet marked 未確定); 2 unusable file or arguments (nothing written).',
      '',
    ].join('\n'),
  },
  async run(args, io) {
    const parsed = parseOptions(args, SPEC);
    const out = parsed.values.get('--out');
    if (out === undefined) throw new UsageError(OPTION_ERRORS.required('--out OUT.xlsx', 'submit'));
    const lang = oneOf('lang', parsed.values.get('--lang'), ['ja', 'en'] as const, 'ja');
    const packFiles = parsed.lists.get('--pack') ?? [];
    const mappingPath = parsed.values.get('--mapping');
    const previousPath = parsed.values.get('--previous');
    const inputs = [parsed.file, ...packFiles, ...(mappingPath !== undefined ? [mappingPath] : []), ...(previousPath !== undefined ? [previousPath] : [])];
    const outputs = new OutputFiles(inputs, parsed.flags.has('--overwrite'), lang);
    outputs.add('--out', out, '.xlsx');
    const reportPath = parsed.values.get('--report');
    if (reportPath !== undefined) outputs.add('--report', reportPath, '.json');
    const mapping = mappingPath === undefined ? undefined : await readMappingFile(mappingPath, lang);
    const { packs, asked, loaded } = await choosePacks(packFiles, parsed.values.get('--year'), parsed.flags.has('--replace-bundled'), lang);
    io.stderr(loadedPackLines(loaded, lang));

    const opened = await openSheet(parsed.file, parsed.values.get('--sheet'), lang);
    const previous = previousPath === undefined ? undefined : await openPrevious(previousPath, packs, lang);
    const report = checkSheet(opened.grid, {
      packs,
      ...(asked ? { packId: asked.id } : {}),
      ...(mapping ? { mapping } : {}),
      ...(previous ? { previous } : {}),
      locale: lang,
      file: basename(parsed.file),
      inputHash: opened.sha256,
    });
    const pack = findPack(report.policy.id, packs);
    if (!pack) throw new Error(`the report names policy '${report.policy.id}', which is not loaded`);
    const given = parsed.values.get('--ministry');
    // --ministry wins; else the sheet's 府省 column, title or file name (the check found it); else the sheet says （不明） and we say why.
    const ministry = given === undefined ? report.ministry?.name : ministryName(pack, given, lang);

    io.stdout(terminalText(formatReportText(report)));
    if (reportPath !== undefined) outputs.write(reportPath, (write) => writeReportJson(report, write));
    const errors = report.summary.errors;
    const force = parsed.flags.has('--force');
    if (errors > 0 && !force) {
      io.stderr(TEXT[lang].refused(errors));
      return 1;
    }
    const model = buildSubmissionSheet(report, pack, { ...(ministry ? { ministry } : {}), createdAt: new Date(), force });
    const bytes = await writeSheetModel(model);
    outputs.write(out, (write) => write(bytes));
    io.stdout(terminalText(TEXT[lang].wrote(out, model.name, report.rows.length)));
    for (const finding of truncationFindings(model)) {
      io.stderr(terminalCell(`${finding.cell}  ${TEXT[lang].warning}  ${finding.rule}  ${renderMessage(finding, lang, pack)}`) + '\n');
    }
    if (ministry === undefined) io.stderr(terminalText(TEXT[lang].ministryUnknown));
    if (errors > 0) io.stderr(TEXT[lang].provisional);
    return errors > 0 ? 1 : 0;
  },
};
