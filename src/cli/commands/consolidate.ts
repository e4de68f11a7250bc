import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { consolidate, CONSOLIDATION_RULES, type ConsolidationFinding, type MinistryPart } from '../../domain/consolidation';
import type { Locale } from '../../domain/model/finding';
import type { PolicyPack } from '../../domain/policy/schema';
import { ministryPartFromXlsx, UnknownMinistryError } from '../../xlsx/ministry-part';
import { writeSheetModel } from '../../xlsx/write-sheet-model';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { OPTION_ERRORS, oneOf, parseOptions } from '../options';
import { OutputFiles } from '../output-file';
import { choosePacks, loadedPackLines } from '../packs';
import { openSheet } from './open-sheet';
import { COMMAND_SUMMARIES } from './summaries';

/**
 * `budget-check consolidate A.xlsx B.xlsx … --out ALL.xlsx`: the Cabinet Office's view. Each
 * input is a ministry's request sheet (checked here, as `check` does) or a submission sheet this
 * product wrote (recognised by its marker and read back as written); the ministries' figures
 * become one consolidated sheet in a new workbook. Inputs are never written.
 */

const SPEC = {
  command: 'consolidate',
  values: ['--out', '--year', '--lang', '--ministry', '--pack'],
  flags: ['--force', '--overwrite', '--replace-bundled'],
  // --ministry FILE=NAME once per input file; --pack once per pack file.
  repeatable: ['--ministry', '--pack'],
  files: 'many',
} as const;

const MINISTRY_ERRORS = {
  ja: {
    whichFile: (value: string) => `--ministry ${value}: 入力ファイルが複数あるときは、どのファイルの府省か指定してください: --ministry FILE.xlsx=${value}`,
    notInput: (value: string, file: string) => `--ministry ${value}: ${file} は入力ファイルではありません`,
    twice: (file: string) => `${file} に --ministry が2回指定されています`,
  },
  en: {
    whichFile: (value: string) => `--ministry ${value}: with several inputs, say which file: --ministry FILE.xlsx=${value}`,
    notInput: (value: string, file: string) => `--ministry ${value}: ${file} is not one of the inputs`,
    twice: (file: string) => `--ministry is given twice for ${file}`,
  },
};

/** --ministry values by input file: "FILE=NAME" names a file (its path or file name); a bare NAME needs a single input. */
function givenMinistries(files: readonly string[], ministries: readonly string[], lang: Locale): Map<string, string> {
  const t = MINISTRY_ERRORS[lang];
  const byFile = new Map<string, string>();
  for (const value of ministries) {
    const eq = value.lastIndexOf('=');
    const [fileText, name] = eq > 0 ? [value.slice(0, eq), value.slice(eq + 1)] : [null, value];
    const file = fileText === null ? (files.length === 1 ? files[0] : null) : files.find((f) => f === fileText || basename(f) === basename(fileText));
    if (file === null) throw new UsageError(t.whichFile(value));
    if (file === undefined) throw new UsageError(t.notInput(value, fileText ?? ''));
    if (byFile.has(file)) throw new UsageError(t.twice(file));
    byFile.set(file, name);
  }
  return byFile;
}

const TEXT: Record<Locale, {
  input: (p: MinistryPart) => string;
  blocked: string;
  refused: (errors: number) => string;
  wrote: (out: string, sheet: string, ministries: number) => string;
  provisional: string;
  severity: Record<string, string>;
  unknownMinistry: (name: string, known: string) => string;
}> = {
  ja: {
    input: (p) =>
      `${p.ministry ?? '府省不明'}: ${p.input.file}（${p.input.kind === 'request' ? '要求表を検証' : '提出用シートを読込'}・事業 ${p.summary.rows} 件・エラー ${p.summary.errors} 件・警告 ${p.summary.warnings} 件）\n`,
    blocked: '取りまとめられないため、ファイルは書き込んでいません。上の指摘を解消してからもう一度実行してください。\n',
    refused: (n) =>
      `エラーが ${n} 件あるため取りまとめませんでした（ファイルは書き込んでいません）。各府省の要求表を直して検証し直してください。確認用にどうしても必要な場合は --force を付けると「未確定（エラーあり）」と表示したシートを作成します。\n`,
    wrote: (out, sheet, n) => `${n} 府省の取りまとめシート「${sheet}」を ${out} に書き込みました。\n`,
    provisional: 'エラーが残っているため、シートには「未確定（エラーあり）」と表示しています。\n',
    severity: { error: 'エラー', warning: '警告', info: '情報' },
    unknownMinistry: (name, known) => `府省「${name}」が分かりません（${known}）`,
  },
  en: {
    input: (p) =>
      `${p.ministry ?? 'ministry unknown'}: ${p.input.file} (${p.input.kind === 'request' ? 'request sheet, checked' : 'submission sheet, read back'}; ${p.summary.rows} programs, ${p.summary.errors} errors, ${p.summary.warnings} warnings)\n`,
    blocked: 'Nothing was written: the inputs cannot be consolidated. Resolve the findings above and run again.\n',
    refused: (n) =>
      `${n} error(s), so nothing was consolidated (no file was written). Fix the ministries' sheets and check them again. For a draft anyway, --force writes a sheet marked 未確定（エラーあり） (provisional).\n`,
    wrote: (out, sheet, n) => `Wrote the consolidated sheet "${sheet}" of ${n} ministries to ${out}.\n`,
    provisional: 'Errors remain, so the sheet is marked 未確定（エラーあり） (provisional).\n',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    unknownMinistry: (name, known) => `unknown ministry '${name}' (${known})`,
  },
};

