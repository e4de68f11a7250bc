import type { FindingLine, FindingsOutline, Shown } from '../engine';

export type { FetchLines } from './use-lines';

/** Where the findings list gets its lines: the engine, for one report. */
export interface FindingsSource {
  outline(shown: Shown): Promise<FindingsOutline>;
  lines(shown: Shown, from: number, to: number): Promise<readonly FindingLine[]>;
  /** The line of the nearest finding with a cell after (1) or before (-1) `line`, or null. */
  step(shown: Shown, line: number, step: 1 | -1): Promise<number | null>;
}
