import type { AcceptedSuggestion } from '../../domain/model/acceptance';
import type { Locale } from '../../domain/model/finding';
import type { CellValue } from '../../domain/model/grid';
import type { CheckProgress } from '../../domain/model/progress';
import type { ReportRow } from '../../domain/model/report';
import type { ModelCell } from '../../domain/model/sheet-model';
import type { ColumnMapping } from '../../domain/model/table';
import type { PolicyPack } from '../../domain/policy/schema';
import type { PreviousYear } from '../../domain/model/previous-year';
import type { PreviousReading } from '../../domain/previous-year/read';
import type { FindingLine, FindingsOutline, GridRows, ModelHead, ReportHead, SheetHandle, Shown } from './handles';
import type { PutMessage } from './transfer';

/**
 * The messages between the page and its two workers. The engine worker computes (reads the
 * demo's workbook, checks, builds the submission model, writes .xlsx); ［キャンセル］ ends it.
 * The keeper worker keeps every grid, report and model the engine made, and answers the page's
 * views with the lines in view; it lives as long as the page, so what is on screen survives a
 * cancel. The engine worker hands each result to the keeper over a channel of their own (in
 * parts, transfer.ts) and asks it for an input it lacks (after a cancel, a new engine worker has
 * none). The page holds only heads (handles.ts).
 */

/** What the engine is doing, for the pane's progress line. */
export type EngineProgress =
  | CheckProgress
  | { readonly phase: 'reading-sheet' }
  | { readonly phase: 'inspecting' }
  | { readonly phase: 'submission' }
  | { readonly phase: 'xlsx' }
  /** Results handed to the keeper: parts sent and in all. */
  | { readonly phase: 'transfer'; readonly done: number; readonly total: number };

/**
 * A check as the pane asks for it: the options of checkSheet that are data. The worker has the
 * bundled packs; policy files the officer loaded travel with each request that needs a pack
 * (rare, and then a few hundred KB), so a new worker after キャンセル needs no state.
 */
export interface CheckRequest {
  readonly loaded?: readonly PolicyPack[];
  readonly packId?: string;
  readonly mapping?: ColumnMapping;
  readonly accepted?: readonly AcceptedSuggestion[];
  readonly locale: Locale;
  readonly file?: string;
  readonly inputHash?: string;
  /** ISO time the check was asked at. */
  readonly now: string;
  /** Last year's sheet, read once (previousYear) and sent with each check, as the loaded packs are. */
  readonly previous?: PreviousYear;
}

/** Reading last year's sheet: the year it is read with when its title names none a pack has. */
export interface PreviousYearRequest {
  readonly packId: string;
  readonly loaded?: readonly PolicyPack[];
  /** For a sheet of the open workbook: what the officer accepted on it, and its confirmed mapping. */
  readonly accepted?: readonly AcceptedSuggestion[];
  readonly mapping?: ColumnMapping;
}

/** Last year's sheet: a sheet of the open workbook (request or submission sheet, as its marker says), or a workbook file's bytes. */
export type PreviousYearInput =
  | { readonly grid: number; readonly kind: 'request' | 'submission'; readonly request: PreviousYearRequest }
  | { readonly bytes: Uint8Array; readonly file: string; readonly request: PreviousYearRequest };

export interface SubmissionRequest {
  readonly loaded?: readonly PolicyPack[];
  readonly ministry?: string;
  readonly createdAt: string;
  readonly force: boolean;
}

/** The year a sheet seems to be of, and its detected mapping under that year. */
export interface Inspection {
  readonly guessedPackId: string | null;
  readonly mapping: ColumnMapping | null;
}

/** A cell the demo's user changed (its stand-in for typing in Excel), laid over each read of the sheet. */
export interface SheetEdit {
  readonly a1: string;
  readonly value: CellValue;
}

