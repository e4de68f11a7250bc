import type { Unit } from '../../src/domain/model/amount';
import type { Basis, Classification, Reason, RowClassification, Suggestion, TagMatch } from '../../src/domain/model/classification';
import type { FindingDraft } from '../../src/domain/model/finding';
import type { PreviousYearMatch } from '../../src/domain/model/previous-year';
import { a1, type CellValue } from '../../src/domain/model/grid';
import type { AmountField, BudgetRow, ColumnAssignment, ColumnRole, Field, SheetTable, SubtotalRow } from '../../src/domain/model/table';
import type { PolicyPack } from '../../src/domain/policy/schema';
import type { RuleContext } from '../../src/domain/rules/rule';
import { syntheticPack } from '../helpers/synthetic-pack';

/**
 * Hand-built tables for rule, engine and report tests: one fixed column layout (below), amounts
 * given in 千円, every field carrying the A1 address a reader would give it.
 *
 *   A 事業番号  B 事業名  C 区分  D 前年度予算額  E 要求額  F 要望額  G 要求・要望額  H 統合プロジェクト
 *   I… one split column per project of the pack, then 疾患領域, 開発目的, 重点領域, 事業概要, 新規/継続, 備考
 */

/** 千円 (a number), nil (null: the cell says "-"), or an exact raw cell and its value in yen. */
export type AmountSpec = number | null | { readonly raw: CellValue; readonly yen: number | null };

type ScalarRole = 'previous' | 'request' | 'priorityRequest' | 'total';
type TextRole = 'number' | 'category' | 'projectLabel' | 'diseaseArea' | 'purpose' | 'priorityArea' | 'summary' | 'status' | 'remarks';

export interface RowSpec extends Partial<Record<ScalarRole, AmountSpec>>, Partial<Record<TextRole, string>> {
  /** Excel row number; default: 4 + the row's index (the header is rows 1–3). */
  readonly row?: number;
  readonly name?: string;
  /** Split amounts by project id. */
  readonly split?: Readonly<Record<string, AmountSpec>>;
  /** The classifier's view of the row; defaults: AMED (declared), nothing else. */
  readonly cls?: Partial<Omit<RowClassification, 'rowNumber'>>;
}

export interface SubtotalSpec extends Partial<Record<ScalarRole, AmountSpec>> {
  readonly row: number;
  readonly label?: string;
  readonly kind?: 'subtotal' | 'grandTotal';
  readonly covers: readonly number[];
  readonly split?: Readonly<Record<string, AmountSpec>>;
}

export interface TableSpec {
  readonly rows?: readonly RowSpec[];
  readonly subtotals?: readonly SubtotalSpec[];
  readonly tableFindings?: readonly FindingDraft[];
  readonly classificationFindings?: readonly FindingDraft[];
  readonly unit?: Unit;
  readonly sheetName?: string;
  /** No header found: mapping null. */
  readonly noHeader?: boolean;
  /** Columns of the fixed layout the sheet lacks (left out of the mapping; cells keep their place). */
  readonly omitColumns?: readonly ColumnRole[];
  /** Last year's sheet matched with this one (see previousMatch). */
  readonly previous?: PreviousYearMatch;
}

const FIXED: readonly [ColumnRole, string][] = [
  ['number', '事業番号'],
  ['name', '事業名'],
  ['category', '区分'],
  ['previous', '前年度予算額'],
  ['request', '要求額'],
  ['priorityRequest', '要望額'],
  ['total', '要求・要望額'],
  ['projectLabel', '統合プロジェクト'],
];
const TRAILING: readonly [ColumnRole, string][] = [
  ['diseaseArea', '疾患領域'],
  ['purpose', '開発目的'],
  ['priorityArea', '重点領域'],
  ['summary', '事業概要'],
  ['status', '新規/継続'],
  ['remarks', '備考'],
];

export const HEADER_BOTTOM = 2;

export function layout(pack: PolicyPack): ColumnAssignment[] {
  const split = pack.projects.map((p) => ({ role: 'projectAmount' as const, projectId: p.id, header: `統合プロジェクト別内訳 / ${p.shortName}` }));
  return [
    ...FIXED.map(([role, header]) => ({ role, header })),
    ...split,
    ...TRAILING.map(([role, header]) => ({ role, header })),
  ].map((c, col) => ({ ...c, col }));
}

/** A1 of a role's cell in a row (rowNumber is 1-based). */
export function cellOf(pack: PolicyPack, role: ColumnRole, rowNumber: number, projectId?: string): string {
  const column = layout(pack).find((c) => c.role === role && (projectId === undefined || c.projectId === projectId));
  if (!column) throw new Error(`no column for ${role}`);
  return a1(rowNumber - 1, column.col);
}

function amountField(spec: AmountSpec, cell: string): AmountField {
  if (spec === null) return { value: null, cell, raw: '-' };
  if (typeof spec === 'number') return { value: Math.round(spec * 1000), cell, raw: spec };
  return { value: spec.yen, cell, raw: spec.raw };
}

function textField(value: string, cell: string): Field<string> {
  return { value, cell, raw: value };
}

