import { a1, cellAt, type CellValue, type SheetGrid } from '../model/grid';
import { guessPackFromText } from '../policy/registry';
import type { PolicyPack } from '../policy/schema';
import { ministryByName } from '../reading/ministry';
import { sumLines, type DetailLine, type LineMark } from '../submission/detail-lines';
import type { DetailColumnKey, SubmissionLayout } from '../submission/layout';
import type { ConsolidationDraft } from './finding';
import type { MinistryPart } from './part';

/**
 * Reads back a submission sheet this product wrote (the adapter found it by its marker): the
 * header facts, and the 事業別明細 exactly as written, which is what every total on that sheet
 * is a formula of. The totals the sheet shows (cached results of those formulas) are compared
 * with the detail's sums: a sheet edited by hand after it was written gets a finding, and the
 * detail, which the totals are computed from, is what the consolidation counts.
 */

export interface SubmissionSource {
  readonly grid: SheetGrid;
  readonly file: string;
}

function str(value: CellValue): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return String(value);
  return null;
}

function num(value: CellValue): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Cells joined with the layout's separator ('／') back into a list. */
function list(value: CellValue, separator: string): string[] {
  const text = str(value);
  return text === null ? [] : text.split(separator).filter((s) => s !== '');
}

function rowOf(grid: SheetGrid, col: number, label: string, from = 0, to = Number.POSITIVE_INFINITY): number | null {
  const last = Math.min(to, grid.originRow + grid.values.length - 1);
  for (let r = Math.max(from, grid.originRow); r <= last; r++) if (str(cellAt(grid, r, col)) === label) return r;
  return null;
}

function unreadable(file: string, sheet: string, problem: string): ConsolidationDraft {
  return { rule: 'submission-unreadable', file, sheet, params: { problem } };
}

interface Header {
  readonly title: string;
  readonly ministry: string | null;
  readonly policy: string | null;
  readonly counts: MinistryPart['summary'];
}

function readHeader(grid: SheetGrid, layout: SubmissionLayout): Header {
  const h = layout.header;
  const detailTop = rowOf(grid, 0, layout.detail.title) ?? Number.POSITIVE_INFINITY;
  const fact = (label: string): string | null => {
    const row = rowOf(grid, h.labelCol, label, 0, detailTop);
    return row === null ? null : str(cellAt(grid, row, h.valueFirstCol));
  };
  const status = fact(h.labels.status) ?? '';
  const count = (word: string) => Number(new RegExp(`${word}\\s*(\\d+)\\s*件`).exec(status)?.[1] ?? 0);
  const rows = Number(/^(\d+)/.exec(fact(h.labels.rows) ?? '')?.[1] ?? 0);
  const ministry = fact(h.labels.ministry);
  return {
    title: str(cellAt(grid, 0, 0)) ?? '',
    ministry: ministry === h.unknown ? null : ministry,
    policy: fact(h.labels.policy),
    counts: { errors: count('エラー'), warnings: count('警告'), infos: count('情報'), rows },
  };
}

const MARKS: readonly LineMark[] = ['prorated', 'fund', 'remainder'];
/** Columns added to the detail later: a sheet written before them is still read, without them. */
const OPTIONAL: ReadonlySet<DetailColumnKey> = new Set(['number', 'department', 'newOrContinuing']);

interface Detail {
  readonly lines: DetailLine[];
  readonly previousKnown: boolean;
  readonly problem: string | null;
}

/**
 * The row (Excel's number) of the first line of the 事業別明細, or null without one: the lines
 * follow it without a gap, in the order readSubmissionSheet returns them.
 */
export function firstDetailRow(grid: SheetGrid, layout: SubmissionLayout): number | null {
  const top = rowOf(grid, 0, layout.detail.title);
  // The title at 0-based row `top`, its header below it, the first line at top + 2: Excel's row top + 3.
  return top === null ? null : top + 3;
}

function readDetail(grid: SheetGrid, layout: SubmissionLayout, pack: PolicyPack): Detail {
  const d = layout.detail;
  const top = rowOf(grid, 0, d.title);
  if (top === null) return { lines: [], previousKnown: true, problem: `「${d.title}」の表がない` };
  const header = top + 1;
  const has = (c: { col: number; header: string }) => str(cellAt(grid, header, c.col)) === c.header;
  const moved = d.columns.filter((c) => !OPTIONAL.has(c.key) && !has(c));
  if (moved.length > 0) return { lines: [], previousKnown: true, problem: `「${d.title}」の列「${moved.map((c) => c.header).join('」「')}」が様式の位置にない` };

  const col = Object.fromEntries(d.columns.map((c) => [c.key, c.col])) as Record<DetailColumnKey, number>;
  const present = new Set(d.columns.filter(has).map((c) => c.key));
  const sep = layout.tagSeparator;
  const markByText = new Map(MARKS.map((m) => [d.marks[m], m]));
  const lines: DetailLine[] = [];
  let previousKnown = true;
  for (let row = header + 1; typeof cellAt(grid, row, col.no) === 'number'; row++) {
    const at = (key: DetailColumnKey) => cellAt(grid, row, col[key]);
    const project = str(at('project')) ?? layout.unattributedLabel;
    const ledger = str(at('counted')) ?? layout.counted.yes;
    if (at('change') === layout.unknownAmount) previousKnown = false;
    lines.push({
      no: num(at('no')) ?? 0,
      name: str(at('name')) ?? '',
      source: str(at('source')) ?? a1(row, col.name),
      category: str(at('category')) ?? layout.unknownCategoryName,
      projectId: pack.projects.find((p) => p.name === project)?.id ?? null,
      project,
      total: num(at('total')) ?? 0,
      request: num(at('request')),
      priorityRequest: num(at('priorityRequest')),
      previous: num(at('previous')),
      counted: ledger === layout.counted.yes,
      ledger,
      marks: list(at('note'), sep).flatMap((m) => markByText.get(m) ?? []),
      priorityAreas: list(at('priorityAreas'), sep),
      diseaseAreas: list(at('diseaseAreas'), sep),
      purposes: list(at('purposes'), sep),
      basis: str(at('basis')) ?? '',
      candidates: list(at('candidates'), sep),
      number: present.has('number') ? str(at('number')) : null,
      department: present.has('department') ? str(at('department')) : null,
      newOrContinuing: present.has('newOrContinuing') ? str(at('newOrContinuing')) : null,
    });
  }
  return { lines, previousKnown, problem: null };
}

