/**
 * What the add-in remembers in the workbook itself (Office.context.document.settings), so
 * that the next session on the same file starts where the user left off: the confirmed
 * column mapping per sheet, the fiscal year, the language.
 */
import { z } from 'zod';
import { UNITS } from '../domain/model/amount';
import type { Locale } from '../domain/model/finding';
import { COLUMN_ROLES, type ColumnMapping } from '../domain/model/table';
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
const mappingKey = (sheetName: string) => `${PREFIX}mapping.${sheetName}`;

/**
 * A stored mapping is read back only if it still has the shape of a ColumnMapping: the
 * workbook may have been edited by an older version, or by hand.
 */
const ColumnMappingSchema = z
  .object({
    headerTop: z.number().int().min(0),
    headerBottom: z.number().int().min(0),
    columns: z.array(
      z.object({
        col: z.number().int().min(0),
        role: z.enum(COLUMN_ROLES),
        projectId: z.string().min(1).optional(),
        header: z.string(),
        unit: z.enum(UNITS).optional(),
      }),
    ),
    unit: z.enum(UNITS).optional(),
  })
  .refine((mapping) => mapping.headerBottom >= mapping.headerTop, { message: 'headerBottom is above headerTop' });

/** A stored mapping's JSON → the mapping, or null when it is not one. */
export function parseStoredMapping(json: string): ColumnMapping | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = ColumnMappingSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export class WorkbookSettings {
  constructor(private readonly store: SettingsStore) {}

  /** The open workbook's settings, or null outside Office (the browser demo, tests). */
  static ofOpenWorkbook(): WorkbookSettings | null {
    if (typeof Office === 'undefined' || !Office.context?.document?.settings) return null;
    return new WorkbookSettings(Office.context.document.settings);
  }

  columnMapping(sheetName: string): ColumnMapping | null {
    const stored = this.store.get(mappingKey(sheetName));
    return typeof stored === 'string' ? parseStoredMapping(stored) : null;
  }

  rememberColumnMapping(sheetName: string, mapping: ColumnMapping): Promise<void> {
    return this.save(mappingKey(sheetName), JSON.stringify(mapping));
  }

  fiscalYear(): string | null {
    const stored = this.store.get(FISCAL_YEAR_KEY);
    return typeof stored === 'string' && stored !== '' ? stored : null;
  }

  rememberFiscalYear(fiscalYearId: string): Promise<void> {
    return this.save(FISCAL_YEAR_KEY, fiscalYearId);
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
