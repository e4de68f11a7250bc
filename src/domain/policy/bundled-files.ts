import type { PackFile } from './pack-file';
import r4 from './packs/R4.json';
import r6 from './packs/R6.json';

/**
 * The bundled pack files as stored, for `pack draft` (a draft copies their curated vocabulary).
 * Apart from the registry, which loads the ready-made packs, so that only a draft bundles and
 * parses these files. Validated at build time like the ready-made packs (scripts/build-packs.ts).
 */
const PACK_FILES = [r4, r6] as readonly unknown[] as readonly PackFile[];

export function bundledPackFiles(): readonly PackFile[] {
  return PACK_FILES;
}
