import type { Severity } from '../../domain/model/finding';
import type { Basis, Reason } from '../../domain/model/classification';
import type { ColumnRole } from '../../domain/model/table';
import type { OutputSheetWritten } from '../../domain/ports';
import type { EngineProgress } from '../engine/protocol';

export type PaneLocale = 'ja' | 'en';

/** Every text the pane shows. Official names (projects, areas, policy titles) come from the pack, never from here. */
export interface Strings {
  readonly locale: PaneLocale;
  readonly appTitle: string;
  /** While a view of the results loads (once, the first time results are shown). */
  readonly loadingView: string;
  /** A line of a long list still on its way from the engine (it keeps the results; the page asks for the lines in view). */
  readonly loadingLine: string;
  readonly waitingForOffice: string;
  readonly environment: {
    readonly outsideOfficeTitle: string;
    readonly outsideOffice: string;
    readonly officeMissingTitle: string;
    readonly officeMissing: string;
    readonly demoFailed: (message: string) => string;
    readonly demoIntro: string;
    readonly sampleLabel: string;
    readonly samples: { readonly withMistakes: string; readonly clean: string };
    readonly startDemo: string;
    readonly demoBanner: (file: string) => string;
    readonly demoLoading: string;
    /** Back to the choice of sample or file, without reloading the page. */
    readonly otherWorkbook: string;
    readonly openFile: string;
    readonly openFileHint: string;
  };
  readonly steps: {
    readonly setup: string;
    readonly mapping: string;
    readonly results: string;
    readonly submission: string;
  };
  readonly sheet: { readonly label: string; readonly none: string };
  readonly year: {
    readonly label: string;
    readonly option: (label: string, id: string) => string;
    readonly fromSheet: string;
    readonly stored: string;
    readonly byUser: string;
    readonly fallback: string;
    readonly policy: (title: string, decided: string, by: string) => string;
  };
  readonly packFile: {
    readonly load: string;
    readonly hint: string;
    readonly loaded: (id: string, title: string, file: string, hash: string) => string;
    readonly replaced: (id: string) => string;
    readonly invalid: (file: string, n: number) => string;
    readonly askReplace: (id: string, file: string) => string;
    readonly replace: string;
    readonly cancel: string;
    readonly tooLarge: string;
    readonly restoreFailed: (file: string) => string;
    readonly done: (id: string) => string;
  };
  readonly mapping: {
    /** The chosen header rows (1-based) and what they lack. */
    readonly headersMissing: (top: number, bottom: number, missing: readonly ('name' | 'amount')[]) => string;
    readonly intro: string;
    readonly summary: (headerTop: number, headerBottom: number, columns: number) => string;
    readonly sourceDetected: string;
    readonly sourceStored: string;
    readonly sourceEdited: string;
    readonly notFound: string;
    readonly headerTop: string;
    readonly headerBottom: string;
    readonly unit: string;
    readonly unitAuto: string;
    readonly columnsLabel: string;
    readonly noHeader: string;
    readonly unused: string;
    readonly project: string;
    readonly roleFor: (letter: string, header: string) => string;
    readonly projectFor: (letter: string) => string;
    readonly reset: string;
    readonly roles: Readonly<Record<ColumnRole, string>>;
  };
  readonly check: {
    readonly run: string;
    readonly running: string;
    readonly loadingSheet: string;
    readonly done: (errors: number, warnings: number, infos: number) => string;
    readonly failed: (message: string) => string;
    /** The sheet was read again for this check and differs from the one the last results were from. */
    readonly sheetChanged: string;
  };
  /** A long check or submission sheet: what the engine is doing, and how to stop it. */
  readonly progress: {
    readonly label: string;
    readonly phase: Readonly<Record<EngineProgress['phase'], string>>;
    /** Rows classified, or parts of the results received, so far and in all. */
    readonly count: (done: number, total: number) => string;
    readonly cancel: string;
    /** The check was stopped; the results on screen (if any) are those of the check before. */
    readonly checkCancelled: (previous: boolean) => string;
    readonly submissionCancelled: string;
  };
  readonly severity: Readonly<Record<Severity, string>>;
  readonly summary: {
    readonly heading: string;
    readonly rows: (n: number) => string;
    readonly status: { readonly ok: string; readonly warnings: string; readonly errors: string };
    readonly policyChosen: { readonly argument: string; readonly sheet: string; readonly default: string };
  };
  readonly totals: {
    readonly heading: string;
    readonly headlineCaption: string;
    readonly projectCaption: string;
    readonly category: string;
    readonly amed: string;
    readonly inhouse: string;
    readonly unknownCategory: string;
    readonly all: string;
    readonly fund: string;
    readonly account: (label: string) => string;
    readonly project: string;
    readonly total: string;
    readonly request: string;
    readonly priorityRequest: string;
    readonly previous: string;
    readonly change: string;
    readonly unattributed: string;
    readonly candidate: string;
    readonly candidateNote: string;
    /** The summary shows 要求・要望額 and 増減; these switch to every column and back. */
    readonly showAll: string;
    readonly showFewer: string;
    readonly estimatedMark: string;
    readonly estimatedNote: string;
  };
  readonly findings: {
    readonly heading: string;
    readonly filter: string;
    readonly none: string;
    readonly noneShown: string;
    readonly count: (n: number) => string;
    /** After a severity's name in the filter. */
    readonly filterCount: (n: number) => string;
    readonly row: (n: number) => string;
    readonly activateHint: string;
    readonly selected: (cell: string) => string;
  };
  readonly rows: {
    readonly heading: string;
    readonly row: (n: number) => string;
    readonly projects: string;
    readonly priorityAreas: string;
    readonly diseaseAreas: string;
    readonly purposes: string;
    readonly category: string;
    readonly fund: string;
    readonly adjustmentFund: string;
    readonly reasons: string;
    readonly none: string;
    /** The heading's line for a 事業 that states no project (and has accepted none). */
    readonly noProject: string;
    readonly unknownAmount: string;
    readonly basis: Readonly<Record<Basis, string>>;
    readonly reasonKind: Readonly<Record<Reason['kind'], string>>;
    readonly reasonText: (kind: string, field: string, matched: string) => string;
    readonly citation: (section: string, text: string) => string;
    readonly separator: string;
    readonly basisNote: (basis: string) => string;
    readonly selectRow: (cell: string) => string;
    readonly candidates: string;
    readonly candidateProject: (project: string, confidence: string) => string;
    /** 「候補なし」 and why (rendered from the reason's per-locale template). */
    readonly noCandidate: (why: string) => string;
    readonly confidence: Readonly<Record<'high' | 'medium' | 'low', string>>;
    readonly candidateHint: string;
    readonly acceptedHint: string;
    readonly accept: string;
    readonly withdraw: string;
    readonly acceptAll: (n: number) => string;
    readonly acceptAllHint: string;
    readonly writeLabel: (cell: string) => string;
    readonly accepted: (name: string) => string;
    readonly withdrawn: (name: string) => string;
    readonly acceptedAll: (n: number) => string;
    readonly labelWritten: (cell: string, label: string) => string;
    readonly labelNotEmpty: (cell: string) => string;
  };
  readonly consolidation: {
    readonly heading: string;
    readonly hint: string;
    readonly input: string;
    readonly openWorkbookHint: string;
    readonly openWorkbook: string;
    readonly findingSheets: string;
    readonly noSheets: string;
    readonly running: (files: number) => string;
    readonly parts: string;
    readonly part: (ministry: string | null, file: string, kind: 'request' | 'submission', rows: number, errors: number) => string;
    readonly findings: string;
    readonly noFindings: string;
    readonly unreadable: (file: string, message: string) => string;
    readonly notWritten: string;
    readonly refusedErrors: (errors: number) => string;
    readonly force: string;
    readonly written: (sheet: string, provisional: boolean) => string;
    readonly built: (provisional: boolean) => string;
    readonly download: (fileName: string) => string;
    readonly failed: (message: string) => string;
  };
  readonly submission: {
    readonly ministry: string;
    readonly ministryNone: string;
    /** Where the button is: in the bar at the bottom of the pane, with 検証. */
    readonly createHint: string;
    /** The empty choice when the sheet names its ministry: what it says and where. */
    readonly ministryStated: (name: string, from: 'column' | 'title' | 'file') => string;
    readonly ministryUnknown: string;
    readonly create: string;
    readonly creating: string;
    /** Where the sheet went: its name, range and rows, and why the name differs or what it replaced. */
    /** `provisional`: written with errors left, so the sheet says 未確定（エラーあり） and so does the message. */
    readonly written: (sheet: OutputSheetWritten, provisional: boolean) => string;
    readonly built: (provisional: boolean) => string;
    readonly download: (file: string) => string;
    readonly preview: string;
    readonly confirmTitle: string;
    readonly confirmBody: (errors: number) => string;
    readonly confirmYes: string;
    readonly confirmNo: string;
    readonly failed: (message: string) => string;
    readonly rereading: string;
    /** The sheet changed after the check on screen: it was checked again before the submission sheet was built. */
    readonly sheetChanged: string;
  };
  readonly report: {
    readonly export: string;
    /** While the engine writes the JSON (seconds for a sheet of tens of thousands of rows). */
    readonly exporting: string;
    readonly exportFailed: (reason: string) => string;
    /** The browser was handed the file: where it lands is the browser's (or Excel's) to decide, so this never claims it was saved. */
    readonly exported: (file: string) => string;
    /** Where the host cannot download files (Excel on Mac and iPad): said instead of a button that would do nothing. */
    readonly cannotDownload: string;
  };
  readonly demoSheet: {
    readonly heading: (sheet: string) => string;
    readonly highlighted: (cell: string) => string;
    readonly rowHeader: string;
    readonly aside: string;
  };
  readonly hostError: (message: string) => string;
  /** A part of the pane that failed to show (error boundary); the rest stays. */
  readonly failure: {
    readonly title: (part: string) => string;
    readonly body: (message: string) => string;
    readonly kept: string;
    readonly retry: string;
    readonly parts: {
      readonly summary: string;
      readonly findings: string;
      readonly totals: string;
      readonly rows: string;
      readonly sheet: string;
      readonly preview: string;
      readonly pane: string;
      readonly consolidation: string;
      readonly previousYear: string;
    };
  };
}
