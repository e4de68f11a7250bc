import type { FindingDraft } from '../model/finding';
import { a1, columnLetter, isCellError } from '../model/grid';
import type { ColumnAssignment } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { yearMention } from '../text/year-mention';
import type { HeaderBlock } from './detect-header';
import { yearLabel } from './fiscal-year';
import { valueText, type GridView } from './grid-view';
import type { ColumnHeader } from './map-columns';
import { maxOf } from '../arrays';
import { headerKey, impliedRequestYear, isYearBudgetKey } from './synonyms';

/**
 * Does the chosen policy year agree with the sheet? Columns are read by that year: under R4,
 * 「令和5年度予算額」 is no 前年度 (it is R6's), so a wrong year silently drops the column. The
 * sheet's own year is taken from its title and from the latest request year its headers imply
 * (a year's budget is the next year's 前年度); when they differ from the chosen year, one
 * finding says so, and each column left unread because of it gets its own finding.
 */

interface YearEvidence {
  readonly western: number;
  readonly text: string;
  readonly cell: string;
}

export interface YearAgreement {
  readonly findings: readonly FindingDraft[];
  /** Columns reported as not read because of the year (not to be reported again as unmapped). */
  readonly reportedColumns: ReadonlySet<number>;
}

/** The first cell above the header that mentions a fiscal year (the title's year). */
function titleYear(view: GridView, block: HeaderBlock): YearEvidence | null {
  for (let row = view.top; row < block.top; row++) {
    for (let col = view.left; col <= view.right; col++) {
      const value = view.value(row, col);
      if (typeof value !== 'string') continue;
      const mention = yearMention(value);
      if (mention) return { western: mention.western, text: value.trim(), cell: a1(row, col) };
    }
  }
  return null;
}

/** Header cells (each merged area once) that imply a request year. */
function headerYears(view: GridView, block: HeaderBlock): YearEvidence[] {
  const found: YearEvidence[] = [];
  for (let row = block.top; row <= block.bottom; row++) {
    for (let col = block.left; col <= block.right; col++) {
      const source = view.source(row, col);
      if (source.row !== row || source.col !== col) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      const western = impliedRequestYear(headerKey(text));
      if (western !== null) found.push({ western, text, cell: a1(row, col) });
    }
  }
  return found;
}

function quote(e: YearEvidence): string {
  return `「${e.text}」（${e.cell}）`;
}

export function yearAgreement(
  view: GridView,
  block: HeaderBlock,
  headers: readonly ColumnHeader[],
  columns: readonly ColumnAssignment[],
  dataRows: readonly number[],
  alreadyReported: ReadonlySet<number>,
  pack: PolicyPack,
): YearAgreement {
  const chosen = pack.fiscalYear.western;
  const title = titleYear(view, block);
  const fromHeaders = headerYears(view, block);
  const headerYear = fromHeaders.length > 0 ? maxOf(fromHeaders.map((e) => e.western)) : null;
  // The headers decide how columns are read, so they outweigh the title: a title may name another
  // year in passing (「令和5年度補正及び令和6年度概算要求」); when the headers agree, all is well.
  if (headerYear === chosen) return { findings: [], reportedColumns: new Set() };
  const evidence = [
    ...(title && title.western !== chosen ? [title] : []),
    ...(headerYear !== null ? fromHeaders.filter((e) => e.western === headerYear) : []),
  ];
  if (evidence.length === 0) return { findings: [], reportedColumns: new Set() };

  const mapped = new Set(columns.map((c) => c.col));
  const unread = headers.filter((h) => {
    if (mapped.has(h.col) || alreadyReported.has(h.col)) return false;
    return h.texts.some((t) => {
      const key = headerKey(t);
      return isYearBudgetKey(key) && impliedRequestYear(key) !== chosen;
    });
  });

  const columnFindings = unread.map((h): FindingDraft => {
    let filled = 0;
    let errors = 0;
    for (const row of dataRows) {
      const value = view.value(row, h.col);
      if (isCellError(value)) errors++;
      else if (valueText(value) !== '') filled++;
    }
    const key = h.texts.map(headerKey).find(isYearBudgetKey) ?? '';
    return {
      rule: 'year-mismatch',
      cell: h.cell,
      column: columnLetter(h.col),
      value: h.texts.join(' / '),
      params: {
        messageId: 'column-not-read',
        header: h.texts.join(' / '),
        sheetYear: yearLabel(impliedRequestYear(key) ?? chosen),
        filledCells: filled,
        errorCells: errors,
      },
    };
  });

  const first = evidence[0];
  const sheetYears = [...new Set(evidence.map((e) => e.western))].sort((a, b) => a - b).map(yearLabel);
  const summary: FindingDraft = {
    rule: 'year-mismatch',
    cell: first.cell,
    value: first.text,
    params: {
      sheetYears,
      evidence: evidence.map(quote),
      ...(unread.length > 0 ? { messageId: 'with-unread', notRead: unread.map((h) => `${columnLetter(h.col)}列「${h.texts.join(' / ')}」`) } : {}),
    },
  };
  return { findings: [summary, ...columnFindings], reportedColumns: new Set(unread.map((h) => h.col)) };
}
