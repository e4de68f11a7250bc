import { formatPackProblems } from '../domain/policy/pack-messages';
import type { PolicyPack } from '../domain/policy/schema';
import { validatePackFile } from '../domain/policy/validate-pack-file';
import type { StoredPackFile } from '../excel/settings';
import type { PaneLocale } from './i18n';

/**
 * Policy pack files in the pane: judged by the same validator as the CLI's --pack. Loaded on
 * demand in a chunk of its own (it brings zod's full schema), only when an officer loads a file
 * or the workbook holds one; the pane's first download never carries it.
 */

export interface LoadedPackInfo {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly sha256: string;
  readonly replacesBundled: boolean;
}

export type JudgedPackFile =
  | { readonly ok: true; readonly pack: PolicyPack; readonly sha256: string; readonly bundledId: boolean }
  | { readonly ok: false; readonly problems: readonly string[] };

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function judgePackFile(text: string, bundled: readonly PolicyPack[], locale: PaneLocale): Promise<JudgedPackFile> {
  const result = validatePackFile(text);
  if (!result.ok) return { ok: false, problems: formatPackProblems(result.problems, locale) };
  return { ok: true, pack: result.pack, sha256: await sha256Hex(text), bundledId: bundled.some((b) => b.id === result.pack.id) };
}

/**
 * The packs a workbook's settings give: the bundled ones, each stored file added (or in place of
 * the bundled one of its id when the officer said so). A stored file that no longer validates is
 * left out and named, never used.
 */
export async function packsWithStored(
  stored: readonly StoredPackFile[],
  bundled: readonly PolicyPack[],
  locale: PaneLocale,
): Promise<{ packs: PolicyPack[]; loaded: LoadedPackInfo[]; unreadable: string[] }> {
  const loaded: LoadedPackInfo[] = [];
  const added: PolicyPack[] = [];
  const unreadable: string[] = [];
  for (const file of stored) {
    const judged = await judgePackFile(file.text, bundled, locale);
    if (!judged.ok || (judged.bundledId && !file.replacesBundled) || added.some((p) => p.id === judged.pack.id)) {
      unreadable.push(file.name);
      continue;
    }
    added.push(judged.pack);
    loaded.push({ id: judged.pack.id, title: judged.pack.title, name: file.name, sha256: judged.sha256, replacesBundled: judged.bundledId });
  }
  const ids = new Set(added.map((p) => p.id));
  const packs = [...bundled.filter((b) => !ids.has(b.id)), ...added].sort((a, b) => a.fiscalYear.western - b.fiscalYear.western);
  return { packs, loaded, unreadable };
}