/**
 * The 総括表 and 統合プロジェクト別 figures as written, against the detail's sums with the same
 * filters their formulas use. One finding per cell that differs.
 */
function checkTotals(grid: SheetGrid, layout: SubmissionLayout, pack: PolicyPack, detail: Detail, where: { file: string; sheet: string }): ConsolidationDraft[] {
  const drafts: ConsolidationDraft[] = [];
  const counted = detail.lines.filter((l) => l.counted);
  const compare = (row: number, col: number, label: string, column: string, computed: number) => {
    const value = cellAt(grid, row, col);
    const written = num(value);
    if (written !== null && Math.abs(written - computed) < 0.0005) return;
    drafts.push({
      rule: 'submission-totals-mismatch',
      ...where,
      cell: a1(row, col),
      params: { label, column, written: written ?? (str(value) ?? (value && typeof value === 'object' && 'error' in value ? value.error : null)), computed },
    });
  };

  const s = layout.summary;
  const summaryTop = rowOf(grid, 0, s.title);
  if (summaryTop !== null) {
    const categoryLines = pack.vocabularies.categories.map((c) => [c.name, counted.filter((l) => l.category === c.name)] as const);
    const unknown = counted.filter((l) => !pack.vocabularies.categories.some((c) => c.name === l.category));
    const specs: (readonly [string, readonly DetailLine[]])[] = [
      ...categoryLines,
      [s.unknownCategoryLabel, unknown],
      [s.allLabel, counted],
      [s.fundLabel, detail.lines.filter((l) => l.ledger === layout.counted.no)],
    ];
    const summaryEnd = rowOf(grid, 0, layout.projects.title) ?? summaryTop + 20;
    for (const [label, lines] of specs) {
      const row = rowOf(grid, s.label.first, label, summaryTop, summaryEnd);
      if (row === null) continue;
      for (const column of s.columns) {
        if (column.key === 'change' || column.key === 'rate') continue;
        if (column.key === 'previous' && !detail.previousKnown) continue;
        compare(row, column.col, label, column.header, sumLines(lines, (l) => l[column.key as 'total' | 'request' | 'priorityRequest' | 'previous']));
      }
    }
  }

  const p = layout.projects;
  const projectsTop = rowOf(grid, 0, p.title);
  const totalCol = p.columns.find((c) => c.key === 'total');
  if (projectsTop !== null && totalCol) {
    const end = rowOf(grid, p.label.first, p.totalLabel, projectsTop) ?? projectsTop;
    const names = [...pack.projects.map((q) => q.name), layout.unattributedLabel];
    for (const name of names) {
      const row = rowOf(grid, p.label.first, name, projectsTop, end);
      if (row !== null) compare(row, totalCol.col, name, totalCol.header, sumLines(counted.filter((l) => l.project === name), (l) => l.total));
    }
    if (end !== projectsTop) compare(end, totalCol.col, p.totalLabel, totalCol.header, sumLines(counted, (l) => l.total));
  }
  return drafts;
}

function packOf(header: Header, packs: readonly PolicyPack[]): PolicyPack | null {
  const policy = header.policy;
  if (policy !== null) {
    const named = packs.find((p) => policy.startsWith(p.title));
    if (named) return named;
  }
  return guessPackFromText([header.title], packs)?.pack ?? null;
}

/**
 * A MinistryPart from a submission sheet: always a part, with findings for whatever could not
 * be read (then it has no lines, and the consolidation refuses).
 */
export function readSubmissionSheet(source: SubmissionSource, packs: readonly PolicyPack[], layout: SubmissionLayout): MinistryPart {
  const { grid, file } = source;
  const where = { file, sheet: grid.sheetName };
  const header = readHeader(grid, layout);
  const pack = packOf(header, packs);
  const base = {
    input: { file, sheet: grid.sheetName, kind: 'submission' as const },
    summary: header.counts,
  };
  if (!pack) {
    return { ...base, ministry: null, ministryFrom: null, policyId: '', previousKnown: true, lines: [], findings: [unreadable(file, grid.sheetName, '準拠した資源配分方針の年度が分からない')] };
  }
  const ministry = header.ministry === null ? null : (ministryByName(header.ministry, pack)?.name ?? header.ministry);
  const detail = readDetail(grid, layout, pack);
  const findings = detail.problem !== null ? [unreadable(file, grid.sheetName, detail.problem)] : checkTotals(grid, layout, pack, detail, where);
  return {
    ...base,
    ministry,
    ministryFrom: ministry === null ? null : 'submission',
    policyId: pack.id,
    previousKnown: detail.previousKnown,
    lines: detail.lines,
    findings,
  };
}
