import type { Basis, ProjectShare, Reason } from '../model/classification';
import type { FindingDraft, FindingParams } from '../model/finding';
import type { BudgetRow } from '../model/table';
import { cellFinding, type ClassificationRule } from './findings';
import { BoundedMemo } from './memo';
import { MEMO_LIMIT, type PackIndex } from './pack-index';
import { resolveLabelWith } from './project-label';
import { rowAmount } from './row-amount';

/**
 * A row's integrated project(s), strongest evidence first:
 * 1. split amount columns with non-zero amounts → 'split', those amounts;
 * 2. a declared label → 'declared'; one project takes the row's 計 (or 要求＋要望), several get null;
 * Nothing else: a suggestion from the row's text is never a share until the officer accepts it
 * (see accept.ts); until then the row's amount stays 統合プロジェクト未特定.
 */

export interface SharesResult {
  readonly basis: Basis | null;
  readonly projects: ProjectShare[];
  readonly findings: readonly FindingDraft[];
}

function splitShares(row: BudgetRow, index: PackIndex): ProjectShare[] {
  const amounts = row.projectAmounts;
  if (amounts === undefined || amounts.length === 0) return [];
  // By the project's position in the pack: the shares come out in the pack's order.
  let byProject: ({ amount: number; reasons: Reason[] } | undefined)[] | null = null;
  for (const { projectId, amount } of amounts) {
    const project = index.projectById.get(projectId);
    if (!project || typeof amount?.value !== 'number' || amount.value === 0) continue;
    byProject ??= new Array(index.projects.length);
    const p = index.projectOrder.get(projectId) as number;
    const reason: Reason = { kind: 'split-column', field: 'projectAmount', matched: amount.cell, weight: 1, citation: project.citation };
    // Kept with the row: a list of one made as such (a list grown from [] by push keeps room for 16 more).
    const entry = byProject[p];
    if (entry === undefined) byProject[p] = { amount: amount.value, reasons: [reason] };
    else {
      entry.amount += amount.value;
      entry.reasons.push(reason);
    }
  }
  const shares: ProjectShare[] = [];
  if (byProject === null) return shares;
  for (let p = 0; p < index.projects.length; p++) {
    const entry = byProject[p];
    if (entry) shares.push({ projectId: index.projects[p].id, amount: entry.amount, basis: 'split', reasons: entry.reasons });
  }
  // Kept with the row's classification: copied at its size (a list grown by push keeps spare room).
  return shares.slice();
}

/** What a label text declares, independent of the row: projects with their reasons, and what is wrong with it. */
interface DeclaredLabel {
  readonly projectIds: readonly string[];
  readonly reasons: ReadonlyMap<string, readonly Reason[]>;
  readonly problems: readonly { readonly rule: ClassificationRule; readonly params: FindingParams }[];
}

const declaredLabels = new WeakMap<PackIndex, BoundedMemo<DeclaredLabel>>();

function readLabel(label: string, index: PackIndex): DeclaredLabel {
  const resolution = resolveLabelWith(label, index);
  const reasons = new Map<string, Reason[]>();
  const problems: { rule: ClassificationRule; params: FindingParams }[] = [];
  const reason = (projectId: string, kind: Reason['kind'], matched: string) => {
    const project = index.projectById.get(projectId);
    if (!project) return;
    const r: Reason = { kind, field: 'projectLabel', matched, weight: 1, citation: project.citation };
    const list = reasons.get(projectId);
    // Lists at their size: rows declaring the label keep them.
    reasons.set(projectId, list ? [...list, r] : [r]);
  };
  for (const part of resolution.parts) {
    if (part.kind === 'project') {
      for (const id of part.projectIds) reason(id, part.via, part.text);
    } else if (part.kind === 'near-miss') {
      reason(part.projectId, 'near-miss', part.text);
      const officialName = index.projectById.get(part.projectId)?.name ?? part.projectId;
      problems.push({ rule: 'project-label-near-miss', params: { label: part.text, officialName, projectId: part.projectId } });
    } else if (part.kind === 'disease-area') {
      const diseaseArea = index.diseaseAreas.entries.find((e) => e.id === part.diseaseAreaId)?.name ?? part.diseaseAreaId;
      problems.push({ rule: 'disease-area-as-project', params: { label: part.text, diseaseArea, diseaseAreaId: part.diseaseAreaId } });
    } else {
      problems.push({ rule: 'project-label-unknown', params: { label: part.text, candidates: part.candidates } });
    }
  }
  return { projectIds: resolution.projectIds, reasons, problems };
}

const NO_LABEL: { shares: ProjectShare[]; findings: readonly FindingDraft[] } = { shares: [], findings: [] };

function declaredShares(row: BudgetRow, index: PackIndex): { shares: ProjectShare[]; findings: readonly FindingDraft[] } {
  const field = row.projectLabel;
  if (!field || typeof field.value !== 'string') return NO_LABEL;
  const label = field.value;
  let memo = declaredLabels.get(index);
  if (!memo) {
    memo = new BoundedMemo(MEMO_LIMIT);
    declaredLabels.set(index, memo);
  }
  const declared = memo.get(() => label, () => readLabel(label, index));
  const amount = declared.projectIds.length === 1 ? rowAmount(row) : null;
  return {
    shares: declared.projectIds.map((projectId): ProjectShare => ({ projectId, amount, basis: 'declared', reasons: declared.reasons.get(projectId) ?? [] })),
    findings: declared.problems.map((p) => cellFinding(p.rule, field, row.rowNumber, p.params)),
  };
}

export function projectShares(row: BudgetRow, index: PackIndex): SharesResult {
  const declared = declaredShares(row, index);
  const split = splitShares(row, index);
  if (split.length > 0) return { basis: 'split', projects: split, findings: declared.findings };
  if (declared.shares.length > 0) return { basis: 'declared', projects: declared.shares, findings: declared.findings };
  return { basis: null, projects: [], findings: declared.findings };
}
