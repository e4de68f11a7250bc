import type { CheckReport } from '../model/report';
import type { PolicyPack } from '../policy/schema';
import type { DetailLine } from './detail-lines';
import type { SubmissionLayout } from './layout';

/** Everything a block needs to plan its rows. */
export interface SubmissionContext {
  readonly report: CheckReport;
  readonly pack: PolicyPack;
  readonly layout: SubmissionLayout;
  readonly lines: readonly DetailLine[];
  readonly ministry?: string;
  readonly createdAt: Date | string;
  /** Built despite errors (force): the sheet says 未確定. */
  readonly provisional: boolean;
}
