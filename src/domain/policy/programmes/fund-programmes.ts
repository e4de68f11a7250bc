import { z } from 'zod';
import data from './fund-programmes.json';

/**
 * Fund-based programmes every year has (CiCLE, ムーンショット, SCARDA …) and the words that mark
 * fund, supplementary or investment money. A year's pack names only what its policy names; a
 * line of these programmes must be kept out of 当初 totals whether or not its year's pack
 * mentions it, so they are data of their own, each with its source and first fiscal year.
 */

/** As FundKind in model/classification: 基金, 補正予算, 政府出資. */
const FUND_KINDS = ['fund', 'supplementary', 'investment'] as const;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

const FundProgrammeSchema = z.strictObject({
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

/** A word that marks fund money wherever it stands (補正, 基金, 出資金 …). */
const FundMarkerSchema = z.strictObject({ term: z.string().min(1), kind: z.enum(FUND_KINDS) });

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
