/** The views the pane loads after its first paint (see Pane.tsx): one chunk. */
export { FindingsList } from './FindingsList';
export { RowClassifications } from './RowClassifications';
export { SheetGridView } from './SheetGridView';
export { SheetModelView } from './SheetModelView';
export { TotalsTables } from './TotalsTables';
export { PreviousYearPicker } from './PreviousYearPicker';
export { PreviousYearSummary } from './PreviousYearSummary';
