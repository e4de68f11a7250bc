import { matchKey } from '../text/normalize';
import { yearMention } from '../text/year-mention';
import ready from './packs/ready.json';
import type { PolicyPack } from './schema';

/**
 * Every policy year the product ships. Adding a year without a release: an officer loads a pack
 * file (--pack, or the pane's 「方針ファイルを読み込む」); bundling one: its JSON in packs/, its
 * source text in sources/, then `npm run packs`.
 *
 * The bundled pack files are validated and assembled when the product is built, not when it
 * runs: scripts/build-packs.ts writes them to packs/ready.json, every build checks that file
 * against the pack files (and fails on a bad one), and test/policy/ready-packs.test.ts proves it
 * is what validating them gives. So this cast is checked, and neither the pane nor the CLI spends
 * time (or the pane download size) on zod's pack schema or on assembling packs.
 */
const READY = (ready as unknown as { readonly packs: readonly PolicyPack[] }).packs;

let cache: readonly PolicyPack[] | null = null;

/** The packs, ordered by fiscal year. */
export function loadPacks(): readonly PolicyPack[] {
  cache ??= Object.freeze([...READY].sort((a, b) => a.fiscalYear.western - b.fiscalYear.western));
  return cache;
}

/** Everything a user may type for a year: R6, r6, 令和6年度, 令和6, R6年度, 2024, 2024年度, FY2024. */
function yearKeys(pack: PolicyPack): string[] {
  const { western, reiwa, label } = pack.fiscalYear;
  return [pack.id, label, `令和${reiwa}`, `令和${reiwa}年度`, `R${reiwa}年度`, `${western}`, `${western}年度`, `FY${western}`].map(matchKey);
}

export function getPack(id: string): PolicyPack | undefined {
  return findPack(id, loadPacks());
}

/** The pack a user's word names among these (bundled and loaded packs alike). */
export function findPack(id: string, packs: readonly PolicyPack[]): PolicyPack | undefined {
  const key = matchKey(id);
  if (key === '') return undefined;
  return packs.find((pack) => yearKeys(pack).includes(key));
}

/**
 * The pack for the first fiscal year a sheet's title lines mention, or null when no year is
 * mentioned or the first one mentioned has no pack (the user then picks one).
 */
export function guessPackFromText(
  lines: readonly string[],
  packs: readonly PolicyPack[],
): { pack: PolicyPack; matched: string } | null {
  for (const line of lines) {
    const mention = yearMention(line);
    if (mention === null) continue;
    const pack = packs.find((p) => p.fiscalYear.western === mention.western);
    return pack === undefined ? null : { pack, matched: mention.matched };
  }
  return null;
}
