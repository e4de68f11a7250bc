import { z } from 'zod';

/**
 * The shape of fund-programmes.json. Checked when the bundled packs are made ready
 * (scripts/build-packs.ts, run by every build) and by its test, never at run time: the engine
 * reads the file as it is and does not load zod for it.
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
