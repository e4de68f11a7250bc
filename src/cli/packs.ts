import { createHash } from 'node:crypto';
import { formatPackProblems } from '../domain/policy/pack-messages';
import { findPack, loadPacks } from '../domain/policy/registry';
import type { PolicyPack } from '../domain/policy/schema';
import { UsageError } from './command';
import { readInputFile } from './commands/open-sheet';

import type { Locale } from '../domain/model/finding';

/** A pack file is text of a few hundred KB; anything past this is not one. */
const PACK_BYTES = 5 * 1024 * 1024;

/** A pack file that was read but cannot be used: its problems, each at its JSON path (exit 2 for check/submit). */
export class PackFileError extends UsageError {}

export interface LoadedPackFile {
  readonly path: string;
  readonly pack: PolicyPack;
  readonly sha256: string;
}

/**
 * Reads and validates one pack file; a bad one is a UsageError listing each problem at its JSON
 * path. The validator (zod's pack schema) is loaded here, when a file is given, not by every run.
 */
export async function readPackFile(path: string, locale: Locale, option = '--pack'): Promise<LoadedPackFile> {
  const bytes = readInputFile(path, locale, PACK_BYTES, () =>
    new UsageError(locale === 'ja' ? `${option} ${path} は大きすぎます（上限 5 MB）。方針ファイル（.json）を指定してください` : `${option} ${path} is too large (the limit is 5 MB): give a policy pack file (.json)`),
  );
  const { validatePackFile } = await import(/* webpackChunkName: "pack-validator" */ '../domain/policy/validate-pack-file');
  const result = validatePackFile(new TextDecoder('utf-8').decode(bytes));
  if (!result.ok) {
    const head = locale === 'ja' ? `${option} ${path} は方針ファイルとして使えません（${result.problems.length} 件）:` : `${option} ${path} is not a usable policy pack (${result.problems.length} problem(s)):`;
    throw new PackFileError([head, ...formatPackProblems(result.problems, locale).map((line) => `  ${line}`)].join('\n'));
  }
  return { path, pack: result.pack, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export interface PackChoice {
  /** Bundled packs, with loaded ones added (or in place of a bundled one of the same id, when asked). */
  readonly packs: readonly PolicyPack[];
  /** The pack --year names, if given. */
  readonly asked: PolicyPack | undefined;
  readonly loaded: readonly LoadedPackFile[];
}

/** The packs a check may use: the bundled ones and each --pack file; --year picks among them. */
export async function choosePacks(files: readonly string[], year: string | undefined, replaceBundled: boolean, locale: Locale): Promise<PackChoice> {
  const bundled = loadPacks();
  const loaded: LoadedPackFile[] = [];
  for (const file of files) loaded.push(await readPackFile(file, locale));
  const ids = new Set<string>();
  for (const l of loaded) {
    if (ids.has(l.pack.id)) throw new UsageError(locale === 'ja' ? `--pack で ${l.pack.id} が2回指定されています（${l.path}）` : `--pack gives ${l.pack.id} twice (${l.path})`);
    ids.add(l.pack.id);
    if (!replaceBundled && bundled.some((b) => b.id === l.pack.id)) {
      throw new UsageError(
        locale === 'ja'
          ? `--pack ${l.path} は製品に入っている ${l.pack.id} と同じ年度です。入っているものの代わりに使うなら --replace-bundled を付けてください`
          : `--pack ${l.path} is ${l.pack.id}, which is bundled: add --replace-bundled to use it in place of the bundled one`,
      );
    }
  }
  const packs = [...bundled.filter((b) => !ids.has(b.id)), ...loaded.map((l) => l.pack)].sort((a, b) => a.fiscalYear.western - b.fiscalYear.western);
  const asked = year === undefined ? undefined : findPack(year, packs);
  if (year !== undefined && !asked) {
    const known = packs.map((p) => p.id).join(', ');
    throw new UsageError(
      locale === 'ja'
        ? `年度「${year}」の方針がありません（${known}。製品に入っていない年度には --pack FILE.json が必要です）`
        : `unknown year '${year}' (known: ${known}; a year without a bundled pack needs --pack FILE.json)`,
    );
  }
  return { packs, asked, loaded };
}

/** One line per loaded pack, for stderr: which file stands for which year, and its hash. */
export function loadedPackLines(loaded: readonly LoadedPackFile[], locale: Locale): string {
  return loaded
    .map((l) => (locale === 'ja' ? `方針ファイル ${l.path}: ${l.pack.id} ${l.pack.title}（SHA-256 ${l.sha256.slice(0, 16)}…）\n` : `policy pack ${l.path}: ${l.pack.id} ${l.pack.title} (SHA-256 ${l.sha256.slice(0, 16)}…)\n`))
    .join('');
}
