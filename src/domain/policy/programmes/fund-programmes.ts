import { z } from 'zod';
import data from './fund-programmes.json';

/**
 * Fund-based programmes every year has (CiCLE, ムーンショット, SCARDA …) and the words that mark
 * fund, supplementary or investment money. A year's pack names only what its policy names; a
 * line of these programmes must be kept out of 当初 totals whether or not its year's pack
 * mentions it, so they are data of their own, each with its source and first fiscal year.
 */

export const FUND_KINDS = ['fund', 'supplementary', 'investment'] as const;
export type FundKind = (typeof FUND_KINDS)[number];

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

export const FundProgrammeSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  kind: z.enum(FUND_KINDS),
  /** Western fiscal year of the programme's first money: it is recognised from that year on. */
  since: z.number().int().min(2000).max(2100),
  /** Words (after NFKC) that name the programme in a row's text. */
  terms: z.array(z.string().min(1)).min(1),
  /** Where the facts come from (a budget document or the funding agency's page). */
  source: z.string().min(1),
});
export type FundProgramme = z.infer<typeof FundProgrammeSchema>;

export const FundMarkerSchema = z.strictObject({ term: z.string().min(1), kind: z.enum(FUND_KINDS) });
export type FundMarker = z.infer<typeof FundMarkerSchema>;

export const FundProgrammesSchema = z.strictObject({
  note: z.string(),
  programmes: z.array(FundProgrammeSchema),
  markers: z.array(FundMarkerSchema),
});
export type FundProgrammes = z.infer<typeof FundProgrammesSchema>;

let parsed: FundProgrammes | null = null;

/** The bundled file, validated once (a malformed file is a build error, caught by its test). */
export function fundProgrammes(): FundProgrammes {
  parsed ??= FundProgrammesSchema.parse(data);
  return parsed;
}

/** Programmes that exist in a fiscal year (western). */
export function programmesIn(western: number): readonly FundProgramme[] {
  return fundProgrammes().programmes.filter((p) => p.since <= western);
}
