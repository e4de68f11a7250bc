/**
 * What the pane needs only once the user acts: the check engine (reading, classification,
 * rules) and the submission-sheet builder. use-pane loads this module as a chunk of its own,
 * started as soon as the pane has opened, so the first download is the UI alone.
 */
export { checkSheet } from '../domain/engine/check';
export { buildSubmissionSheet } from '../domain/submission';