/** The engine worker's operations: what they take (ids name kept objects) and give. */
export interface EngineOperations {
  openWorkbook: { input: { readonly bytes: Uint8Array }; output: { readonly sheetNames: string[] } };
  /** 'same' (nothing kept) when the sheet holds what the kept grid `previous` holds. */
  readSheet: { input: { readonly workbook: number; readonly sheet: string; readonly edits: readonly SheetEdit[]; readonly previous?: number }; output: SheetHandle | 'same' };
  /** The year the title names (when `packId` is absent) and the mapping detected for it (or for `packId`). */
  inspect: { input: { readonly grid: number; readonly packId?: string; readonly loaded?: readonly PolicyPack[] }; output: Inspection };
  check: { input: { readonly grid: number; readonly request: CheckRequest }; output: ReportHead };
  submission: { input: { readonly report: number; readonly request: SubmissionRequest }; output: ModelHead };
  xlsx: { input: { readonly model: number }; output: Uint8Array };
  previousYear: { input: PreviousYearInput; output: PreviousReading };
  release: { input: { readonly id: number }; output: null };
}

/** The keeper worker's operations: the page's questions about what it keeps. */
export interface KeeperOperations {
  /** A grid the page put (read through Office.js) as the page holds it. */
  describe: { input: { readonly grid: number }; output: SheetHandle };
  findings: { input: { readonly report: number; readonly shown: Shown }; output: FindingsOutline };
  findingLines: { input: { readonly report: number; readonly shown: Shown; readonly from: number; readonly to: number }; output: FindingLine[] };
  findingStep: { input: { readonly report: number; readonly shown: Shown; readonly line: number; readonly step: 1 | -1 }; output: number | null };
  rows: { input: { readonly report: number; readonly from: number; readonly to: number }; output: ReportRow[] };
  acceptHighConfidence: { input: { readonly report: number; readonly accepted: readonly AcceptedSuggestion[] }; output: AcceptedSuggestion[] };
  gridRows: { input: { readonly grid: number; readonly from: number; readonly to: number }; output: GridRows };
  modelRows: { input: { readonly model: number; readonly from: number; readonly to: number }; output: ModelCell[][] };
  /** The report as the CLI's JSON, ready to download. */
  reportJson: { input: { readonly report: number }; output: Blob };
  /** A kept object whole (a model for Office.js to write, a grid to consolidate): it comes as a head and parts. */
  whole: { input: { readonly id: number }; output: 'sent' };
  release: { input: { readonly id: number }; output: null };
}

export type Operations = EngineOperations & KeeperOperations;
export type OperationName = keyof Operations;

/** Page → either worker. */
export type ToWorker =
  /** An object for the keeper (a grid the page read): a head, then parts. */
  | PutMessage
  | { readonly kind: 'run'; readonly request: number; readonly op: OperationName; readonly input: unknown; readonly resultId: number }
  /** The engine worker's and the keeper's ends of the channel between them (a new one for each engine worker). */
  | { readonly kind: 'connect'; readonly port: MessagePort };

/** Either worker → page. */
export type FromWorker =
  | { readonly kind: 'progress'; readonly request: number; readonly progress: EngineProgress }
  | { readonly kind: 'head'; readonly request: number; readonly head: unknown; readonly parts: number }
  | { readonly kind: 'part'; readonly request: number; readonly path: readonly string[]; readonly items: readonly unknown[] }
  | { readonly kind: 'done'; readonly request: number; readonly output: unknown }
  /** An id neither worker keeps any more. */
  | { readonly kind: 'missing'; readonly request: number; readonly id: number }
  | { readonly kind: 'failed'; readonly request: number; readonly message: string }
  /** Keeper: a result from the engine worker has arrived whole and is kept. */
  | { readonly kind: 'kept'; readonly id: number };

/** Engine worker ↔ keeper, over their channel. */
export type Between =
  /** Engine → keeper: a result to keep. Keeper → engine: an object it asked for. */
  | PutMessage
  /** Engine → keeper: send me this object. */
  | { readonly kind: 'fetch'; readonly id: number }
  /** Keeper → engine: I do not keep it. */
  | { readonly kind: 'missing'; readonly id: number };
