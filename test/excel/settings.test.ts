import type { ColumnMapping } from '../../src/domain/model/table';
import { WorkbookSettings, parseStoredMapping, type SettingsStore } from '../../src/excel/settings';

/** Office.Settings in memory: set() changes the session's copy, only saveAsync() writes the document. */
class FakeSettings implements SettingsStore {
  readonly session = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  failSave: string | null = null;

  get(name: string): unknown {
    return this.session.get(name) ?? null;
  }

  set(name: string, value: string): void {
    this.session.set(name, value);
  }

  saveAsync(callback: (result: { error?: { message: string } }) => void): void {
    const failure = this.failSave;
    if (!failure) this.saved = new Map(this.session);
    setTimeout(() => callback(failure ? { error: { message: failure } } : {}), 0);
  }

  /** The next session on the same document sees only what was saved. */
  reopen(): FakeSettings {
    const next = new FakeSettings();
    this.saved.forEach((value, key) => next.session.set(key, value));
    return next;
  }
}

const MAPPING: ColumnMapping = {
  headerTop: 2,
  headerBottom: 3,
  columns: [
    { col: 1, role: 'name', header: '事業名' },
    { col: 4, role: 'request', header: '要求額（千円）', unit: '千円' },
    { col: 7, role: 'projectAmount', projectId: 'pharma', header: '統合プロジェクト別内訳 / ①医薬品' },
  ],
  unit: '千円',
};

describe('WorkbookSettings', () => {
  it('remembers the mapping per sheet, the fiscal year and the language across sessions', async () => {
    const store = new FakeSettings();
    const settings = new WorkbookSettings(store);
    await settings.rememberColumnMapping('厚労省 要求', MAPPING);
    await settings.rememberFiscalYear('r6-fy2024');
    await settings.rememberLanguage('en');

    const next = new WorkbookSettings(store.reopen());
    expect(next.columnMapping('厚労省 要求')).toEqual(MAPPING);
    expect(next.columnMapping('別のシート')).toBeNull();
    expect(next.fiscalYear()).toBe('r6-fy2024');
    expect(next.language()).toBe('en');
  });

  it('stores the mapping as a JSON string', async () => {
    const store = new FakeSettings();
    await new WorkbookSettings(store).rememberColumnMapping('S', MAPPING);
    expect(JSON.parse(store.saved.get('MedicalRdBudgetCheck.mapping.S') as string)).toEqual(MAPPING);
  });

  it('reads nothing rather than something wrong from settings it does not recognise', () => {
    const store = new FakeSettings();
    store.set('MedicalRdBudgetCheck.mapping.S', '{"headerTop":1}');
    store.set('MedicalRdBudgetCheck.language', 'fr');
    store.session.set('MedicalRdBudgetCheck.fiscalYear', 2024);
    const settings = new WorkbookSettings(store);
    expect(settings.columnMapping('S')).toBeNull();
    expect(settings.language()).toBeNull();
    expect(settings.fiscalYear()).toBeNull();
  });

  it('rejects with a bilingual error when the document cannot be saved', async () => {
    const store = new FakeSettings();
    store.failSave = 'The document is read-only.';
    await expect(new WorkbookSettings(store).rememberFiscalYear('r6-fy2024')).rejects.toThrow(
      /設定をブックに保存できませんでした。 \/ Could not save the settings in the workbook\. \[The document is read-only\.\]/,
    );
  });

  it('is unavailable outside Office', () => {
    expect(WorkbookSettings.ofOpenWorkbook()).toBeNull();
  });
});

describe('parseStoredMapping', () => {
  it.each([
    ['not json', '{'],
    ['a missing field', JSON.stringify({ headerTop: 0, columns: [] })],
    ['an unknown role', JSON.stringify({ ...MAPPING, columns: [{ col: 0, role: 'budget', header: 'x' }] })],
    ['an unknown unit', JSON.stringify({ ...MAPPING, unit: 'ドル' })],
    ['a negative column', JSON.stringify({ ...MAPPING, columns: [{ col: -1, role: 'name', header: 'x' }] })],
    ['a header bottom above its top', JSON.stringify({ ...MAPPING, headerTop: 4, headerBottom: 3 })],
  ])('returns null for %s', (_, json) => {
    expect(parseStoredMapping(json)).toBeNull();
  });

  it('returns the mapping for valid JSON', () => {
    expect(parseStoredMapping(JSON.stringify(MAPPING))).toEqual(MAPPING);
  });
});
