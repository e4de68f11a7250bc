/**
 * The marker of the submission sheet, on its own: the pane asks the workbook which of its
 * sheets carry it (to read one as last year's) without loading the sheet's whole layout.
 */
export const SUBMISSION_MARKER = 'BudgetCheck.SubmissionSheet';
