export { consolidate, BLOCKING_RULES, type ConsolidateOptions, type ConsolidationResult } from './consolidate';
export { buildConsolidatedSheet } from './build-consolidated-sheet';
export { CONSOLIDATION_LAYOUT, type ConsolidationLayout } from './layout';
export { partFromReport, type MinistryPart } from './part';
export { readSubmissionSheet } from './read-submission';
export { CONSOLIDATION_RULES } from './rules';
export type { ConsolidationFinding } from './finding';
