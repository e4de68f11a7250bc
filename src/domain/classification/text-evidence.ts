import type { NoSuggestion, RowClassification, Suggestion, TagMatch } from '../model/classification';
import { suggestedCategory } from './category';
import { fundText, isAdjustmentFund, type FundText } from './fund';
import { BoundedMemo } from './memo';
import { whyNoSuggestion } from './no-suggestion';
import { MEMO_LIMIT, type PackIndex } from './pack-index';
import type { ScannedField } from './scan';
import { readField, scoreProjects } from './suggest-projects';
import { suggestedTags, type TagKind } from './tags';

/** The free-text cells of a row that classification reads. */
export interface RowTexts {
  readonly name?: string;
  readonly summary?: string;
  readonly remarks?: string;
  readonly department?: string;
  readonly priorityArea?: string;
  readonly diseaseArea?: string;
}

/** Everything a row's text alone says; tags and 区分 are worked out only when the row declares none. */
export interface TextEvidence {
  readonly fund: FundText;
  readonly suggestions: readonly Suggestion[];
  /** Why there is no candidate (none, or a tie), else null. */
  readonly noSuggestion: NoSuggestion | null;
  readonly adjustmentFund: boolean;
  suggestedTags(kind: TagKind): TagMatch[];
  suggestedCategory(): RowClassification['category'];
}

const evidence = new WeakMap<PackIndex, BoundedMemo<TextEvidence>>();

/** Remembered per combination of texts (rows repeat), built from per-field readings (cells repeat). */
export function textEvidence(texts: RowTexts, index: PackIndex): TextEvidence {
  const key = () => [texts.name, texts.summary, texts.remarks, texts.department, texts.priorityArea, texts.diseaseArea].map((t) => t ?? '').join('\u0001');
  let memo = evidence.get(index);
  if (!memo) {
    memo = new BoundedMemo(MEMO_LIMIT);
    evidence.set(index, memo);
  }
  return memo.get(key, () => compute(texts, index));
}

function compute(texts: RowTexts, index: PackIndex): TextEvidence {
  const name = readField('name', texts.name, index);
  const summary = readField('summary', texts.summary, index);
  const remarks = readField('remarks', texts.remarks, index);
  const tags = [readField('priorityArea', texts.priorityArea, index), readField('diseaseArea', texts.diseaseArea, index)];
  const described: readonly ScannedField[] = [name.scanned, summary.scanned];
  const department = readField('department', texts.department, index);
  // Every text cell that says what the 事業 is: 事業名, 概要, 備考 (read like a 概要) and the tag columns. Not the
  // 担当部局・課室: it says who runs the 事業 (医薬局, 健康局がん・疾病対策課), not which project it serves.
  const suggestions = scoreProjects([name, summary, remarks, ...tags], index);
  return {
    fund: fundText([name.scanned, summary.scanned, remarks.scanned]),
    suggestions,
    noSuggestion: whyNoSuggestion([name.scanned, summary.scanned, remarks.scanned, ...tags.map((t) => t.scanned)], suggestions, index),
    adjustmentFund: isAdjustmentFund(name.scanned),
    suggestedTags: (kind) => suggestedTags(kind, described, index),
    suggestedCategory: () => suggestedCategory([name.scanned, summary.scanned, department.scanned, remarks.scanned]),
  };
}
