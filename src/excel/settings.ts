/**
 * What the add-in remembers in the workbook itself (Office.context.document.settings), so
 * that the next session on the same file starts where the user left off: the confirmed
 * column mapping per sheet, the fiscal year, the language, 前年度のシート (a sheet of the workbook), the suggestions the officer
 * accepted per sheet and the policy pack files loaded (so a colleague who opens the workbook
 * sees the same figures, against the same year).
 */
import type { Locale } from '../domain/model/finding';
import type { AcceptedSuggestion } from '../domain/model/acceptance';
import type { ColumnMapping } from '../domain/model/table';
import { bilingualError } from './office-error';

/** The part of Office.Settings used here; Office.context.document.settings is one. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: string): void;
  /** Office reports a failure by giving the result an `error`. */
  saveAsync(callback: (result: { error?: { message: string } }) => void): void;
}

const PREFIX = 'MedicalRdBudgetCheck.';
const FISCAL_YEAR_KEY = `${PREFIX}fiscalYear`;
const LANGUAGE_KEY = `${PREFIX}language`;
const PACKS_KEY = `${PREFIX}packs`;
const PREVIOUS_YEAR_SHEET_KEY = `${PREFIX}previousYearSheet`;

/**
 * A policy pack file the officer loaded, kept in the workbook so a colleague opening it checks
 * against the same year: the file's text as read (validated again on every load, never trusted),
 * its name, and whether it stands in place of a bundled pack of the same id (the officer said so).
 */
export interface StoredPackFile {
  readonly name: string;
  readonly text: string;
  readonly replacesBundled: boolean;
}

function parseStoredPacks(stored: unknown): StoredPackFile[] {
  if (typeof stored !== 'string') return [];
  let list: unknown;
  try {
    list = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const o = item as Partial<StoredPackFile> | null;
    return o !== null && typeof o === 'object' && typeof o.name === 'string' && typeof o.text === 'string' && typeof o.replacesBundled === 'boolean'
      ? [{ name: o.name, text: o.text, replacesBundled: o.replacesBundled }]
      : [];
  });
}
/** The mapping's and the acceptances' JSON forms, loaded on first use (they bring zod). */
const settingsJson = () => import(/* webpackChunkName: "settings-json" */ './settings-json');

const mappingKey = (sheetName: string) => `${PREFIX}mapping.${sheetName}`;
const acceptedKey = (sheetName: string) => `${PREFIX}accepted.${sheetName}`;

export class WorkbookSettings {
  constructor(private readonly store: SettingsStore) {}

  /** The open workbook's settings, or null outside Office (the browser demo, tests). */
  static ofOpenWorkbook(): WorkbookSettings | null {
    if (typeof Office === 'undefined' || !Office.context?.document?.settings) return null;
    return new WorkbookSettings(Office.context.document.settings);
  }

  async columnMapping(sheetName: string): Promise<ColumnMapping | null> {
    const stored = this.store.get(mappingKey(sheetName));
    // The same versioned JSON the CLI takes with --mapping; anything else (an older or newer
    // version, a hand edit) reads as no mapping, and the pane detects one again.
    return typeof stored === 'string' ? (await settingsJson()).parseMapping(stored) : null;
  }

  async rememberColumnMapping(sheetName: string, mapping: ColumnMapping): Promise<void> {
    return this.save(mappingKey(sheetName), (await settingsJson()).serializeMapping(mapping));
  }

  async acceptedSuggestions(sheetName: string): Promise<AcceptedSuggestion[]> {
    const stored = this.store.get(acceptedKey(sheetName));
    return typeof stored === 'string' ? (await settingsJson()).parseAccepted(stored) : [];
  }

  async rememberAcceptedSuggestions(sheetName: string, accepted: readonly AcceptedSuggestion[]): Promise<void> {
    return this.save(acceptedKey(sheetName), (await settingsJson()).serializeAccepted(accepted));
  }

  fiscalYear(): string | null {
    const stored = this.store.get(FISCAL_YEAR_KEY);
    return typeof stored === 'string' && stored !== '' ? stored : null;
  }

  rememberFiscalYear(fiscalYearId: string): Promise<void> {
    return this.save(FISCAL_YEAR_KEY, fiscalYearId);
  }

  /** The sheet of this workbook chosen as 前年度のシート, or null (none, or a file: its bytes are not kept). */
  previousYearSheet(): string | null {
    const stored = this.store.get(PREVIOUS_YEAR_SHEET_KEY);
    return typeof stored === 'string' && stored !== '' ? stored : null;
  }

  /** null forgets it (the officer cleared it, or chose a file instead). */
  rememberPreviousYearSheet(sheetName: string | null): Promise<void> {
    return this.save(PREVIOUS_YEAR_SHEET_KEY, sheetName ?? '');
  }

  packFiles(): StoredPackFile[] {
    return parseStoredPacks(this.store.get(PACKS_KEY));
  }

  rememberPackFiles(files: readonly StoredPackFile[]): Promise<void> {
    return this.save(PACKS_KEY, JSON.stringify(files));
  }

  language(): Locale | null {
    const stored = this.store.get(LANGUAGE_KEY);
    return stored === 'ja' || stored === 'en' ? stored : null;
  }

  rememberLanguage(locale: Locale): Promise<void> {
    return this.save(LANGUAGE_KEY, locale);
  }

  /** Settings live in memory until saveAsync writes them into the document. */
  private save(name: string, value: string): Promise<void> {
    this.store.set(name, value);
    return new Promise((resolve, reject) => {
      this.store.saveAsync((result) => {
        if (result.error) {
          reject(bilingualError('設定をブックに保存できませんでした。', 'Could not save the settings in the workbook.', new Error(result.error.message)));
        } else {
          resolve();
        }
      });
    });
  }
}
