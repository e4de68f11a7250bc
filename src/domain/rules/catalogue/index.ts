import type { Rule } from '../rule';
import { accountUnknown } from './account-unknown';
import { adjustmentFundRequested } from './adjustment-fund-requested';
import { amountColumnUnmapped } from './amount-column-unmapped';
import { amountNotNumber } from './amount-not-number';
import { amountRounded } from './amount-rounded';
import { categoryUnknown } from './category-unknown';
import { cellOutsideTable } from './cell-outside-table';
import { diseaseAreaAsProject } from './disease-area-as-project';
import { diseaseAreaUnknown } from './disease-area-unknown';
import { duplicateColumn } from './duplicate-column';
import { duplicateProject } from './duplicate-project';
import { errorValue } from './error-value';
import { fundRow } from './fund-row';
import { headerNotFound } from './header-not-found';
import { hiddenColumn } from './hidden-column';
import { hiddenRow } from './hidden-row';
import { increaseWithoutPriority } from './increase-without-priority';
import { largeChangeUnexplained } from './large-change-unexplained';
import { nameMissing } from './name-missing';
import { negativeRequest } from './negative-request';
import { previousColumnMissing } from './previous-column-missing';
import { previousProjectNotCarried } from './previous-project-not-carried';
import { priorityAreaUnknown } from './priority-area-unknown';
import { projectChangedFromPreviousYear } from './project-changed-from-previous-year';
import { projectContradicted } from './project-contradicted';
import { projectLabelNearMiss } from './project-label-near-miss';
import { projectLabelUnknown } from './project-label-unknown';
import { projectMissing } from './project-missing';
import { purposeUnknown } from './purpose-unknown';
import { requiredColumnMissing } from './required-column-missing';
import { splitSumMismatch } from './split-sum-mismatch';
import { submissionCellTruncated } from './submission-cell-truncated';
import { subtotalMismatch } from './subtotal-mismatch';
import { totalMismatch } from './total-mismatch';
import { unitAssumed } from './unit-assumed';
import { yearMismatch } from './year-mismatch';

/**
 * Every rule, in the order the pane and the report show their groups: can the sheet be read,
 * do its sums hold, is anything requested that must not be, is every program classified, are
 * its tags the year's, and are changes justified.
 */
export const RULES: readonly Rule[] = [
  // reading
  headerNotFound,
  cellOutsideTable,
  requiredColumnMissing,
  duplicateColumn,
  hiddenColumn,
  yearMismatch,
  amountColumnUnmapped,
  previousColumnMissing,
  unitAssumed,
  errorValue,
  amountNotNumber,
  amountRounded,
  nameMissing,
  hiddenRow,
  // arithmetic
  negativeRequest,
  totalMismatch,
  splitSumMismatch,
  subtotalMismatch,
  duplicateProject,
  // what may be requested (sections 3 and 5(2)(3))
  adjustmentFundRequested,
  fundRow,
  // integrated projects (section 4)
  projectLabelUnknown,
  projectLabelNearMiss,
  diseaseAreaAsProject,
  projectMissing,
  projectContradicted,
  // tags
  categoryUnknown,
  accountUnknown,
  diseaseAreaUnknown,
  purposeUnknown,
  priorityAreaUnknown,
  // changes from the previous year (section 5)
  increaseWithoutPriority,
  largeChangeUnexplained,
  projectChangedFromPreviousYear,
  previousProjectNotCarried,
  // writing the submission sheet
  submissionCellTruncated,
];

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, or undefined. */
export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
