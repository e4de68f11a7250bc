import type { AcceptedSuggestion } from '../../domain/model/acceptance';
import type { SheetGrid } from '../../domain/model/grid';
import type { ReportRow } from '../../domain/model/report';
import type { ModelCell, SheetModel } from '../../domain/model/sheet-model';
import type { PolicyPack } from '../../domain/policy/schema';
import type { PreviousReading } from '../../domain/previous-year/read';
import type { FindingLine, FindingsOutline, GridRows, ModelHead, ReportHead, SheetHandle, Shown } from './handles';
import type { CheckRequest, EngineProgress, Inspection, PreviousYearRequest, SheetEdit, SubmissionRequest } from './protocol';

/** A workbook opened from bytes (the demo): its sheets are read by the engine. */
export interface WorkbookHandle {
  readonly sheetNames: readonly string[];
}

export type ProgressCallback = (progress: EngineProgress) => void;

/** Last year's sheet as the pane has it: a sheet of the workbook the engine keeps, or a file's bytes. */
export type PreviousYearSource = { readonly sheet: SheetHandle; readonly kind: 'request' | 'submission' } | { readonly bytes: Uint8Array; readonly file: string };

/**
 * The engine as the pane sees it: reading a workbook's sheet (demo), detecting the header,
 * checking, building the submission sheet and writing it as .xlsx, and then the lines of its
 * results that the views show. The grids, reports and models stay with the engine; the page
 * holds heads (handles.ts) and asks for lines by index. In the browser it runs in Web Workers
 * (worker-engine.ts), so a long check never freezes the pane and the results on screen answer
 * while one runs; where there is no Worker (jsdom) the same operations run in the page
 * (in-thread-engine.ts).
 */
export interface Engine {
  readonly kind: 'worker' | 'in-thread';
  openWorkbook(bytes: Uint8Array): Promise<WorkbookHandle>;
  /**
   * The sheet as it is now, with the demo's `edits` over it: `previous` itself when it holds the
   * same (then nothing new is kept).
   */
  readSheet(workbook: WorkbookHandle, sheet: string, options: { readonly edits: readonly SheetEdit[]; readonly previous?: SheetHandle }, onProgress?: ProgressCallback): Promise<SheetHandle>;
  /** A grid the page read (through Office.js), handed to the engine to keep. */
  putGrid(grid: SheetGrid): Promise<SheetHandle>;
  /** The year the sheet's title names (unless `packId` is given) and the mapping detected under it. */
  /** `loaded`: the officer's policy files, beside or in place of the bundled packs. */
  inspect(sheet: SheetHandle, packId?: string, loaded?: readonly PolicyPack[]): Promise<Inspection>;
  check(sheet: SheetHandle, request: CheckRequest, onProgress?: ProgressCallback): Promise<ReportHead>;
  submission(report: ReportHead, request: SubmissionRequest, onProgress?: ProgressCallback): Promise<ModelHead>;
  xlsx(model: ModelHead, onProgress?: ProgressCallback): Promise<Uint8Array>;
  /** Last year's sheet read (a sheet of the open workbook, or a workbook file), to send with each check. */
  previousYear(source: PreviousYearSource, request: PreviousYearRequest): Promise<PreviousReading>;

  /** The findings list under a severity filter: its lines in all, headings, first and last finding with a cell. */
  findings(report: ReportHead, shown: Shown): Promise<FindingsOutline>;
  /** Lines `from` to `to` (exclusive) of that list. */
  findingLines(report: ReportHead, shown: Shown, from: number, to: number): Promise<FindingLine[]>;
  /** The line of the nearest finding with a cell after (1) or before (-1) `line`, or null. */
  findingStep(report: ReportHead, shown: Shown, line: number, step: 1 | -1): Promise<number | null>;
  rows(report: ReportHead, from: number, to: number): Promise<ReportRow[]>;
  /** `accepted` with the leading project of every high-confidence row accepted (acceptHighConfidence). */
  acceptHighConfidence(report: ReportHead, accepted: readonly AcceptedSuggestion[]): Promise<AcceptedSuggestion[]>;
  gridRows(sheet: SheetHandle, from: number, to: number): Promise<GridRows>;
  /** The model's cells of rows `from` to `to` (exclusive), a list per row. */
  modelRows(model: ModelHead, from: number, to: number): Promise<ModelCell[][]>;
  /** The report as the CLI's JSON (report-json.ts), made where the report is. */
  reportJson(report: ReportHead): Promise<Blob>;
  /** The whole model: Office.js, which writes it into the workbook, runs in the page. */
  model(model: ModelHead): Promise<SheetModel>;
  /** The whole grid (the demo's consolidation reads a marked sheet). */
  grid(sheet: SheetHandle): Promise<SheetGrid>;
  /** The page no longer shows it: the engine may forget it. */
  release(ref: number): void;

  /**
   * Stops what computes and what waits to: each of those promises rejects with EngineCancelled.
   * The computing worker is ended at once (whatever it was in the middle of) and a new one starts
   * on the next call; what the engine keeps (the results on screen) stays.
   */
  cancel(): void;
}

export class EngineCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'EngineCancelled';
  }
}
