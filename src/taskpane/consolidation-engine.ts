/**
 * What the pane's 府省別の取りまとめ needs, loaded only when the Cabinet Office's officer uses
 * it: reading each ministry's workbook (in the browser, never uploaded), the consolidation, and
 * the .xlsx writer for the demo's download.
 */
export { consolidate, readSubmissionSheet } from '../domain/consolidation';
export { DEFAULT_LAYOUT } from '../domain/submission';
export { ministryPartFromXlsx } from '../xlsx/ministry-part';
