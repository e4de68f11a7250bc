export { buildSubmissionSheet, SubmissionRefusedError, truncationFindings, type SubmissionOptions } from './build-submission-sheet';
export { TRUNCATION_MARK } from './block';
export { DEFAULT_LAYOUT, AMOUNT_FORMAT, RATE_FORMAT, type SubmissionLayout, type BlockId } from './layout';
