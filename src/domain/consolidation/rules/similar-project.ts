import { comparable, SimilarNames, type ComparableName } from '../../classification/similar-names';
import { matchKey } from '../../text/normalize';
import type { ConsolidationDraft } from '../finding';
import type { MinistryPart } from '../part';
import type { ConsolidationRule } from './rule';

/**
 * R6 §2: ministries must show their 連携・役割分担, and what a hearing asks about is the same
 * 事業 requested by two ministries. Names are compared across ministries only (one ministry's
 * own duplicates are the sheet rule duplicate-project's business).
 */

/** Names at least this alike (0…1) are reported. */
export const SIMILAR_THRESHOLD = 0.8;
/** Shorter names say too little to compare (「研究費」). */
const MIN_LENGTH = 4;

interface Entry {
  readonly part: MinistryPart;
  readonly name: string;
  readonly comparable: ComparableName;
  readonly cell: string;
}

/** One entry per 事業 (a 事業's share lines share its name and number). */
function entries(parts: readonly MinistryPart[]): Entry[] {
  const out: Entry[] = [];
  for (const part of parts) {
    const seen = new Set<string>();
    for (const line of part.lines) {
      const key = matchKey(line.name);
      if ([...key].length < MIN_LENGTH || seen.has(key)) continue;
      seen.add(key);
      out.push({ part, name: line.name, comparable: comparable(key), cell: line.source });
    }
  }
  return out;
}

export const similarProject: ConsolidationRule = {
  id: 'similar-project',
  severity: 'warning',
  docs: {
    title: { ja: '府省間で類似の事業', en: 'Similar programs in two ministries' },
    description: {
      ja: '同じ、またはほぼ同じ名称の事業が2つの府省にないかを、名称の類似度とともに示します（資源配分方針の2: 府省間の連携・役割分担）。',
      en: 'Shows programs with the same or nearly the same name in two ministries, with how alike they are (policy section 2: coordination and division of roles).',
    },
  },
  messages: {
    ja: '{ministry}の「{name}」と{otherMinistry}の「{otherName}」は名称が類似しています（類似度 {similarity}%）。府省間の連携・役割分担をヒアリングで説明できるようにしてください。',
    en: '"{name}" ({ministry}) and "{otherName}" ({otherMinistry}) have similar names ({similarity}% alike). Be ready to explain how the ministries coordinate and divide the work.',
  },
  check(ctx) {
    // Candidates share bigrams; only those are compared, so the rule stays near-linear on large inputs.
    const index = new SimilarNames<Entry>();
    const drafts: ConsolidationDraft[] = [];
    for (const entry of entries(ctx.parts)) {
      const sameMinistry = (other: Entry) => other.part === entry.part || other.part.ministry === entry.part.ministry;
      for (const { item: other, similarity: alike } of index.alike(entry.comparable, SIMILAR_THRESHOLD, sameMinistry)) {
        drafts.push({
          rule: 'similar-project',
          file: entry.part.input.file,
          sheet: entry.part.input.sheet,
          cell: entry.cell,
          params: {
            ministry: other.part.ministry ?? other.part.input.file,
            name: other.name,
            otherMinistry: entry.part.ministry ?? entry.part.input.file,
            otherName: entry.name,
            similarity: Math.round(alike * 100),
          },
        });
      }
      index.add(entry.comparable, entry);
    }
    return drafts;
  },
};