function findingLine(f: ConsolidationFinding, lang: Locale): string {
  const where = [f.file, f.cell].filter(Boolean).join(' ');
  return `[${TEXT[lang].severity[f.severity]}] ${f.rule}${where ? ` ${where}` : ''}: ${f.message}\n`;
}

/** One input as a MinistryPart; openSheet first, so that every unusable file gets its own message (exit 2). */
async function readInput(path: string, given: string | undefined, packs: readonly PolicyPack[], asked: PolicyPack | undefined, lang: Locale): Promise<MinistryPart> {
  const { sha256 } = await openSheet(path, undefined, lang);
  try {
    return await ministryPartFromXlsx(new Uint8Array(readFileSync(path)), basename(path), {
      packs,
      ...(asked ? { packId: asked.id } : {}),
      locale: lang,
      ...(given !== undefined ? { ministry: given } : {}),
      inputHash: sha256,
    });
  } catch (error) {
    if (error instanceof UnknownMinistryError) throw new UsageError(TEXT[lang].unknownMinistry(error.given, error.known.join(', ')));
    throw error;
  }
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(args, SPEC);
  const out = parsed.values.get('--out');
  if (out === undefined) throw new UsageError(OPTION_ERRORS.required('--out ALL.xlsx', 'consolidate'));
  const lang = oneOf('lang', parsed.values.get('--lang'), ['ja', 'en'] as const, 'ja');
  const packFiles = parsed.lists.get('--pack') ?? [];
  // Checked before any work: never an input (a pack file included), never an existing file without --overwrite.
  const outputs = new OutputFiles([...parsed.files, ...packFiles], parsed.flags.has('--overwrite'), lang);
  const { packs, asked, loaded } = await choosePacks(packFiles, parsed.values.get('--year'), parsed.flags.has('--replace-bundled'), lang);
  io.stderr(loadedPackLines(loaded, lang));
  outputs.add('--out', out, '.xlsx');
  const given = givenMinistries(parsed.files, parsed.lists.get('--ministry') ?? [], lang);

  const parts: MinistryPart[] = [];
  for (const file of parsed.files) parts.push(await readInput(file, given.get(file), packs, asked, lang));
  for (const part of parts) io.stdout(TEXT[lang].input(part));

  const result = consolidate(parts, packs, { locale: lang, force: parsed.flags.has('--force'), createdAt: new Date() });
  for (const finding of result.findings) io.stdout(findingLine(finding, lang));
  if (result.refused === 'blocked') {
    io.stderr(TEXT[lang].blocked);
    return 1;
  }
  if (result.refused === 'errors' || result.model === null) {
    io.stderr(TEXT[lang].refused(result.counts.errors));
    return 1;
  }
  const bytes = await writeSheetModel(result.model);
  outputs.write(out, (write) => write(bytes));
  io.stdout(TEXT[lang].wrote(out, result.model.name, parts.length));
  if (result.provisional) io.stderr(TEXT[lang].provisional);
  return result.counts.errors > 0 ? 1 : 0;
}

const SYNOPSIS =
  'budget-check consolidate A.xlsx B.xlsx … --out ALL.xlsx [--ministry FILE=NAME]… [--year R4|R6] [--pack FILE.json]… [--replace-bundled] [--lang ja|en] [--force] [--overwrite]';
