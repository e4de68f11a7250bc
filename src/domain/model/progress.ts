/**
 * How far a check has got, for a caller that shows it (the pane's worker). The engine calls
 * `onProgress` between its phases and every PROGRESS_ROWS rows while classifying; it never
 * waits for the caller, so a check without a listener costs nothing more.
 */
export type CheckPhase = 'reading' | 'classifying' | 'rules' | 'report';

export interface CheckProgress {
  readonly phase: CheckPhase;
  /** Rows done and in all, while classifying (the longest phase). */
  readonly done?: number;
  readonly total?: number;
}

export type ProgressListener = (progress: CheckProgress) => void;

/** Rows classified between two reports: often enough to move a bar, rarely enough to cost nothing. */
export const PROGRESS_ROWS = 500;
