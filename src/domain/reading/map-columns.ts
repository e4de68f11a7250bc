import type { Unit } from '../model/amount';
import type { FindingDraft } from '../model/finding';
import { a1, columnLetter } from '../model/grid';
import type { ColumnAssignment, ColumnRole } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import type { HeaderBlock } from './detect-header';
import type { GridView } from './grid-view';
import { matchProjectHeader } from './project-header';
import { headerKey, isGenericAmountKey, isProjectGroupKey, matchRole } from './synonyms';
import { detectUnit, mentionsUnitWord } from './unit';

/** One column's header texts, top to bottom, and the cell users should be pointed at. */
export interface ColumnHeader {
  readonly col: number;
  readonly texts: readonly string[];
  /** A1 of the lowest header cell with text. */
  readonly cell: string;
}

export interface DetectedColumns {
  readonly columns: readonly ColumnAssignment[];
  /** A unit stated for the whole table inside the header block (「（単位：千円）」 over no column of its own). */
  readonly tableUnit: Unit | null;
  readonly findings: readonly FindingDraft[];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Header texts per column. Merged parents repeat over every column they span; a
 * 統合プロジェクト parent written in one unmerged cell (centred across the selection) is
 * carried right over the project columns beneath it.
 */
export function columnHeaders(view: GridView, block: HeaderBlock): ColumnHeader[] {
  const texts = new Map<number, string[]>();
  const cells = new Map<number, string>();
  for (let row = block.top; row <= block.bottom; row++) {
    let carried: string | null = null;
    for (let col = block.left; col <= block.right; col++) {
      let text = view.text(row, col);
      const hasChild = row < block.bottom && view.text(row + 1, col) !== '';
      if (text === '' && view.mergeAt(row, col) === null && carried !== null && hasChild) text = carried;
      else if (text !== '') carried = row < block.bottom && isProjectGroupKey(headerKey(text)) ? text : null;
      else carried = null;
      if (text === '') continue;
      const list = texts.get(col) ?? [];
      const t = collapse(text);
      if (list[list.length - 1] !== t) list.push(t);
      texts.set(col, list);
      const source = view.source(row, col);
      cells.set(col, a1(view.mergeAt(row, col) ? source.row : row, col));
    }
  }
  return [...texts.entries()].sort(([a], [b]) => a - b).map(([col, list]) => ({ col, texts: list, cell: cells.get(col) ?? '' }));
}

interface ColumnMeaning {
  readonly role: ColumnRole;
  readonly projectId?: string;
}

/**
 * The role of a column from its header texts: the lowest text that means something wins,
 * read in the context of its parents. Unit statements and generic words (「金額」) defer to
 * the parent; any other unknown child text (「増減」 under 「令和6年度要求額」) means no role.
 */
function columnMeaning(texts: readonly string[], pack: PolicyPack): ColumnMeaning | null {
  const keys = texts.map(headerKey);
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    if (isGenericAmountKey(key)) continue;
    const parents = keys.slice(0, i);
    const project = matchProjectHeader(texts[i], pack);
    const underGroup = parents.some(isProjectGroupKey);
    // A project split of the previous year's budget is kept as such: 前年度 by project is then exact.
    const underPrevious = parents.some((k) => matchRole(k, pack) === 'previous');
    if (project && (underGroup || !project.bareMarker)) return { role: underPrevious ? 'projectPrevious' : 'projectAmount', projectId: project.projectId };
    const role = matchRole(key, pack);
    return role ? { role } : null;
  }
  return null;
}

function unitOf(texts: readonly string[]): Unit | null {
  for (let i = texts.length - 1; i >= 0; i--) {
    const unit = detectUnit(texts[i]);
    if (unit) return unit;
  }
  return null;
}

/** Assigns roles to the header's columns; a role taken twice keeps its first column. */
export function mapColumns(view: GridView, block: HeaderBlock, pack: PolicyPack): DetectedColumns {
  const columns: ColumnAssignment[] = [];
  const findings: FindingDraft[] = [];
  let tableUnit: Unit | null = null;
  const taken = new Map<string, ColumnAssignment>();
  for (const header of columnHeaders(view, block)) {
    const meaning = columnMeaning(header.texts, pack);
    const unit = unitOf(header.texts);
    if (!meaning) {
      if (unit && !tableUnit && header.texts.some(mentionsUnitWord)) tableUnit = unit;
      continue;
    }
    const assignment: ColumnAssignment = {
      col: header.col,
      role: meaning.role,
      ...(meaning.projectId ? { projectId: meaning.projectId } : {}),
      header: header.texts.join(' / '),
      ...(unit ? { unit } : {}),
    };
    const slot = `${meaning.role}:${meaning.projectId ?? ''}`;
    const kept = taken.get(slot);
    if (kept) {
      findings.push({
        rule: 'duplicate-column',
        cell: header.cell,
        column: columnLetter(header.col),
        value: assignment.header,
        params: { role: meaning.role, header: assignment.header, keptColumn: columnLetter(kept.col), keptHeader: kept.header },
      });
      continue;
    }
    taken.set(slot, assignment);
    columns.push(assignment);
  }
  return { columns, tableUnit, findings };
}
