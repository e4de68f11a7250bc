import { appendAll } from '../arrays';
import { formatPackProblems } from './pack-messages';
import type { PolicyPack } from './schema';
import { validatePackFile } from './validate-pack-file';

/**
 * The bundled packs made ready at build time: each pack file validated (zod shape and the
 * checks of pack-file-checks.ts) and assembled into the engine's PolicyPack, as plain data.
 * scripts/build-packs.ts writes the result to packs/ready.json, which the registry loads as
 * it is, so no run of the CLI or the pane parses a pack or builds a zod schema for them.
 */

export interface PackSource {
  /** File name, to say which file a problem is in. */
  readonly name: string;
  readonly text: string;
}

export class BundledPackError extends Error {}

/** Throws BundledPackError listing every problem of every file that is not a usable pack. */
export function readyPacks(sources: readonly PackSource[]): PolicyPack[] {
  const problems: string[] = [];
  const packs: PolicyPack[] = [];
  for (const source of sources) {
    const result = validatePackFile(source.text);
    if (result.ok) packs.push(result.pack);
    else appendAll(problems, [`${source.name}:`, ...formatPackProblems(result.problems, 'en').map((line) => `  ${line}`)]);
  }
  if (problems.length > 0) throw new BundledPackError(['bundled policy pack(s) not usable:', ...problems].join('\n'));
  return packs.sort((a, b) => a.fiscalYear.western - b.fiscalYear.western);
}

/**
 * Long texts last, each project's description and citations just before the sections they quote:
 * the pane's first download carries this file, and gzip finds a repeat only within 32 KB (this
 * order is 1.8 KB of gzip more than the pack files; the assembled order was 5 KB more).
 */
const LAST: readonly (keyof PolicyPack)[] = ['projects', 'sections', 'priorityAreas'];

function inDownloadOrder(pack: PolicyPack): PolicyPack {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(pack)) if (!LAST.includes(key as keyof PolicyPack)) out[key] = value;
  for (const key of LAST) out[key] = pack[key];
  return out as unknown as PolicyPack;
}

/** packs/ready.json as the build writes it: one text for given sources, so a stale file is found by comparing texts. */
export function readyPacksJson(packs: readonly PolicyPack[]): string {
  const note = 'Made by scripts/build-packs.ts (npm run packs) from the pack files beside it, validated; do not edit.';
  return `${JSON.stringify({ note, packs: packs.map(inDownloadOrder) }, null, 1)}\n`;
}
