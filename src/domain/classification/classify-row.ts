import type { RowClassification, TagMatch } from '../model/classification';
import type { FindingDraft } from '../model/finding';
import type { BudgetRow } from '../model/table';
import { declaredAccount, suggestedAccount } from './account';
import { declaredCategory } from './category';
import { fundOf, statusMarkers } from './fund';
import type { PackIndex } from './pack-index';
import { projectShares } from './project-shares';
import type { SharedParts } from './shared-parts';
import { declaredTags, type TagKind } from './tags';
import { textEvidence, type TextEvidence } from './text-evidence';
import { appendAll } from '../arrays';

export interface RowResult {
  readonly classification: RowClassification;
  readonly findings: FindingDraft[];
}

function text(field: { readonly value: unknown } | undefined): string | undefined {
  return typeof field?.value === 'string' ? field.value : undefined;
}

/** Classifies one row; never throws on odd field values (each text field is read defensively). */
export function classifyRowWith(row: BudgetRow, index: PackIndex, parts: SharedParts): RowResult {
  const evidence = textEvidence(
    {
      name: text(row.name),
      summary: text(row.summary),
      remarks: text(row.remarks),
      department: text(row.department),
      priorityArea: text(row.priorityArea),
      diseaseArea: text(row.diseaseArea),
    },
    index,
    parts,
  );
  const shares = projectShares(row, index);

  const findings: FindingDraft[] = [];
  appendAll(findings, shares.findings);
  let category: RowClassification['category'];
  if ((text(row.category) ?? '').trim().length > 0 && row.category) {
    const declared = declaredCategory(row.category, row.rowNumber, index);
    category = parts.category(declared.category);
    appendAll(findings, declared.findings);
  } else {
    category = parts.category(evidence.suggestedCategory());
  }
  const declared = declaredAccount(row.account, row.rowNumber);
  appendAll(findings, declared.findings);
  const priorityAreas = tagsOf('priority', row.priorityArea, row.rowNumber, index, parts, evidence, findings);
  const diseaseAreas = tagsOf('disease', row.diseaseArea, row.rowNumber, index, parts, evidence, findings);
  const purposes = tagsOf('purpose', row.purpose, row.rowNumber, index, parts, evidence, findings);

  const fund = fundOf(
    {
      text: evidence.fund,
      status: statusMarkers(text(row.status), index),
      areas: priorityAreas,
      account: declared.account,
      accountReason: declared.account && row.account ? { kind: 'label', field: 'account', matched: row.account.value.trim(), weight: 1 } : null,
    },
    index,
  );
  const account = declared.account ?? suggestedAccount(fund);
  // Two literal shapes rather than a spread of the optional noSuggestion (same keys, same order).
  const classification: RowClassification = evidence.noSuggestion
    ? { rowNumber: row.rowNumber, basis: shares.basis, projects: shares.projects, suggestions: evidence.suggestions, noSuggestion: evidence.noSuggestion, priorityAreas, diseaseAreas, purposes, category, account, fund, adjustmentFund: evidence.adjustmentFund }
    : { rowNumber: row.rowNumber, basis: shares.basis, projects: shares.projects, suggestions: evidence.suggestions, priorityAreas, diseaseAreas, purposes, category, account, fund, adjustmentFund: evidence.adjustmentFund };
  return { classification, findings };
}

/** The tags a row declares in its column (its findings added to `findings`), else those its text suggests. */
function tagsOf(kind: TagKind, field: BudgetRow['priorityArea'], rowNumber: number, index: PackIndex, parts: SharedParts, evidence: TextEvidence, findings: FindingDraft[]): readonly TagMatch[] {
  const declared = declaredTags(kind, field, rowNumber, index, parts);
  appendAll(findings, declared.findings);
  return declared.tags.length > 0 ? declared.tags : evidence.suggestedTags(kind, parts);
}
