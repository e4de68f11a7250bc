import { z } from 'zod';

/**
 * A policy pack as a file: bundled (packs/R6.json), loaded by an officer (--pack, the pane) or
 * drafted from a new year's text (pack draft). Two parts kept apart:
 * - `policy`: the policy's own words only — every section with its text, the projects and their
 *   descriptions, the priority areas with the passage each stands in, the programmes §5 names.
 *   Every citation must be found in the section it names (checked in pack-file-checks.ts).
 * - `curated`: vocabulary that helps classification (aliases, terms, labels, 疾患領域, 府省 …),
 *   chosen by people for that year. It never cites the policy; facts from elsewhere name their source.
 * assemble.ts turns a file into the engine's PolicyPack. This module uses zod classic: only the
 * CLI and the pane's 「方針ファイルを読み込む」 load it, never the pane's first download.
 */

export const TODO = 'TODO';

const Text = z.string().min(1);
const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const Terms = z.array(Text);

export const FileCitationSchema = z.strictObject({ section: Text, text: Text });

const SectionSchema = z.strictObject({ number: Text, heading: Text, text: z.string() });

const PolicyProjectSchema = z.strictObject({
  id: Id,
  order: z.number().int().positive(),
  marker: Text,
  name: Text,
  description: Text,
  citation: FileCitationSchema,
});

const PolicyAreaSchema = z.strictObject({
  id: Id,
  kind: z.enum(['headline', 'focus', 'section']),
  section: Text,
  projectId: Id.optional(),
  /** Section areas only: the heading as printed. Headline and focus labels are curated. */
  name: Text.optional(),
  citation: FileCitationSchema,
});

const PolicyPartSchema = z.strictObject({
  title: Text,
  decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  decidedOnJa: Text,
  decidedBy: Text,
  sections: z.array(SectionSchema).min(1),
  projects: z.array(PolicyProjectSchema).min(1),
  priorityAreas: z.array(PolicyAreaSchema),
  programmes: z.array(z.strictObject({ name: Text, section: Text })),
  purposes: z.array(z.strictObject({ id: Id, name: Text, citation: FileCitationSchema })).min(1),
  adjustmentFund: z.strictObject({ name: Text, citation: FileCitationSchema }),
  diseaseAreaNote: FileCitationSchema,
  priorityIntro: FileCitationSchema,
});

const CuratedEntrySchema = z.strictObject({ id: Id, name: Text, aliases: Terms, terms: Terms });

const CuratedPartSchema = z.strictObject({
  /** Says, in the file itself, that this part is curated and not the policy's words. */
  note: Text,
  planPeriod: z.strictObject({ name: Text, source: Text }),
  projects: z.array(z.strictObject({ id: Id, shortName: Text, aliases: Terms, terms: Terms.min(1) })),
  priorityAreas: z.array(z.strictObject({ id: Id, label: Text.optional(), fundBased: z.boolean(), terms: Terms })),
  diseaseAreas: z.strictObject({ source: Text, entries: z.array(CuratedEntrySchema).min(1) }),
  purposes: z.array(z.strictObject({ id: Id, aliases: Terms, terms: Terms })),
  categories: z.strictObject({ source: Text, entries: z.array(CuratedEntrySchema).min(1) }),
  ministries: z.strictObject({ source: Text, entries: z.array(CuratedEntrySchema.extend({ shortName: Text })).min(1) }),
  adjustmentFund: z.strictObject({ source: Text, terms: Terms }),
  fundTerms: Terms,
  /** What a draft copied from another year: to be read by a person (kept as a record, not an error). */
  review: z.array(Text),
});

export const PackFileSchema = z.strictObject({
  schemaVersion: z.literal(2),
  id: z.string().regex(/^R\d+$/),
  fiscalYear: z.strictObject({ western: z.number().int().min(2000).max(2100), reiwa: z.number().int().positive(), label: Text }),
  /** File name of the text the policy part was taken from. */
  sourceFile: Text,
  policy: PolicyPartSchema,
  curated: CuratedPartSchema,
  /** What a draft could not fill. A pack is usable only when this is empty. */
  todo: z.array(Text).max(0),
});
export type PackFile = z.infer<typeof PackFileSchema>;
export type PolicyPart = PackFile['policy'];
export type CuratedPart = PackFile['curated'];
