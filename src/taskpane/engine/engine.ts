import type { SheetGrid } from '../../domain/model/grid';
import type { CheckReport } from '../../domain/model/report';
import type { SheetModel } from '../../domain/model/sheet-model';
import type { PolicyPack } from '../../domain/policy/schema';
import type { PreviousReading } from '../../domain/previous-year/read';
import type { CheckRequest, EngineProgress, Inspection, PreviousYearRequest, SubmissionRequest } from './protocol';

/** A workbook opened from bytes (the demo): its sheets are read by the engine. */
export interface WorkbookHandle {
  readonly sheetNames: readonly string[];
}

export type ProgressCallback = (progress: EngineProgress) => void;

/** Last year's sheet as the pane has it: a grid it read from the workbook, or a file's bytes. */
export type PreviousYearSource = { readonly grid: SheetGrid; readonly kind: 'request' | 'submission' } | { readonly bytes: Uint8Array; readonly file: string };

/**
 * The engine as the pane sees it: reading a workbook's sheet (demo), detecting the header,
 * checking, building the submission sheet and writing it as .xlsx. In the browser it runs in a
 * Web Worker (worker-engine.ts), so a long check never freezes the pane; where there is no
 * Worker (jsdom) the same operations run in the page (in-thread-engine.ts).
 */
export interface Engine {
  readonly kind: 'worker' | 'in-thread';
  openWorkbook(bytes: Uint8Array): Promise<WorkbookHandle>;
  /** The sheet as it is now: `previous` itself when it holds the same (then the worker sends nothing back). */
  readSheet(workbook: WorkbookHandle, sheet: string, previous?: SheetGrid, onProgress?: ProgressCallback): Promise<SheetGrid>;
  /** The year the sheet's title names (unless `packId` is given) and the mapping detected under it. */
  /** `loaded`: the officer's policy files, beside or in place of the bundled packs. */
  inspect(grid: SheetGrid, packId?: string, loaded?: readonly PolicyPack[]): Promise<Inspection>;
  check(grid: SheetGrid, request: CheckRequest, onProgress?: ProgressCallback): Promise<CheckReport>;
  submission(report: CheckReport, request: SubmissionRequest, onProgress?: ProgressCallback): Promise<SheetModel>;
  xlsx(model: SheetModel, onProgress?: ProgressCallback): Promise<Uint8Array>;
  /** Last year's sheet read (a sheet of the open workbook, or a workbook file), to send with each check. */
  previousYear(source: PreviousYearSource, request: PreviousYearRequest): Promise<PreviousReading>;
  /**
   * Stops what runs and what waits: each of those promises rejects with EngineCancelled. The
   * worker is ended at once (whatever it was in the middle of) and a new one starts on the next call.
   */
  cancel(): void;
}

export class EngineCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'EngineCancelled';
  }
}
