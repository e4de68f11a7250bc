import type { ReportRow } from '../model/report';
import type { PolicyPack } from '../policy/schema';
import { allocateByLargestRemainder, canWeigh } from './allocate';
import { leadingCandidates, shareBasisText, unattributedBasisText, type UnattributedReason } from './basis-text';
import type { SubmissionLayout } from './layout';
import { rowTags } from './tags';
import { oncePer } from '../once-per';

/**
 * The 事業別明細: one line per 事業 × project share. Every total of the sheet is a formula
 * over these lines, so they must reconcile exactly: a 事業's lines add up to the 事業's
 * amounts, and an amount no project can claim goes to a 「統合プロジェクト未特定」 line.
 */

export type LineMark = 'prorated' | 'fund' | 'remainder';

export interface DetailLine {
  /** 1-based position of the 事業 in the report; a 事業's share lines share it. */
  readonly no: number;
  readonly name: string;
  /** A1 of the source row's 事業名 cell. */
  readonly source: string;
  /** The pack's 区分 name, or the layout's 区分不明. */
  readonly category: string;
  /** null for 「統合プロジェクト未特定」. */
  readonly projectId: string | null;
  readonly project: string;
  /** 要求・要望額 share, 千円. */
  readonly total: number;
  readonly request: number | null;
  readonly priorityRequest: number | null;
  readonly previous: number | null;
  /** Counted in the initial budget: included in every total (not fund-based, not a 特別会計 apart). */
  readonly counted: boolean;
  /** The 集計対象 cell: layout.counted.yes, .no (fund-based) or .account(label). */
  readonly ledger: string;
  readonly marks: readonly LineMark[];
  readonly priorityAreas: readonly string[];
  readonly diseaseAreas: readonly string[];
  readonly purposes: readonly string[];
  readonly basis: string;
  /** 候補（未確定）: the suggested project (a 未特定 line only), priority and disease areas nobody accepted. */
  readonly candidates: readonly string[];
  /** 事業番号, 担当部局・課室, 新規/継続 as the source sheet writes them; null where it has no such column. */
  readonly number: string | null;
  readonly department: string | null;
  readonly newOrContinuing: string | null;
}

interface Share {
  readonly projectId: string | null;
  readonly amount: number;
  readonly reason?: UnattributedReason;
}

/** The pack's projects by id, worked out once per pack: every row and line asks. */
const projectsById = oncePer((pack: PolicyPack): ReadonlyMap<string, PolicyPack['projects'][number]> => {
  const map = new Map<string, PolicyPack['projects'][number]>();
  // The first of an id, as find() would give.
  for (const project of pack.projects) if (!map.has(project.id)) map.set(project.id, project);
  return map;
});

/** Amounts arrive as 千円 with at most 3 decimals (whole yen); keep float noise out of the sheet. */
export function roundYen(amount: number): number {
  return Math.round(amount * 1000) / 1000;
}

/** Sum of one amount over lines (blank = 0), as the sheet's formulas compute it. */
export function sumLines(lines: readonly DetailLine[], pick: (line: DetailLine) => number | null): number {
  return roundYen(lines.reduce((sum, line) => sum + (pick(line) ?? 0), 0));
}

/** 要求・要望額 of a row; when the sheet has no 計, 要求 + 要望. */
export function rowTotal(row: ReportRow): number {
  if (row.total !== null) return row.total;
  return roundYen((row.request ?? 0) + (row.priorityRequest ?? 0));
}

/** How the row's 要求・要望額 divides into projects (before the other amounts follow it). */
function projectShares(row: ReportRow, pack: PolicyPack): Share[] {
  const total = rowTotal(row);
  const byId = projectsById(pack);
  const inPack = row.projects.filter((p) => byId.has(p.id));
  const notInPack = row.projects.length > inPack.length;
  const withAmount = inPack.filter((p) => p.amount !== null);

  if (withAmount.length > 0) {
    const shares: Share[] = withAmount.filter((p) => p.amount !== 0).map((p) => ({ projectId: p.id, amount: p.amount as number }));
    const remainder = roundYen(total - withAmount.reduce((sum, p) => sum + (p.amount as number), 0));
    const reason: UnattributedReason = notInPack ? 'notInPack' : inPack.some((p) => p.amount === null) ? 'unsplit' : 'remainder';
    if (remainder !== 0) shares.push({ projectId: null, amount: remainder, reason });
    if (shares.length > 0) return shares;
  }
  if (inPack.length === 1 && !notInPack) return [{ projectId: inPack[0].id, amount: total }];
  const reason: UnattributedReason = notInPack ? 'notInPack' : row.projects.length === 0 ? 'none' : 'unsplit';
  return [{ projectId: null, amount: total, reason }];
}

interface Split {
  readonly shares: readonly Share[];
  readonly request: readonly (number | null)[];
  readonly priorityRequest: readonly (number | null)[];
  readonly previous: readonly (number | null)[];
  /** Some amount was divided in proportion to the shares. */
  readonly prorated: boolean;
}

/**
 * The engine's split of 前年度 by share (ReportRow.projects[].previous), when it gave one for
 * every project line: using it verbatim keeps the sheet's formulas equal to the report's
 * totals to the last 千円. The 「統合プロジェクト未特定」 line takes the rest of the row's 前年度.
 */
