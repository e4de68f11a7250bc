import type { NoSuggestion, RowClassification, Suggestion, TagMatch } from '../model/classification';
import { suggestedCategory } from './category';
import { fundText, isAdjustmentFund, type FundText } from './fund';
import { BoundedMemo } from './memo';
import { whyNoSuggestion } from './no-suggestion';
import { MEMO_LIMIT, type PackIndex } from './pack-index';
import type { ScannedField } from './scan';
import { SharedParts } from './shared-parts';
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
  /** Shared in `parts` (the check's table). */
  suggestedTags(kind: TagKind, parts: SharedParts): readonly TagMatch[];
  suggestedCategory(): RowClassification['category'];
}

const evidence = new WeakMap<PackIndex, BoundedMemo<TextEvidence>>();

/** Remembered per combination of texts (rows repeat), built from per-field readings (cells repeat). */
export function textEvidence(texts: RowTexts, index: PackIndex, parts: SharedParts = new SharedParts()): TextEvidence {
  let memo = evidence.get(index);
  if (!memo) {
    memo = new BoundedMemo(MEMO_LIMIT);
    evidence.set(index, memo);
  }
  return memo.get(
    () => [texts.name, texts.summary, texts.remarks, texts.department, texts.priorityArea, texts.diseaseArea].map((t) => t ?? '').join('\u0001'),
    () => new RowTextEvidence(texts, index, parts),
  );
}

/** A class rather than an object with two closures per row: each row's evidence costs one object. */
class RowTextEvidence implements TextEvidence {
  readonly fund: FundText;
  readonly suggestions: readonly Suggestion[];
  readonly noSuggestion: NoSuggestion | null;
  readonly adjustmentFund: boolean;
  private readonly name: ScannedField;
  private readonly summary: ScannedField;
  private readonly remarks: ScannedField;
  private readonly department: ScannedField;

  /** The candidates are shared in `parts`, which is not kept: the evidence outlives the check (see memo.ts). */
  constructor(texts: RowTexts, private readonly index: PackIndex, parts: SharedParts) {
    const name = readField('name', texts.name, index);
    const summary = readField('summary', texts.summary, index);
    const remarks = readField('remarks', texts.remarks, index);
    const priorityArea = readField('priorityArea', texts.priorityArea, index);
    const diseaseArea = readField('diseaseArea', texts.diseaseArea, index);
    // Every text cell that says what the 事業 is: 事業名, 概要, 備考 (read like a 概要) and the tag columns. Not the
    // 担当部局・課室: it says who runs the 事業 (医薬局, 健康局がん・疾病対策課), not which project it serves.
    this.suggestions = parts.suggestions(scoreProjects([name, summary, remarks, priorityArea, diseaseArea], index));
    this.name = name.scanned;
    this.summary = summary.scanned;
    this.remarks = remarks.scanned;
    this.department = readField('department', texts.department, index).scanned;
    this.fund = fundText([name.scanned, summary.scanned, remarks.scanned]);
    // With candidates, only a tie needs saying, and that needs no field.
    const read = this.suggestions.length > 0 ? NO_FIELDS : [name.scanned, summary.scanned, remarks.scanned, priorityArea.scanned, diseaseArea.scanned];
    this.noSuggestion = whyNoSuggestion(read, this.suggestions, index);
    this.adjustmentFund = isAdjustmentFund(name.scanned);
  }

  suggestedTags(kind: TagKind, parts: SharedParts): readonly TagMatch[] {
    return suggestedTags(kind, [this.name, this.summary], this.index, parts);
  }

  suggestedCategory(): RowClassification['category'] {
    return suggestedCategory([this.name, this.summary, this.department, this.remarks]);
  }
}

const NO_FIELDS: readonly ScannedField[] = [];
