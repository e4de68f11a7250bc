import type { FundKind, Reason, RowClassification, TagMatch } from '../model/classification';
import { BoundedMemo } from './memo';
import { MEMO_LIMIT, type PackIndex } from './pack-index';
import type { ScannedField } from './scan';
import { isSupplementaryBudget } from './supplementary-sense';
import { keyForm } from './text-key';
import { fieldWeight, KIND_WEIGHT, lengthFactor, round } from './weights';

/**
 * Fund-based, supplementary or investment money (ムーンショット, SCARDA, CiCLE, 基金, 補正) is
 * reported apart and never added into the initial-budget totals; a 調整費 line does not belong in
 * a ministry's request at all (section 3). Fund money is recognised, strongest first, from the
 * declared 会計区分, from marker words (補正, 基金, 出資金 …), and from programmes: the year's
 * fund-based areas (the pack) and the long-lived programmes (policy/programmes).
 */

/** What the row's text says about fund money. */
export interface FundText {
  /** Fund-based priority areas named, in the order found. */
  readonly areaIds: readonly string[];
  /** Kinds named by programmes (the pack's fund-based areas count as 'fund'). */
  readonly programmeKinds: readonly FundKind[];
  /** Kinds named by marker words. */
  readonly markerKinds: readonly FundKind[];
  readonly reasons: readonly Reason[];
}

/** The one marker word that is also everyday technical language (画像補正, 補正係数). */
const BARE_SUPPLEMENTARY = keyForm('補正');

const NO_FUND_TEXT: FundText = { areaIds: [], programmeKinds: [], markerKinds: [], reasons: [] };

export function fundText(fields: readonly ScannedField[]): FundText {
  if (!fields.some((f) => f.evidence.fund.length > 0)) return NO_FUND_TEXT;
  const reasons: Reason[] = [];
  const areaIds: string[] = [];
  const programmeKinds: FundKind[] = [];
  const markerKinds: FundKind[] = [];
  for (const f of fields) {
    for (const m of f.evidence.fund) {
      const weight = round(KIND_WEIGHT.term * lengthFactor(m.end - m.start) * fieldWeight(f.field));
      const matched = f.text.display.slice(m.start, m.end);
      const bareCorrection = keyForm(matched) === BARE_SUPPLEMENTARY && !isSupplementaryBudget(f.text.display, m.start, m.end);
      for (const e of m.values) {
        if (bareCorrection && e.kind === 'supplementary' && !e.areaId && !e.programmeId) continue;
        if (e.areaId) areaIds.push(e.areaId);
        if (e.areaId || e.programmeId) programmeKinds.push(e.kind);
        else markerKinds.push(e.kind);
        if (!reasons.some((r) => r.field === f.field && r.matched === matched)) {
          reasons.push(e.citation ? { kind: 'term', field: f.field, matched, weight, citation: e.citation } : { kind: 'term', field: f.field, matched, weight });
        }
      }
    }
  }
  return { areaIds, programmeKinds, markerKinds, reasons };
}

export interface StatusMarkers {
  readonly kinds: readonly FundKind[];
  readonly reasons: readonly Reason[];
}

const NO_MARKERS: StatusMarkers = { kinds: [], reasons: [] };

/** Per pack index, what each 新規/継続 text says (the column holds a handful of values). */
const statusReadings = new WeakMap<PackIndex, BoundedMemo<StatusMarkers>>();

function readStatus(status: string, index: PackIndex): StatusMarkers {
  const key = keyForm(status);
  if (key === '') return NO_MARKERS;
  const found = index.fundMarkers.filter((m) => key.includes(m.key));
  return {
    kinds: found.map((m) => m.kind),
    reasons: found.slice(0, 1).map((m) => ({ kind: 'term' as const, field: 'status', matched: m.term, weight: 1 })),
  };
}

/** A 補正 marker in the 新規/継続 column (「補正」「令和5年度補正」), which the text scan does not read. */
export function statusMarkers(status: string | undefined, index: PackIndex): StatusMarkers {
  if (status === undefined || status === '') return NO_MARKERS;
  let memo = statusReadings.get(index);
  if (!memo) statusReadings.set(index, (memo = new BoundedMemo(MEMO_LIMIT)));
  return memo.get(() => status, () => readStatus(status, index));
}

/** Of several kinds named, the one that decides: 補正 is 補正 whatever the programme; then investment, then fund. */
function strongest(kinds: readonly FundKind[]): FundKind | null {
  for (const kind of ['supplementary', 'investment', 'fund'] as const) if (kinds.includes(kind)) return kind;
  return null;
}

export interface FundInputs {
  readonly text: FundText;
  readonly status: StatusMarkers;
  /** The row's 重点領域 tags; the declared ones (fund-based ones count as a named programme) are read. */
  readonly areas: readonly TagMatch[];
  /** The declared 会計区分, if any. */
  readonly account: RowClassification['account'];
  readonly accountReason: Reason | null;
}

/**
 * Fund status of a row. A declared 復興特別会計 or other 特別会計 is an account of its own, not fund
 * money. Otherwise the declared account decides the kind when it is 補正 / 基金 / 政府出資; then a
 * 補正 marker; then a named programme; then the other marker words. The first fund-based area in
 * the pack's order is kept for display.
 */
export function fundOf(inputs: FundInputs, index: PackIndex): RowClassification['fund'] {
  const { text, status, account } = inputs;
  const declared = account?.basis === 'declared' ? account.id : null;
  if (declared === 'reconstruction' || declared === 'special') return null;
  const declaredAreas = inputs.areas.length === 0 ? NO_AREAS : inputs.areas.filter((tag) => tag.basis === 'declared' && index.priorityAreaById.get(tag.id)?.fundBased);
  const declaredKind = declared === 'fund' || declared === 'supplementary' || declared === 'investment' ? declared : null;
  // Most rows are none of it: decided before any list is made.
  if (!declaredKind && text.markerKinds.length === 0 && status.kinds.length === 0 && text.programmeKinds.length === 0 && declaredAreas.length === 0) return null;
  const markerKinds = [...text.markerKinds, ...status.kinds];
  const programmeKinds: FundKind[] = [...text.programmeKinds, ...declaredAreas.map((): FundKind => 'fund')];

  let kind: FundKind;
  let via: 'account' | 'marker' | 'programme';
  if (declaredKind) [kind, via] = [declaredKind, 'account'];
  else if (markerKinds.includes('supplementary')) [kind, via] = ['supplementary', 'marker'];
  else if (programmeKinds.length > 0) [kind, via] = [strongest(programmeKinds) ?? 'fund', 'programme'];
  else [kind, via] = [strongest(markerKinds) ?? 'fund', 'marker'];

  const areaIds = [...declaredAreas.map((t) => t.id), ...text.areaIds];
  const areaId = [...index.priorityAreaById.keys()].find((id) => areaIds.includes(id)) ?? null;
  const reasons = [...(inputs.accountReason ? [inputs.accountReason] : []), ...declaredAreas.flatMap((t) => t.reasons), ...text.reasons, ...status.reasons];
  return { areaId, reasons, kind, via };
}

const NO_AREAS: readonly TagMatch[] = [];

export function isAdjustmentFund(name: ScannedField): boolean {
  return name.evidence.adjustment.length > 0;
}