function reportedPrevious(row: ReportRow, shares: readonly Share[]): (number | null)[] | null {
  if (row.previous === null) return null;
  const given = shares.map((s) => (s.projectId === null ? null : (row.projects.find((p) => p.id === s.projectId)?.previous ?? undefined)));
  if (shares.some((s, i) => s.projectId !== null && typeof given[i] !== 'number')) return null;
  const rest = roundYen(row.previous - given.reduce<number>((sum, g) => sum + (g ?? 0), 0));
  return shares.map((s, i) => (s.projectId === null ? rest : (given[i] as number)));
}

/**
 * 要求額, 要望額 and 前年度 follow the 要求・要望額 shares pro rata (a negative difference line
 * weighs nothing, as in the engine). When no share weighs anything, the whole amount goes to
 * a 「統合プロジェクト未特定」 line rather than to a guessed project.
 */
function splitAmounts(row: ReportRow, initial: readonly Share[]): Split {
  // One share (nearly every row) takes every amount whole: nothing to weigh or divide.
  if (initial.length === 1) return { shares: initial, request: [row.request], priorityRequest: [row.priorityRequest], previous: [row.previous], prorated: false };
  const present = [row.request, row.priorityRequest, row.previous].some((a) => a !== null && a !== 0);
  const weights = initial.map((s) => Math.max(s.amount, 0));
  const weighable = initial.length > 1 && canWeigh(weights);
  const needsFallbackLine = initial.length > 1 && !weighable && present && !initial.some((s) => s.projectId === null);
  const shares: Share[] = needsFallbackLine ? [...initial, { projectId: null, amount: 0, reason: 'unsplit' }] : [...initial];
  const fallbackIndex = shares.findIndex((s) => s.projectId === null);
  const allocate = (amount: number | null): (number | null)[] => {
    if (amount === null) return shares.map(() => null);
    if (shares.length === 1) return [amount];
    const parts = weighable ? allocateByLargestRemainder(amount, weights) : null;
    return parts ?? shares.map((_, i) => (i === fallbackIndex ? amount : 0));
  };

  const request = allocate(row.request);
  const { priorityRequest: priority } = row;
  // When 要求 + 要望 = 計, each line's 要望 is its share minus its 要求, so every line adds up too.
  const consistent = weighable && row.request !== null && priority !== null && roundYen(row.request + priority) === rowTotal(row);
  const priorityRequest = consistent ? shares.map((s, i) => roundYen(s.amount - (request[i] as number))) : allocate(priority);
  const previous = (shares.length > 1 ? reportedPrevious(row, shares) : null) ?? allocate(row.previous);
  return { shares, request, priorityRequest, previous, prorated: weighable && present };
}

function categoryName(row: ReportRow, pack: PolicyPack, layout: SubmissionLayout): string {
  return pack.vocabularies.categories.find((c) => c.id === row.category)?.name ?? layout.unknownCategoryName;
}

function ledgerText(row: ReportRow, layout: SubmissionLayout): string {
  if (row.ledger === 'fund') return layout.counted.no;
  if (row.ledger === 'account') return layout.counted.account(row.classification.account?.label ?? '');
  return layout.counted.yes;
}

/** Suggestions nobody accepted, by official name: the project only where the line has none. */
function candidateNames(row: ReportRow, projectId: string | null, pack: PolicyPack): string[] {
  const { priorityAreas, diseaseAreas } = row.candidates;
  const names = projectId === null && row.projects.length === 0 ? leadingCandidates(row).flatMap((s) => projectsById(pack).get(s.id)?.name ?? []) : [];
  return names.concat(priorityAreas, diseaseAreas);
}

export function detailLines(rows: readonly ReportRow[], pack: PolicyPack, layout: SubmissionLayout): DetailLine[] {
  const byId = projectsById(pack);
  const lines: DetailLine[] = [];
  rows.forEach((row, index) => {
    const split = splitAmounts(row, projectShares(row, pack));
    const tags = rowTags(row, pack);
    const category = categoryName(row, pack, layout);
    const ledger = ledgerText(row, layout);
    split.shares.forEach((share, i) => {
      const marks: LineMark[] = [];
      if (split.prorated) marks.push('prorated');
      if (row.ledger !== 'main') marks.push('fund');
      if (share.reason === 'remainder') marks.push('remainder');
      lines.push({
        no: index + 1,
        name: row.name,
        source: row.cell,
        category,
        projectId: share.projectId,
        project: share.projectId === null ? layout.unattributedLabel : (byId.get(share.projectId)?.name ?? layout.unattributedLabel),
        total: share.amount,
        request: split.request[i],
        priorityRequest: split.priorityRequest[i],
        previous: split.previous[i],
        counted: row.ledger === 'main',
        ledger,
        marks,
        priorityAreas: tags.priorityAreas,
        diseaseAreas: tags.diseaseAreas,
        purposes: tags.purposes,
        basis: share.projectId === null ? unattributedBasisText(row, share.reason ?? 'none', pack, layout) : shareBasisText(row, share.projectId, layout),
        candidates: candidateNames(row, share.projectId, pack),
        number: row.number ?? null,
        department: row.department ?? null,
        newOrContinuing: row.newOrContinuing ?? null,
      });
    });
  });
  return lines;
}
