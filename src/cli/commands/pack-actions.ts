import { basename } from 'node:path';
import { diffPacks, formatPackChange } from '../../domain/policy/diff-packs';
import { draftPack } from '../../domain/policy/draft/draft-pack';
import { formatPackProblems } from '../../domain/policy/pack-messages';
import { bundledPackFiles } from '../../domain/policy/bundled-files';
import { getPack } from '../../domain/policy/registry';
import type { PolicyPack } from '../../domain/policy/schema';
import { validatePackFile } from '../../domain/policy/validate-pack-file';
import { UsageError, type CliIo } from '../command';
import { OPTION_ERRORS, oneOf, parseOptions } from '../options';
import { OutputFiles } from '../output-file';
import { PackFileError, readPackFile } from '../packs';
import { terminalText } from '../terminal-text';
import { readInputFile } from './open-sheet';

import type { Locale } from '../../domain/model/finding';

/** A 資源配分方針 as text is a few tens of KB. */
const TEXT_BYTES = 2 * 1024 * 1024;

function readText(path: string, locale: Locale): string {
  const bytes = readInputFile(path, locale, TEXT_BYTES, () =>
    new UsageError(locale === 'ja' ? `${path} は大きすぎます（上限 2 MB）。方針の本文をテキスト（.txt）で指定してください` : `${path} is too large (the limit is 2 MB): give the policy's plain text (.txt)`),
  );
  return new TextDecoder('utf-8').decode(bytes);
}

async function validate(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(args, { command: 'pack validate', values: ['--lang'], flags: [] } as const);
  const lang = oneOf('lang', parsed.values.get('--lang'), ['ja', 'en'] as const, 'ja');
  let loaded;
  try {
    loaded = await readPackFile(parsed.file, lang, 'pack validate');
  } catch (error) {
    // A file that is there but not a usable pack is the answer this command gives (exit 1), not a usage error.
    if (error instanceof PackFileError) {
      io.stdout(terminalText(`${error.message}\n`));
      return 1;
    }
    throw error;
  }
  const bundled = getPack(loaded.pack.id) !== undefined;
  io.stdout(
    terminalText(
      lang === 'ja'
        ? `OK ${parsed.file}: ${loaded.pack.id} ${loaded.pack.title}（${loaded.pack.decidedOnJa}、統合プロジェクト ${loaded.pack.projects.length}、SHA-256 ${loaded.sha256}）${bundled ? `\n注意: ${loaded.pack.id} は製品にも入っています。代わりに使うには --replace-bundled を付けます` : ''}\n`
        : `OK ${parsed.file}: ${loaded.pack.id} ${loaded.pack.title} (${loaded.pack.projects.length} projects, SHA-256 ${loaded.sha256})${bundled ? `\nnote: ${loaded.pack.id} is also bundled; --replace-bundled uses this one in its place` : ''}\n`,
    ),
  );
  return 0;
}

function draft(args: readonly string[], io: CliIo): number {
  const parsed = parseOptions(args, { command: 'pack draft', values: ['--out', '--lang'], flags: ['--overwrite'] } as const);
  const lang = oneOf('lang', parsed.values.get('--lang'), ['ja', 'en'] as const, 'ja');
  const out = parsed.values.get('--out');
  if (out === undefined) throw new UsageError(OPTION_ERRORS.required('--out R7.json', 'pack'));
  const outputs = new OutputFiles([parsed.file], parsed.flags.has('--overwrite'), lang);
  outputs.add('--out', out, '.json');
  const { file, reference } = draftPack(readText(parsed.file, lang), basename(parsed.file), bundledPackFiles());
  if (file.policy.projects.length === 0) {
    throw new UsageError(lang === 'ja' ? `${parsed.file} に「(1) …統合プロジェクト」の ①② … が見つかりません。資源配分方針の本文（テキスト）を指定してください` : `${parsed.file} has no ①, ② … projects under (1): give the plain text of a 資源配分方針`);
  }
  outputs.write(out, (write) => write(`${JSON.stringify(file, null, 2)}\n`));
  const head =
    lang === 'ja'
      ? `${out} に ${file.id}（${file.policy.title}）の下書きを書きました: 節 ${file.policy.sections.length}、統合プロジェクト ${file.policy.projects.length}、重点 ${file.policy.priorityAreas.length}。${reference ? `語彙は ${reference} から写しました（curated.review を確認してください）。` : ''}`
      : `wrote a draft of ${file.id} (${file.policy.title}) to ${out}: ${file.policy.sections.length} sections, ${file.policy.projects.length} projects, ${file.policy.priorityAreas.length} priority areas.${reference ? ` Vocabulary copied from ${reference} (read curated.review).` : ''}`;
  const todo = file.todo.length === 0 ? [] : [lang === 'ja' ? `TODO ${file.todo.length} 件（埋めて todo を空にするまで、このファイルは使えません）:` : `${file.todo.length} TODO(s) (the file is not usable until they are filled and todo is empty):`, ...file.todo.map((t) => `  ${t}`)];
  io.stdout(terminalText([head, ...todo, ''].join('\n')));
  return 0;
}

/** A bundled year (R6, 令和6年度 …) or a pack file; a draft's TODOs are no obstacle to a diff. */
function packFor(ref: string, lang: Locale): PolicyPack {
  if (!/\.json$/i.test(ref)) {
    const pack = getPack(ref);
    if (pack) return pack;
  }
  const result = validatePackFile(new TextDecoder('utf-8').decode(readInputFile(ref, lang, 5 * 1024 * 1024, () => new UsageError(lang === 'ja' ? `${ref} は大きすぎます（上限 5 MB）` : `${ref} is too large (the limit is 5 MB)`))), { allowTodo: true });
  if (!result.ok) throw new UsageError([`${ref}:`, ...formatPackProblems(result.problems, lang).map((l) => `  ${l}`)].join('\n'));
  return result.pack;
}

function diff(args: readonly string[], io: CliIo): number {
  const parsed = parseOptions(args, { command: 'pack', values: ['--lang'], flags: [], files: 'many' } as const);
  const lang = oneOf('lang', parsed.values.get('--lang'), ['ja', 'en'] as const, 'ja');
  const refs = parsed.files;
  if (refs.length !== 2) throw new UsageError(lang === 'ja' ? '比べる2つを指定してください（例: budget-check pack diff R6 R7.json）' : 'give two packs to compare (e.g. budget-check pack diff R6 R7.json)');
  const [before, after] = refs.map((r) => packFor(r, lang));
  const changes = diffPacks(before, after);
  const head = lang === 'ja' ? `${before.id} → ${after.id}: 変更 ${changes.length} 件` : `${before.id} → ${after.id}: ${changes.length} change(s)`;
  io.stdout(terminalText([head, ...changes.map((c) => formatPackChange(c, lang)), ''].join('\n')));
  return 0;
}

/** `pack validate|draft|diff …`: apart from the command's help, so that zod and the pack files load only when a pack command runs. */
export async function runPack(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'validate') return validate(rest, io);
  if (sub === 'draft') return draft(rest, io);
  if (sub === 'diff') return diff(rest, io);
  throw new UsageError(
    sub === undefined || sub.startsWith('-')
      ? { ja: "サブコマンド（validate, draft か diff）を指定してください。'budget-check pack --help' を参照してください。", en: "no subcommand: validate, draft or diff. See 'budget-check pack --help'." }
      : { ja: `'${sub}' というサブコマンドはありません（validate, draft か diff）。'budget-check pack --help' を参照してください。`, en: `unknown subcommand '${sub}': validate, draft or diff. See 'budget-check pack --help'.` },
  );
}