const SEVERITY_JA = TEXT.ja.severity;

export const consolidateCommand: CliCommand = {
  name: 'consolidate',
  summary: COMMAND_SUMMARIES.consolidate,
  usage: {
    ja: [
      `使い方: ${SYNOPSIS}`,
      '',
      '内閣府の取りまとめ用です。入力はそれぞれ、府省の要求表（`budget-check check` と同じように検証',
      'します）か、`budget-check submit` や作業ウィンドウで作成した提出用シート（目印で判別し、書かれた',
      'とおりに読み込みます）です。取りまとめシートを1枚書き込みます: 府省 × 区分の総括表、統合プロジェクト',
      '× 府省、府省別の重点領域と疾患領域の再掲、府省の列を付けた明細。合計はすべて数式で、各府省の行は',
      'その府省の提出用シートと一致します。入力ファイルは変更しません。',
      '',
      'オプション:',
      '  --out ALL.xlsx          取りまとめシートを書き込むファイル（必須。新しいファイル）',
      '  --ministry FILE=NAME    入力ファイルの府省（既定: シートの府省の列、表題かファイル名から判定）。',
      '                          入力が1つなら NAME だけで構いません。入力ごとに指定します',
      '  --year R4|R6            要求表の方針の年度（既定: 各シートの表題から判定）',
      '  --pack FILE.json        製品に入っていない年度の方針ファイル（複数指定可）',
      '  --replace-bundled       製品に入っている年度の --pack を、入っているものの代わりに使います',
      '  --lang ja|en            メッセージの言語（既定: ja）',
      '  --force                 入力にエラーがあっても取りまとめます。シートには「未確定（エラーあり）」と表示します',
      '  --overwrite             ALL.xlsx が既にあれば置き換えます',
      '',
      '府省をまたぐ指摘:',
      // エラー and 警告 are full-width: two columns a character, so pad to the widest by columns.
      ...CONSOLIDATION_RULES.map((r) => `  ${r.id.padEnd(28)}${SEVERITY_JA[r.severity].padEnd(6 - SEVERITY_JA[r.severity].length)}  ${r.docs.title.ja}`),
      '',
      '終了コード: 0 書き込み済み・エラーなし、1 エラーあり（何も書き込まない。--force では「未確定」と',
      '表示したシート。ただし読めない入力、府省が分からない・重複している、年度が異なる場合は取りまとめ',
      'ません）、2 ファイルか引数が使えない（何も書き込まない）。',
      '',
    ].join('\n'),
    en: [
      `Usage: ${SYNOPSIS}`,
      '',
      "The Cabinet Office's view. Each input is a ministry's request sheet (checked as",
      '`budget-check check` does) or a submission sheet written by `budget-check submit` or the',
      'pane (recognised by its marker and read back exactly). Writes one consolidated sheet: 総括表',
      'by 府省 × 区分, 統合プロジェクト × 府省, 重点領域 and 疾患領域 restated by 府省, and the detail',
      "with a 府省 column; every total is a formula, and each ministry's rows equal its own",
      'submission sheet. Inputs are never changed.',
      '',
      'Options:',
      '  --out ALL.xlsx          Where to write the consolidated workbook (required; a new file)',
      "  --ministry FILE=NAME    The ministry of an input (default: the sheet's 府省 column, title or",
      '                          file name); NAME alone when there is one input. Repeat per input',
      "  --year R4|R6            The policy year for request sheets (default: each sheet's title)",
      '  --pack FILE.json        A policy pack file for a year the product does not bundle (repeatable)',
      '  --replace-bundled       Let a --pack of a bundled year stand in place of the bundled one',
      '  --lang ja|en            Language of messages (default: ja)',
      '  --force                 Consolidate even when inputs have errors; the sheet is marked 未確定（エラーあり）',
      '  --overwrite             Replace ALL.xlsx when it exists',
      '',
      'Findings across ministries:',
      ...CONSOLIDATION_RULES.map((r) => `  ${r.id.padEnd(28)}${r.severity.padEnd(8)}${r.docs.title.en}`),
      '',
      'Exit status: 0 written, no errors; 1 errors (nothing written; with --force a sheet marked',
      '未確定, except for an unreadable input, an unknown or repeated ministry, or different years,',
      'which are never consolidated); 2 unusable file or arguments (nothing written).',
      '',
    ].join('\n'),
  },
  run,
};
