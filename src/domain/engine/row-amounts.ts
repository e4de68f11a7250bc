import type { Yen } from '../model/amount';
import type { Basis, Classification, RowClassification } from '../model/classification';
import type { BudgetRow, SheetTable } from '../model/table';
import { allocateProRata } from './allocate';

/**
 * A row's amounts as the totals count them, in yen; null where the sheet gives nothing (counted
 * as 0). A missing 計 is 要求 + 要望; a missing 要求 is 計 − 要望. Unreadable cells count as
 * nothing here: their findings say so.
 */
export interface RowAmounts {
  readonly total: Yen | null;
  readonly request: Yen | null;
  readonly priorityRequest: Yen | null;
  readonly previous: Yen | null;
}

export function rowAmounts(row: BudgetRow): RowAmounts {
  const total = row.total?.value ?? null;
  const request = row.request?.value ?? null;
  const priorityRequest = row.priorityRequest?.value ?? null;
  return {
    total: total ?? (request === null && priorityRequest === null ? null : (request ?? 0) + (priorityRequest ?? 0)),
    request: request ?? (total === null ? null : total - (priorityRequest ?? 0)),
    priorityRequest,
    // Only a split of 前年度 by project and no 前年度 column: the split's sum is the row's 前年度.
    previous: row.previous?.value ?? splitSum(row.projectPrevious),
  };
}

function splitSum(split: BudgetRow['projectPrevious']): Yen | null {
  const known = (split ?? []).map((p) => p.amount.value).filter((v): v is Yen => typeof v === 'number');
  return known.length === 0 ? null : known.reduce((sum, v) => sum + v, 0);
}

export interface AttributedShare {
  readonly projectId: string;
  readonly basis: Basis;
  /** Yen; null when several projects are named without amounts. */
  readonly amount: Yen | null;
  /** The share of the previous-year amount, pro rata to the amounts; null when it cannot be said. */
  readonly previous: Yen | null;
  /** `previous` is an estimate: the row's 前年度 was divided pro rata among several parts. */
  readonly previousEstimated: boolean;
}

export interface Attribution {
  readonly shares: readonly AttributedShare[];
  /** Yen of the row's total that no share accounts for (the whole total when nothing is attributed). */
  readonly unattributed: Yen;
  readonly unattributedPrevious: Yen;
  readonly unattributedPreviousEstimated: boolean;
}

const YEN_PER_THOUSAND = 1000;

/** Whole 千円 stay whole 千円 (what the sheets and the submission sheet show); anything else is split in yen. */
function allocatePrevious(previous: Yen, weights: readonly number[]): Yen[] {
  if (previous % YEN_PER_THOUSAND === 0) return allocateProRata(previous / YEN_PER_THOUSAND, weights).map((k) => k * YEN_PER_THOUSAND);
  return allocateProRata(previous, weights);
}

/**
 * Which project each part of a row's money belongs to. A single project without an amount takes
 * the whole row; several without amounts take nothing (the row is unattributed). The previous-year
 * amount is split pro rata to the shares' amounts (any unattributed remainder weighing in too),
 * so that shares plus the unattributed part always add up to the row.
 */
export function attributeRow(amounts: RowAmounts, cls: RowClassification | undefined, previousSplit?: ReadonlyMap<string, Yen>): Attribution {
  const total = amounts.total ?? 0;
  const previous = amounts.previous ?? 0;
  const projects = cls?.projects ?? [];
  const shareAmounts = projects.map((p) => (p.amount === null && projects.length === 1 ? total : p.amount));
  const attributed = shareAmounts.reduce<number>((sum, a) => sum + (a ?? 0), 0);
  const unattributed = total - attributed;

  if (previousSplit && previousSplit.size > 0 && projects.length > 0) {
    // The sheet splits 前年度 by project: exact, nothing to estimate. Last year's money of a project
    // that has no share this year stays visible as 未特定's 前年度.
    const parts = projects.map((p) => previousSplit.get(p.projectId) ?? 0);
    return {
      shares: projects.map((p, i) => ({ projectId: p.projectId, basis: p.basis, amount: shareAmounts[i], previous: parts[i], previousEstimated: false })),
      unattributed,
      unattributedPrevious: previous - parts.reduce((sum, part) => sum + part, 0),
      unattributedPreviousEstimated: false,
    };
  }

  const weights = [...shareAmounts.map((a) => a ?? 0), Math.max(unattributed, 0)];
  // Amounts beyond exact integer range (a unit mistake on a huge figure) are not split: never throw on a sheet.
  const splittable = Number.isSafeInteger(previous) && weights.every((w) => w >= 0 && Number.isSafeInteger(w)) && weights.some((w) => w > 0);
  let previousParts: (Yen | null)[];
  let unattributedPrevious: Yen;
  // Only a division among two or more parts is an estimate; one part simply takes the row's 前年度.
  const estimated = splittable && previous !== 0 && weights.filter((w) => w > 0).length > 1;
  if (splittable) {
    const parts = allocatePrevious(previous, weights);
    previousParts = shareAmounts.map((a, i) => (a === null ? null : parts[i]));
    unattributedPrevious = parts[parts.length - 1];
  } else if (projects.length === 1) {
    // e.g. a program ending this year (total 0): last year's money was still its project's.
    previousParts = [previous];
    unattributedPrevious = 0;
  } else {
    previousParts = projects.map(() => null);
    unattributedPrevious = previous;
  }
  return {
    shares: projects.map((p, i) => ({ projectId: p.projectId, basis: p.basis, amount: shareAmounts[i], previous: previousParts[i], previousEstimated: estimated && previousParts[i] !== null })),
    unattributed,
    unattributedPrevious,
    unattributedPreviousEstimated: estimated,
  };
}

/** 前年度 by project as the sheet writes it (readable amounts only); undefined when it does not split it. */
function previousSplitOf(row: BudgetRow): Map<string, Yen> | undefined {
  if (!row.projectPrevious) return undefined;
  const split = new Map<string, Yen>();
  for (const { projectId, amount } of row.projectPrevious) {
    if (typeof amount.value === 'number') split.set(projectId, (split.get(projectId) ?? 0) + amount.value);
  }
  return split;
}

export interface AttributedRow {
  readonly row: BudgetRow;
  readonly cls: RowClassification | undefined;
  readonly amounts: RowAmounts;
  readonly attribution: Attribution;
}

/** Every data row's amounts and attribution, worked out once for both the totals and the report's rows. */
export function attributeRows(table: SheetTable, classification: Classification): AttributedRow[] {
  const byRow = new Map(classification.rows.map((c) => [c.rowNumber, c]));
  return table.rows.map((row) => {
    const cls = byRow.get(row.rowNumber);
    const amounts = rowAmounts(row);
    return { row, cls, amounts, attribution: attributeRow(amounts, cls, previousSplitOf(row)) };
  });
}
