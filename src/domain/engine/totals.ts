import type { Yen } from '../model/amount';
import { yenToUnit } from '../model/amount';
import type { Classification, RowClassification, Suggestion } from '../model/classification';
import type { AmountTotals, ApartTotals, ProjectTotals, ReportTotals } from '../model/report';
import type { SheetTable } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { attributeRows, type AttributedRow, type RowAmounts } from './row-amounts';

/** Sums in yen, so they are exact; converted to 千円 once at the end. */
class Sum {
  total = 0;
  request = 0;
  priorityRequest = 0;
  previous = 0;

  add(a: RowAmounts): void {
    this.total += a.total ?? 0;
    this.request += a.request ?? 0;
    this.priorityRequest += a.priorityRequest ?? 0;
    this.previous += a.previous ?? 0;
  }

  toThousandYen(hasPrevious: boolean): AmountTotals {
    return {
      total: yenToUnit(this.total),
      request: yenToUnit(this.request),
      priorityRequest: yenToUnit(this.priorityRequest),
      previous: hasPrevious ? yenToUnit(this.previous) : null,
      change: hasPrevious ? yenToUnit(this.total - this.previous) : null,
    };
  }
}

class ProjectSum {
  amed: Yen = 0;
  inhouse: Yen = 0;
  unknownCategory: Yen = 0;
  total: Yen = 0;
  previous: Yen = 0;
  previousEstimated = false;
  candidate: Yen = 0;

  add(category: string | null, amount: Yen, previous: Yen, estimated: boolean): void {
    this.total += amount;
    if (category === 'amed') this.amed += amount;
    else if (category === 'inhouse') this.inhouse += amount;
    else this.unknownCategory += amount;
    this.previous += previous;
    if (estimated && previous !== 0) this.previousEstimated = true;
  }

  toThousandYen(projectId: string | null, name: string, hasPrevious: boolean): ProjectTotals {
    return {
      projectId,
      name,
      amed: yenToUnit(this.amed),
      inhouse: yenToUnit(this.inhouse),
      unknownCategory: yenToUnit(this.unknownCategory),
      total: yenToUnit(this.total),
      previous: hasPrevious ? yenToUnit(this.previous) : null,
      change: hasPrevious ? yenToUnit(this.total - this.previous) : null,
      previousEstimated: hasPrevious && this.previousEstimated,
      candidate: yenToUnit(this.candidate),
    };
  }
}

/**
 * A row's 候補（未確定）: the leading suggestion's project shows the row's amount; when last year's
 * split leads, each of its projects shows its part (what no carried project weighs shows nowhere).
 * A row whose leaders tie (「候補なし」) shows nowhere: no one of them is its candidate.
 */
function addCandidates(projects: ReadonlyMap<string, ProjectSum>, suggestions: readonly Suggestion[], amount: Yen): void {
  const top = suggestions[0];
  if (!top) return;
  const parts = top.share ? suggestions.filter((s) => s.share?.amount !== undefined && s.share.amount !== null) : [];
  if (parts.length === 0 || parts.length !== suggestions.filter((s) => s.share !== undefined).length) {
    const sum = projects.get(top.projectId);
    if (sum) sum.candidate += amount;
    return;
  }
  for (const s of parts) {
    const sum = projects.get(s.projectId);
    if (sum) sum.candidate += s.share?.amount ?? 0;
  }
}

/** Where a row's money is counted: the initial budget, the fund line, or its 特別会計's line. */
export function ledgerOf(cls: RowClassification | undefined): 'main' | 'fund' | 'account' {
  if (cls?.fund) return 'fund';
  if (cls?.account && (cls.account.id === 'reconstruction' || cls.account.id === 'special')) return 'account';
  return 'main';
}

/** The 区分 the totals count: declared or accepted, never a guess. */
export function countedCategory(cls: RowClassification | undefined): string | null {
  return cls?.category && cls.category.basis !== 'suggested' ? cls.category.id : null;
}

/** The sheet has a 前年度 column: otherwise 前年度 and 増減 are unknown, not 0. */
export function hasPreviousColumn(table: SheetTable): boolean {
  return table.mapping?.columns.some((c) => c.role === 'previous' || c.role === 'projectPrevious') ?? false;
}

export const UNSPECIFIED_PROJECT_NAME = '統合プロジェクト未特定';

/**
 * The report's totals, in 千円. Each row counts in exactly one place (see ledgerOf). Within the
 * initial budget it counts by its declared or accepted 区分 (区分不明 otherwise), and by project
 * through its declared, split or accepted shares; what no share claims goes to 統合プロジェクト未特定,
 * so the projects plus that line always equal `all`. A suggestion counts nowhere: its amount is
 * shown as the project's 候補（未確定） and stays in 未特定.
 */
export function computeTotals(
  table: SheetTable,
  classification: Classification,
  pack: PolicyPack,
  attributed: readonly AttributedRow[] = attributeRows(table, classification),
): ReportTotals {
  const hasPrevious = hasPreviousColumn(table);
  const byCategory = { amed: new Sum(), inhouse: new Sum(), unknown: new Sum() };
  const all = new Sum();
  const fund = new Sum();
  const accounts = new Map<string, { id: string; sum: Sum }>();
  const projects = new Map<string, ProjectSum>(pack.projects.map((p) => [p.id, new ProjectSum()]));
  const unspecified = new ProjectSum();

  for (const { cls, amounts, attribution } of attributed) {
    const ledger = ledgerOf(cls);
    if (ledger === 'fund') {
      fund.add(amounts);
      continue;
    }
    if (ledger === 'account' && cls?.account) {
      const label = cls.account.label;
      const entry = accounts.get(label) ?? { id: cls.account.id, sum: new Sum() };
      entry.sum.add(amounts);
      accounts.set(label, entry);
      continue;
    }
    all.add(amounts);
    const category = countedCategory(cls);
    (category === 'amed' ? byCategory.amed : category === 'inhouse' ? byCategory.inhouse : byCategory.unknown).add(amounts);

    unspecified.add(category, attribution.unattributed, attribution.unattributedPrevious, attribution.unattributedPreviousEstimated);
    for (const share of attribution.shares) {
      // A project the pack does not know: the money is real, so it stays visible as 未特定.
      (projects.get(share.projectId) ?? unspecified).add(category, share.amount ?? 0, share.previous ?? 0, share.previousEstimated);
    }
    if (attribution.shares.length === 0 && !cls?.noSuggestion) addCandidates(projects, cls?.suggestions ?? [], attribution.unattributed);
  }

  return {
    amed: byCategory.amed.toThousandYen(hasPrevious),
    inhouse: byCategory.inhouse.toThousandYen(hasPrevious),
    unknownCategory: byCategory.unknown.toThousandYen(hasPrevious),
    all: all.toThousandYen(hasPrevious),
    fund: fund.toThousandYen(hasPrevious),
    accounts: [...accounts].map(([label, { id, sum }]): ApartTotals => ({ id, label, totals: sum.toThousandYen(hasPrevious) })),
    byProject: pack.projects.map((p) => (projects.get(p.id) as ProjectSum).toThousandYen(p.id, p.name, hasPrevious)),
    unspecified: unspecified.toThousandYen(null, UNSPECIFIED_PROJECT_NAME, hasPrevious),
  };
}
