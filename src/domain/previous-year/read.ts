import { classify } from '../classification';
import { applyAccepted } from '../classification/accept';
import { firstDetailRow, readSubmissionSheet } from '../consolidation/read-submission';
import type { AcceptedSuggestion } from '../model/acceptance';
import type { TagMatch } from '../model/classification';
import type { SheetGrid } from '../model/grid';
import type { PreviousRow, PreviousYear } from '../model/previous-year';
import type { ColumnMapping } from '../model/table';
import { allPriorityAreas } from '../policy/priority-areas';
import { guessPackFromText } from '../policy/registry';
import type { PolicyPack } from '../policy/schema';
import { readTable } from '../reading/read-table';
import { DEFAULT_LAYOUT } from '../submission/layout';
import { yearMention } from '../text/year-mention';

/**
 * Last year's sheet, read as any sheet of its kind is read: a request sheet by the same reader
 * and classifier as this year's (its declared projects, split amounts and tags, and what the
 * officer accepted there), a submission sheet this product wrote (its adapter found it by its
 * marker) from its 事業別明細, exactly as written. Only what was declared or accepted is kept:
 * last year's own guesses are not a classification to inherit.
 */

export interface PreviousSource {
  readonly grid: SheetGrid;
  readonly kind: 'request' | 'submission';
  readonly file?: string;
  /** Suggestions the officer accepted on that sheet (the pane has them in the workbook's settings). */
  readonly accepted?: readonly AcceptedSuggestion[];
  /** The column mapping confirmed for that sheet, where there is one. */
  readonly mapping?: ColumnMapping;
}

/** Why last year's sheet (named) gave nothing to compare with; the caller says it in the user's words. */
export type PreviousProblem = { readonly sheet: string } & (
  | { readonly problem: 'no-header' }
  | { readonly problem: 'no-rows' }
  | { readonly problem: 'submission-unreadable'; readonly detail: string }
);

export type PreviousReading = { readonly previous: PreviousYear } | PreviousProblem;

/** `fallback`: the pack to read with when the sheet's title names no year the packs have (this year's, usually). */
export function readPreviousYear(source: PreviousSource, packs: readonly PolicyPack[], fallback: PolicyPack): PreviousReading {
  return source.kind === 'submission' ? fromSubmission(source, packs) : fromRequest(source, packs, fallback);
}

/** The year the title names: its pack's label (令和5年度), or the words as written when no pack has it. */
function titledYear(lines: readonly string[], packs: readonly PolicyPack[]): string | null {
  for (const line of lines) {
    const mention = yearMention(line);
    if (mention !== null) return packs.find((p) => p.fiscalYear.western === mention.western)?.fiscalYear.label ?? mention.matched;
  }
  return null;
}

const stated = (tags: readonly TagMatch[]) => tags.filter((t) => t.basis !== 'suggested').map((t) => t.id);

function fromRequest(source: PreviousSource, packs: readonly PolicyPack[], fallback: PolicyPack): PreviousReading {
  const options = source.mapping ? { mapping: source.mapping } : {};
  const first = readTable(source.grid, fallback, options);
  // Split columns are recognised by the year's project names: read under the title's year when a pack has it.
  const pack = guessPackFromText(first.titleLines, packs)?.pack ?? fallback;
  const table = pack === fallback ? first : readTable(source.grid, pack, options);
  if (table.mapping === null) return { sheet: source.grid.sheetName, problem: 'no-header' };
  const classification = applyAccepted(table.rows, classify(table, pack), source.accepted ?? [], pack, table.unit);
  const byRow = new Map(classification.rows.map((c) => [c.rowNumber, c]));
  const rows = table.rows.flatMap((row): PreviousRow[] => {
    const name = typeof row.name.value === 'string' ? row.name.value.trim() : '';
    const number = typeof row.number?.value === 'string' && row.number.value.trim() !== '' ? row.number.value.trim() : null;
    if (name === '' && number === null) return [];
    const cls = byRow.get(row.rowNumber);
    return [
      {
        row: row.rowNumber,
        number,
        name,
        projects: (cls?.projects ?? []).map((p) => ({ projectId: p.projectId, amount: p.amount })),
        priorityAreas: stated(cls?.priorityAreas ?? []),
        diseaseAreas: stated(cls?.diseaseAreas ?? []),
      },
    ];
  });
  if (rows.length === 0) return { sheet: source.grid.sheetName, problem: 'no-rows' };
  return { previous: { ...described(source, pack, 'request'), fiscalYear: titledYear(table.titleLines, packs), rows } };
}

function described(source: PreviousSource, pack: PolicyPack, kind: PreviousYear['kind']): Omit<PreviousYear, 'fiscalYear' | 'rows'> {
  return {
    sheet: source.grid.sheetName,
    ...(source.file !== undefined ? { file: source.file } : {}),
    kind,
    packId: pack.id,
    planPeriod: pack.planPeriod,
    projects: pack.projects.map((p) => ({ id: p.id, name: p.name })),
  };
}

/** Ids of the entries named in a detail cell (the sheet writes the pack's official names). */
function idsOf(names: readonly string[], entries: readonly { readonly id: string; readonly name: string }[]): string[] {
  return names.flatMap((name) => entries.find((e) => e.name === name)?.id ?? []);
}

function fromSubmission(source: PreviousSource, packs: readonly PolicyPack[]): PreviousReading {
  const part = readSubmissionSheet({ grid: source.grid, file: source.file ?? source.grid.sheetName }, packs, DEFAULT_LAYOUT);
  const unreadable = part.findings.find((f) => f.rule === 'submission-unreadable');
  const pack = packs.find((p) => p.id === part.policyId);
  if (unreadable || !pack) return { sheet: source.grid.sheetName, problem: 'submission-unreadable', detail: String(unreadable?.params.problem ?? part.policyId) };
  const first = firstDetailRow(source.grid, DEFAULT_LAYOUT) ?? 0;
  // A 事業's share lines are consecutive and share its number; the 統合プロジェクト未特定 line is no project.
  const rows: PreviousRow[] = [];
  part.lines.forEach((line, i) => {
    const last = rows[rows.length - 1];
    const same = last !== undefined && part.lines[i - 1]?.no === line.no;
    const projects = line.projectId === null ? [] : [{ projectId: line.projectId, amount: Math.round(line.total * 1000) }];
    if (same) {
      rows[rows.length - 1] = { ...last, projects: [...last.projects, ...projects] };
      return;
    }
    rows.push({
      row: first + i,
      number: line.number,
      name: line.name,
      projects,
      priorityAreas: idsOf(line.priorityAreas, allPriorityAreas(pack)),
      diseaseAreas: idsOf(line.diseaseAreas, pack.vocabularies.diseaseAreas),
    });
  });
  if (rows.length === 0) return { sheet: source.grid.sheetName, problem: 'no-rows' };
  return { previous: { ...described(source, pack, 'submission'), fiscalYear: pack.fiscalYear.label, rows } };
}
