import type { CheckReport } from '../model/report';
import type { PolicyPack } from '../policy/schema';
import { detailLines, type DetailLine } from '../submission/detail-lines';
import type { SubmissionLayout } from '../submission/layout';
import type { ConsolidationDraft } from './finding';

/**
 * One ministry's contribution to the consolidation, whatever it came from: a request sheet
 * checked here (its report's detail lines, exactly as its own submission sheet lists them), or
 * a submission sheet this product wrote, read back. Every figure of the consolidated sheet is
 * a formula over these lines, so a ministry's block there equals its own submission sheet.
 */
export interface MinistryPart {
  /** Official name; null when no column, title, file name or argument said which (a finding). */
  readonly ministry: string | null;
  readonly ministryFrom: 'argument' | 'column' | 'title' | 'file' | 'submission' | null;
  readonly input: { readonly file: string; readonly sheet: string; readonly kind: 'request' | 'submission' };
  /** The policy pack the input was checked against (R6 …). */
  readonly policyId: string;
  /** The check's counts (for a submission sheet: as its header states them). */
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number; readonly rows: number };
  /** false when the input has no 前年度 column: 前年度 and 増減 are then 「－」, never 0. */
  readonly previousKnown: boolean;
  readonly lines: readonly DetailLine[];
  /** Problems found while reading the input back (a hand-edited total …). */
  readonly findings: readonly ConsolidationDraft[];
}

export function partFromReport(
  report: CheckReport,
  pack: PolicyPack,
  layout: SubmissionLayout,
  ministry: { readonly name: string | null; readonly from: MinistryPart['ministryFrom'] },
): MinistryPart {
  return {
    ministry: ministry.name,
    ministryFrom: ministry.from,
    input: { file: report.input.file ?? report.input.sheet, sheet: report.input.sheet, kind: 'request' },
    policyId: report.policy.id,
    summary: { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos, rows: report.summary.rows },
    previousKnown: report.totals.all.previous !== null,
    lines: detailLines(report.rows, pack, layout),
    findings: [],
  };
}