export function budgetRow(pack: PolicyPack, spec: RowSpec, index: number): BudgetRow {
  const rowNumber = spec.row ?? index + 4;
  const at = (role: ColumnRole, projectId?: string) => cellOf(pack, role, rowNumber, projectId);
  const row: Record<string, unknown> = {
    rowNumber,
    name: textField(spec.name ?? `事業${rowNumber}`, at('name')),
    projectAmounts: Object.entries(spec.split ?? {}).map(([projectId, amount]) => ({ projectId, amount: amountField(amount, at('projectAmount', projectId)) })),
  };
  for (const role of ['previous', 'request', 'priorityRequest', 'total'] as const) {
    const amount = spec[role];
    if (amount !== undefined) row[role] = amountField(amount, at(role));
  }
  for (const role of ['number', 'category', 'projectLabel', 'diseaseArea', 'purpose', 'priorityArea', 'summary', 'status', 'remarks'] as const) {
    const text = spec[role];
    if (text !== undefined) row[role] = textField(text, at(role));
  }
  return row as unknown as BudgetRow;
}

function subtotalRow(pack: PolicyPack, spec: SubtotalSpec): SubtotalRow {
  const amounts: SubtotalRow['amounts'][number][] = [];
  for (const role of ['previous', 'request', 'priorityRequest', 'total'] as const) {
    const amount = spec[role];
    if (amount !== undefined) amounts.push({ role, amount: amountField(amount, cellOf(pack, role, spec.row)) });
  }
  for (const [projectId, amount] of Object.entries(spec.split ?? {})) {
    amounts.push({ role: 'projectAmount', projectId, amount: amountField(amount, cellOf(pack, 'projectAmount', spec.row, projectId)) });
  }
  const label = spec.label ?? '小計';
  return { rowNumber: spec.row, label: textField(label, cellOf(pack, 'name', spec.row)), kind: spec.kind ?? 'subtotal', amounts, covers: spec.covers };
}

export function rowClassification(rowNumber: number, spec: RowSpec['cls'] = {}): RowClassification {
  return {
    rowNumber,
    basis: null,
    projects: [],
    suggestions: [],
    priorityAreas: [],
    diseaseAreas: [],
    purposes: [],
    category: { id: 'amed', basis: 'declared' },
    account: null,
    fund: null,
    adjustmentFund: false,
    ...spec,
  };
}

export function makeTable(spec: TableSpec, pack: PolicyPack = syntheticPack()): SheetTable {
  const rows = (spec.rows ?? []).map((r, i) => budgetRow(pack, r, i));
  const columns = layout(pack).filter((c) => !spec.omitColumns?.includes(c.role));
  return {
    sheetName: spec.sheetName ?? '要求一覧',
    mapping: spec.noHeader ? null : { headerTop: 0, headerBottom: HEADER_BOTTOM, columns },
    mappingSource: spec.noHeader ? 'none' : 'detected',
    unit: spec.unit ?? '千円',
    unitSource: 'header',
    titleLines: ['令和6年度 概算要求 医療分野研究開発関連（単位：千円）'],
    rows,
    subtotals: (spec.subtotals ?? []).map((s) => subtotalRow(pack, s)),
    dataRange: rows.length === 0 ? null : { top: HEADER_BOTTOM + 1, bottom: Math.max(...rows.map((r) => r.rowNumber)) - 1, left: 0, right: columns.length - 1 },
    findings: spec.tableFindings ?? [],
  };
}

export function makeClassification(spec: TableSpec, pack: PolicyPack = syntheticPack()): Classification {
  const table = makeTable(spec, pack);
  return {
    rows: table.rows.map((r, i) => rowClassification(r.rowNumber, spec.rows?.[i]?.cls)),
    findings: spec.classificationFindings ?? [],
  };
}

export function makeContext(spec: TableSpec, pack: PolicyPack = syntheticPack()): RuleContext {
  return { table: makeTable(spec, pack), classification: makeClassification(spec, pack), pack, ...(spec.previous ? { previous: spec.previous } : {}) };
}

/** A continuing 事業: this year's row, and last year's row with the projects it declared there. */
export interface ContinuingSpec {
  readonly row: number;
  readonly previousRow?: number;
  readonly name?: string;
  readonly projects: readonly string[];
}

/**
 * Last year's sheet 「令和5年度要求」 matched with this year's: each continuing row by name,
 * under this year's projects, or under another plan period's (`other`).
 */
export function previousMatch(
  continuing: readonly ContinuingSpec[],
  other?: { readonly planPeriod: string; readonly projects: readonly { id: string; name: string }[] },
  pack: PolicyPack = syntheticPack(),
): PreviousYearMatch {
  const projects = other?.projects ?? pack.projects.map((p) => ({ id: p.id, name: p.name }));
  return {
    source: { sheet: '令和5年度要求', kind: 'request', packId: 'R5', planPeriod: other?.planPeriod ?? pack.planPeriod, projects, fiscalYear: '令和5年度' },
    continuing: continuing.map((c) => ({
      row: c.row,
      previous: { row: c.previousRow ?? c.row, number: null, name: c.name ?? `事業${c.row}`, projects: c.projects.map((projectId) => ({ projectId, amount: null })), priorityAreas: [], diseaseAreas: [] },
      by: 'name',
      similarity: 1,
    })),
    added: [],
    discontinued: [],
    sameProjects: other === undefined,
  };
}

export function share(projectId: string, amount: number | null, basis: Basis = 'declared') {
  return { projectId, amount: amount === null ? null : amount * 1000, basis };
}

export function reason(matched: string, field = 'name'): Reason {
  return { kind: 'term', field, matched, weight: 1 };
}

export function suggestion(projectId: string, confidence: Suggestion['confidence'] = 'high', matched: readonly string[] = ['創薬']): Suggestion {
  return { projectId, score: confidence === 'high' ? 0.9 : confidence === 'medium' ? 0.6 : 0.3, confidence, reasons: matched.map((m) => reason(m)) };
}

export function tag(id: string, name: string, basis: TagMatch['basis'] = 'declared'): TagMatch {
  return { id, name, basis, reasons: [] };
}
