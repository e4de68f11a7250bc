export { buildSubmissionSheet, SubmissionRefusedError, truncationFindings, TRUNCATION_MARK, type SubmissionOptions } from './build-submission-sheet';
export { DEFAULT_LAYOUT, AMOUNT_FORMAT, RATE_FORMAT, type SubmissionLayout, type BlockId } from './layout';
