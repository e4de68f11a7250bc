import type { AcceptedSuggestion } from '../../domain/model/acceptance';
import type { Locale } from '../../domain/model/finding';
import type { CheckProgress } from '../../domain/model/progress';
import type { ColumnMapping } from '../../domain/model/table';
import type { PolicyPack } from '../../domain/policy/schema';
import type { PreviousYear } from '../../domain/model/previous-year';
import type { PreviousReading } from '../../domain/previous-year/read';

/**
 * The messages between the pane and its engine worker. Large results (a 50,000-row report is
 * 134 MB when serialised) never travel as one message: the receiving thread would spend
 * seconds decoding it in one task. They go as a head (the object with its long arrays
 * emptied) and parts of those arrays, each decoded in a task of its own, so the pane stays
 * responsive while they arrive. Every input and result is kept in the worker under an id, so
 * the pane names a grid or a report it already has instead of sending it back.
 */

/** What the engine is doing, for the pane's progress line. */
export type EngineProgress =
  | CheckProgress
  | { readonly phase: 'reading-sheet' }
  | { readonly phase: 'inspecting' }
  | { readonly phase: 'submission' }
  | { readonly phase: 'xlsx' }
  /** Results arriving in the pane: parts received and in all. */
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

/** The operations, by name: what they take (ids name objects kept in the worker) and give. */
export interface Operations {
  openWorkbook: { input: { readonly bytes: Uint8Array }; output: { readonly sheetNames: string[] } };
  /** 'same' (nothing sent) when the sheet holds what `previous`, kept in the worker, holds. */
  readSheet: { input: { readonly workbook: number; readonly sheet: string; readonly previous?: number }; output: 'stored' | 'same' };
  /** The year the title names (when `packId` is absent) and the mapping detected for it (or for `packId`). */
  inspect: { input: { readonly grid: number; readonly packId?: string; readonly loaded?: readonly PolicyPack[] }; output: Inspection };
  check: { input: { readonly grid: number; readonly request: CheckRequest }; output: 'stored' };
  submission: { input: { readonly report: number; readonly request: SubmissionRequest }; output: 'stored' };
  xlsx: { input: { readonly model: number }; output: Uint8Array };
  previousYear: { input: PreviousYearInput; output: PreviousReading };
}
export type OperationName = keyof Operations;

/** Pane → worker. */
export type ToWorker =
  /** An object the pane has and the worker lacks: a head, then parts (see splitForTransfer). */
  | { readonly kind: 'put-head'; readonly id: number; readonly head: unknown; readonly parts: number }
  | { readonly kind: 'put-part'; readonly id: number; readonly field: string; readonly items: readonly unknown[] }
  | {
      readonly kind: 'run';
      readonly request: number;
      readonly op: OperationName;
      readonly input: unknown;
      /** For operations whose result is kept in the worker: the id to keep it under. */
      readonly resultId: number;
    };

/** Worker → pane. */
export type FromWorker =
  | { readonly kind: 'progress'; readonly request: number; readonly progress: EngineProgress }
  | { readonly kind: 'head'; readonly request: number; readonly head: unknown; readonly parts: number }
  | { readonly kind: 'part'; readonly request: number; readonly field: string; readonly items: readonly unknown[] }
  | { readonly kind: 'done'; readonly request: number; readonly output: unknown }
  /** An id the worker no longer keeps (or never had): the pane sends the object and asks again. */
  | { readonly kind: 'missing'; readonly request: number; readonly id: number }
  | { readonly kind: 'failed'; readonly request: number; readonly message: string };

/**
 * Items per part, by field: each part a few hundred KB, decoded in some tens of milliseconds.
 * Not smaller: V8 decodes a message of more than about 100 KB straight into its old generation,
 * while smaller ones land in the young generation, whose collections then copy every result
 * received so far (measured at 50,000 rows: parts of 25 rows gave 100–210 ms scavenges inside
 * single messages; parts of 100 rows none over 20 ms).
 */
const PART_SIZE: Readonly<Record<string, number>> = { rows: 100, findings: 600, values: 600, formulas: 600, numberFormats: 600, cells: 6_000 };
const DEFAULT_PART_SIZE = 600;

export interface Split {
  readonly head: Record<string, unknown>;
  readonly parts: { readonly field: string; readonly items: readonly unknown[] }[];
}

/** The object with its long top-level arrays emptied, and those arrays in parts, in order. */
export function splitForTransfer(value: object): Split {
  const head: Record<string, unknown> = {};
  const parts: { field: string; items: readonly unknown[] }[] = [];
  for (const [field, member] of Object.entries(value)) {
    const size = PART_SIZE[field] ?? DEFAULT_PART_SIZE;
    if (Array.isArray(member) && member.length > size) {
      head[field] = [];
      for (let at = 0; at < member.length; at += size) parts.push({ field, items: member.slice(at, at + size) });
    } else {
      head[field] = member;
    }
  }
  return { head, parts };
}

/** Puts a split object together again, part by part as they arrive. */
export class Assembly {
  private received = 0;

  constructor(
    private readonly head: Record<string, unknown>,
    readonly parts: number,
  ) {}

  add(field: string, items: readonly unknown[]): void {
    const into = this.head[field] as unknown[];
    // A loop, not push(...items): a part may be longer than the call stack allows arguments.
    for (const item of items) into.push(item);
    this.received++;
  }

  /** Parts received so far. */
  get done(): number {
    return this.received;
  }

  get complete(): boolean {
    return this.received >= this.parts;
  }

  get value(): unknown {
    return this.head;
  }
}
