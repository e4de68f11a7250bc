import type { Reason, RowClassification, TagMatch } from '../model/classification';
import type { PackIndex } from './pack-index';
import type { ScannedField } from './scan';
import { fieldWeight, KIND_WEIGHT, lengthFactor, round } from './weights';

/**
 * Fund-based or supplementary money (ムーンショット, SCARDA, 基金, 補正) is reported apart and
 * never added into the initial-budget totals; a 調整費 line does not belong in a ministry's
 * request at all (section 3). Both are recognised from the pack's words.
 */

/** What the row's text says about fund money: the fund-based areas named and the words. */
export interface FundText {
  readonly areaIds: readonly string[];
  readonly reasons: readonly Reason[];
}

export function fundText(fields: readonly ScannedField[]): FundText {
  const reasons: Reason[] = [];
  const areaIds: string[] = [];
  for (const f of fields) {
    for (const m of f.evidence.fund) {
      const weight = round(KIND_WEIGHT.term * lengthFactor(m.end - m.start) * fieldWeight(f.field));
      const matched = f.text.display.slice(m.start, m.end);
      for (const e of m.values) {
        if (e.areaId) areaIds.push(e.areaId);
        if (!reasons.some((r) => r.field === f.field && r.matched === matched)) {
          reasons.push({ kind: 'term', field: f.field, matched, weight, ...(e.citation ? { citation: e.citation } : {}) });
        }
      }
    }
  }
  return { areaIds, reasons };
}

/** Fund status from the text and from declared 重点領域 that are fund-based; the first such area in the pack's order. */
export function fundOf(text: FundText, declaredAreas: readonly TagMatch[], index: PackIndex): RowClassification['fund'] {
  const declared = declaredAreas.filter((tag) => index.priorityAreaById.get(tag.id)?.fundBased);
  if (declared.length === 0 && text.reasons.length === 0) return null;
  const areaIds = [...declared.map((t) => t.id), ...text.areaIds];
  const areaId = [...index.priorityAreaById.keys()].find((id) => areaIds.includes(id)) ?? null;
  return { areaId, reasons: [...declared.flatMap((t) => t.reasons), ...text.reasons] };
}

export function isAdjustmentFund(name: ScannedField): boolean {
  return name.evidence.adjustment.length > 0;
}
