import type { Yen } from '../model/amount';
import { yenToUnit } from '../model/amount';
import type { Classification } from '../model/classification';
import type { AmountTotals, ReportTotals } from '../model/report';
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

  toThousandYen(): AmountTotals {
    return {
      total: yenToUnit(this.total),
      request: yenToUnit(this.request),
      priorityRequest: yenToUnit(this.priorityRequest),
      previous: yenToUnit(this.previous),
      change: yenToUnit(this.total - this.previous),
    };
  }
}

interface ProjectSum {
  amed: Yen;
  inhouse: Yen;
  total: Yen;
  previous: Yen;
}

/**
 * The report's totals, in 千円. Fund-based rows go only into `fund`. Other rows go into `all`,
 * and into `amed` or `inhouse` by their 区分 (a row of unknown 区分 only into `all`; a finding
 * reports it). By project: each row's attributed shares, with the previous year split pro rata;
 * whatever is not attributed goes to `unattributed`, so that the projects plus `unattributed`
 * always equal `all`.
 */
export function computeTotals(
  table: SheetTable,
  classification: Classification,
  pack: PolicyPack,
  attributed: readonly AttributedRow[] = attributeRows(table, classification),
): ReportTotals {
  const amed = new Sum();
  const inhouse = new Sum();
  const all = new Sum();
  const fund = new Sum();
  const projects = new Map<string, ProjectSum>(pack.projects.map((p) => [p.id, { amed: 0, inhouse: 0, total: 0, previous: 0 }]));
  let unattributed = 0;
  let unattributedPrevious = 0;

  for (const { cls, amounts, attribution } of attributed) {
    if (cls?.fund) {
      fund.add(amounts);
      continue;
    }
    all.add(amounts);
    const category = cls?.category?.id;
    if (category === 'amed') amed.add(amounts);
    if (category === 'inhouse') inhouse.add(amounts);

    unattributed += attribution.unattributed;
    unattributedPrevious += attribution.unattributedPrevious;
    for (const share of attribution.shares) {
      const sum = projects.get(share.projectId);
      if (!sum) {
        // Not a project of this pack: the money is real, so it stays visible as unattributed.
        unattributed += share.amount ?? 0;
        unattributedPrevious += share.previous ?? 0;
        continue;
      }
      const amount = share.amount ?? 0;
      sum.total += amount;
      sum.previous += share.previous ?? 0;
      if (category === 'amed') sum.amed += amount;
      if (category === 'inhouse') sum.inhouse += amount;
    }
  }

  return {
    amed: amed.toThousandYen(),
    inhouse: inhouse.toThousandYen(),
    all: all.toThousandYen(),
    fund: fund.toThousandYen(),
    byProject: pack.projects.map((p) => {
      const sum = projects.get(p.id) as ProjectSum;
      return {
        projectId: p.id,
        name: p.name,
        amed: yenToUnit(sum.amed),
        inhouse: yenToUnit(sum.inhouse),
        total: yenToUnit(sum.total),
        previous: yenToUnit(sum.previous),
        change: yenToUnit(sum.total - sum.previous),
      };
    }),
    unattributed: yenToUnit(unattributed),
    unattributedPrevious: yenToUnit(unattributedPrevious),
  };
}
