import { loadPacks } from '../domain/policy/registry';
import type { PolicyPack } from '../domain/policy/schema';

/** The packs the officer loaded from files (not the bundled ones): the engine's worker has only those, so they travel with each request. */
export function loadedPacks(packs: readonly PolicyPack[]): readonly PolicyPack[] {
  const bundled = loadPacks();
  return packs.filter((p) => !bundled.includes(p));
}
