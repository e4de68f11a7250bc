import type { AcceptedSuggestion } from '../domain/model/acceptance';
import type { SheetGrid } from '../domain/model/grid';
import type { OutputSheetWritten } from '../domain/ports';
import type { SheetModel } from '../domain/model/sheet-model';
import type { ColumnMapping } from '../domain/model/table';
import type { ModelHead, SheetHandle } from './engine';
import type { StoredPackFile } from '../excel/settings';

/** What creating the submission sheet produced: a sheet in the open workbook, or a file to download (demo). */
export type SubmissionOutcome =
  | ({ readonly kind: 'written' } & OutputSheetWritten)
  | { readonly kind: 'file'; readonly fileName: string; readonly data: Uint8Array };

/**
 * Everything the pane needs from the workbook it works on, as plain async functions:
 * Office.js in Excel (office-host), or the bundled sample .xlsx in a browser (demo-host).
 * Components never see a host; the pane's controller calls it.
 */
export interface PaneHost {
  readonly kind: 'office' | 'demo';
  /** Whether a file handed to the browser is saved (not in Excel on Mac or iPad, whose web view drops downloads). */
  readonly downloads: boolean;
  /** Name recorded in the report (the sample's file name in the demo). */
  readonly fileName?: string;
  sheetNames(): Promise<string[]>;
  /** The sheet the user is on, to preselect it. */
  activeSheet(): Promise<string | null>;
  /**
   * The sheet as it is now, handed to the engine, which keeps it (the page holds a handle). When
   * it still holds what `previous` (an earlier read) holds, the host returns `previous` itself.
   */
  loadSheet(name: string, previous?: SheetHandle): Promise<SheetHandle>;
  /** The sheet whole, in the page: 府省別の取りまとめ reads submission sheets (tens of rows) this way. */
  readSheet(name: string): Promise<SheetGrid>;
  /** SHA-256 of the input, when the host has the file's bytes; otherwise the engine hashes the grid. */
  inputHash(): Promise<string | undefined>;
  /** The column mapping the user confirmed for this sheet earlier, remembered in the workbook. */
  loadMapping(sheet: string): Promise<ColumnMapping | null>;
  saveMapping(sheet: string, mapping: ColumnMapping): Promise<void>;
  /** Suggestions the officer accepted on this sheet, remembered in the workbook (never in its cells). */
  loadAccepted(sheet: string): Promise<readonly AcceptedSuggestion[]>;
  saveAccepted(sheet: string, accepted: readonly AcceptedSuggestion[]): Promise<void>;
  /**
   * Writes an accepted label into the officer's own 統合プロジェクト cell: only when the officer
   * asks for that exact change, and only into an empty cell ('not-empty' otherwise).
   */
  writeProjectLabel?(sheet: string, a1: string, label: string): Promise<'written' | 'not-empty'>;
  loadYear(): Promise<string | null>;
  saveYear(packId: string): Promise<void>;
  /** The sheet of this workbook the officer chose as 前年度のシート, remembered with the workbook; null forgets it. */
  loadPreviousYearSheet(): Promise<string | null>;
  savePreviousYearSheet(sheet: string | null): Promise<void>;
  /** Policy pack files the officer loaded, kept with the workbook (its settings; the demo emulates them). */
  loadPackFiles(): Promise<readonly StoredPackFile[]>;
  savePackFiles(files: readonly StoredPackFile[]): Promise<void>;
  /** Select the cell in Excel. The demo has no Excel: the pane highlights the cell in its own sheet view instead. */
  selectCell?(sheet: string, a1: string): Promise<void>;
  /** Writes the submission model the engine keeps (Office.js writes in the page; the demo's .xlsx is made by the engine). */
  writeSubmission(model: ModelHead): Promise<SubmissionOutcome>;
  /**
   * Sheets of the open workbook this product marked with `marker` (submission sheets written
   * here or copied in from the ministries' workbooks), in tab order, for 府省別の取りまとめ.
   */
  markedSheets(marker: string): Promise<string[]>;
  /** The government-wide consolidated sheet: a new sheet of the open workbook in Excel, a file in the demo. */
  writeConsolidated(model: SheetModel): Promise<SubmissionOutcome>;
}
