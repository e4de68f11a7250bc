import { z } from 'zod';

/**
 * The engine's view of a policy year: the policy's own words and the curated vocabulary
 * merged into one object (assemble.ts builds it from a pack file, pack-file.ts). No code may
 * know what a year contains; it reads a pack. Tests build small packs through this schema.
 */

/** A verbatim passage of the policy text, with the section it stands in. */
export const CitationSchema = z.object({
  /** Section as the policy numbers it, e.g. "5(1)④" or "3". */
  section: z.string().min(1),
  /** Exact sentence(s) of the source text (line breaks and spaces may differ). */
  text: z.string().min(1),
});
export type Citation = z.infer<typeof CitationSchema>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase ascii with dashes');

/** A tag the classifier may attach: focus items, headline areas, other sections. */
export const PriorityAreaSchema = z.object({
  id: Id,
  /** Exactly as the policy writes it (or the shortest faithful phrase of it). */
  name: z.string().min(1),
  /**
   * headline: the cross-cutting areas of section 5's opening;
   * focus: a project's 「令和X年度においては…」 item;
   * section: another numbered part of section 5 ((2) ムーンショット, (3) …, (4) インハウス).
   */
  kind: z.enum(['headline', 'focus', 'section']),
  section: z.string().min(1),
  /** For focus items: the project they belong to. */
  projectId: Id.optional(),
  /** Money for this area is fund-based (基金) or supplementary: reported apart, never in totals. */
  fundBased: z.boolean().default(false),
  citation: CitationSchema,
  /** Terms the classifier may match on (after NFKC). */
  terms: z.array(z.string().min(1)).min(1),
});
export type PriorityArea = z.infer<typeof PriorityAreaSchema>;

export const ProjectSchema = z.object({
  id: Id,
  /** 1-based official order. */
  order: z.number().int().positive(),
  /** Official name, e.g. 医薬品プロジェクト. */
  name: z.string().min(1),
  /** Short name used in tables, e.g. 医薬品. */
  shortName: z.string().min(1),
  /** Circled-number marker as the policy writes it, e.g. ①. */
  marker: z.string().min(1),
  /** Spellings real sheets use ("医薬品PJ", "PJ①", "①" …), matched after NFKC. */
  aliases: z.array(z.string().min(1)),
  /** The project's standing paragraph (what it does), as the policy writes it. */
  description: z.string().min(1),
  citation: CitationSchema,
  terms: z.array(z.string().min(1)).min(1),
  /** The year's 「令和X年度においては…」 items. kind must be 'focus'. */
  focusItems: z.array(PriorityAreaSchema),
});
export type Project = z.infer<typeof ProjectSchema>;

/** One entry of a closed vocabulary (疾患領域, 開発目的, 区分, 府省). */
export const VocabularyEntrySchema = z.object({
  id: Id,
  name: z.string().min(1),
  /** Other spellings, matched after NFKC. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Terms that suggest this entry from free text. */
  terms: z.array(z.string().min(1)).default([]),
  citation: CitationSchema.optional(),
});
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;

export const PolicyPackSchema = z.object({
  schemaVersion: z.literal(1),
  /** "R6" — what users type after --year. */
  id: z.string().regex(/^R\d+$/),
  fiscalYear: z.object({
    western: z.number().int().min(2000).max(2100),
    reiwa: z.number().int().positive(),
    /** 令和6年度 */
    label: z.string().min(1),
  }),
  /** The policy's title, verbatim. */
  title: z.string().min(1),
  /** ISO date of the decision. */
  decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The decision line as printed, e.g. 令和5年6月26日. */
  decidedOnJa: z.string().min(1),
  decidedBy: z.string().min(1),
  /** File name of the source text in policy/sources/. */
  sourceFile: z.string().min(1),
  /** Which plan period the projects belong to (e.g. 第2期). */
  planPeriod: z.string().min(1),
  projects: z.array(ProjectSchema).min(1),
  /** Headline areas and other sections of section 5 (focus items live under projects). */
  priorityAreas: z.array(PriorityAreaSchema),
  vocabularies: z.object({
    /** 疾患領域 in official order; the last entry is その他. */
    diseaseAreas: z.array(VocabularyEntrySchema).min(1),
    /** 開発目的: 予防 / 診断 / 治療 / 予後・QOL. */
    purposes: z.array(VocabularyEntrySchema).min(1),
    /** 区分: AMED対象経費 (id "amed") and インハウス研究機関経費 (id "inhouse"). */
    categories: z.array(VocabularyEntrySchema).min(1),
    ministries: z.array(VocabularyEntrySchema.extend({ shortName: z.string().min(1) })).min(1),
  }),
  /** Section 3: 調整費 is allocated by the Headquarters, never requested by a ministry. */
  adjustmentFund: z.object({
    name: z.string().min(1),
    terms: z.array(z.string().min(1)).min(1),
    citation: CitationSchema,
  }),
  /** Where the 疾患領域 list comes from (the 推進計画, not this policy): shown where a policy section would be. */
  diseaseAreaSource: z.string().min(1).default('推進計画'),
  /** Every numbered section of the text with its own paragraphs, so a finding can cite any of them. */
  sections: z.array(z.object({ number: z.string().min(1), heading: z.string().min(1), text: z.string() })).default([]),
  /** Programmes and plans section 5 names (「（SCARDA）」, 「富岳」 …), with the section naming them. */
  programmes: z.array(z.object({ name: z.string().min(1), section: z.string().min(1) })).default([]),
  /** Section 4: disease work is managed inside the integrated projects. */
  diseaseAreaNote: CitationSchema,
  /** Section 5's opening: why an increase should link to the year's areas. */
  priorityIntro: CitationSchema,
  /** Words that mark fund-based / supplementary money beyond the fundBased areas (基金, 補正 …). */
  fundTerms: z.array(z.string().min(1)).default([]),
});
export type PolicyPack = z.infer<typeof PolicyPackSchema>;

