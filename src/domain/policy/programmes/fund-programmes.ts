import data from './fund-programmes.json';
import type { FundProgramme, FundProgrammes } from './fund-programmes-schema';

/**
 * Fund-based programmes every year has (CiCLE, ムーンショット, SCARDA …) and the words that mark
 * fund, supplementary or investment money. A year's pack names only what its policy names; a
 * line of these programmes must be kept out of 当初 totals whether or not its year's pack
 * mentions it, so they are data of their own, each with its source and first fiscal year.
 *
 * The file is validated when the build makes the packs ready (fund-programmes-schema.ts), so it
 * is read here as it is: a malformed file fails the build and its test, not a user's check.
 */
export type { FundProgramme, FundProgrammes } from './fund-programmes-schema';

const PROGRAMMES = data as FundProgrammes;

/** The bundled file, as validated at build time. */
export function fundProgrammes(): FundProgrammes {
  return PROGRAMMES;
}

/** Programmes that exist in a fiscal year (western). */
export function programmesIn(western: number): readonly FundProgramme[] {
  return PROGRAMMES.programmes.filter((p) => p.since <= western);
}
