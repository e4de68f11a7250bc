import type { ColumnMapping } from '../../src/domain/model/table';
import { MAPPING_FORMAT_VERSION, parseMapping } from '../../src/domain/reading';
import { WorkbookSettings, type SettingsStore } from '../../src/excel/settings';

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
    expect(await next.columnMapping('厚労省 要求')).toEqual(MAPPING);
    expect(await next.columnMapping('別のシート')).toBeNull();
    expect(next.fiscalYear()).toBe('r6-fy2024');
    expect(next.language()).toBe('en');
  });

  it('remembers the accepted suggestions per sheet, so a colleague opening the workbook sees the same figures', async () => {
    const store = new FakeSettings();
    const accepted = [{ key: 'name:認知症研究開発事業', name: '認知症研究開発事業', packId: 'R6', projects: ['genome-data'], priorityAreas: ['dementia'] }];
    await new WorkbookSettings(store).rememberAcceptedSuggestions('厚労省 要求', accepted);
    const next = new WorkbookSettings(store.reopen());
    expect(await next.acceptedSuggestions('厚労省 要求')).toEqual(accepted);
    expect(await next.acceptedSuggestions('別のシート')).toEqual([]);
    store.session.set('MedicalRdBudgetCheck.accepted.壊れた', '{"version":1,"accepted":[{"key":""}]}');
    expect(await new WorkbookSettings(store).acceptedSuggestions('壊れた')).toEqual([]);
  });

  it('remembers 前年度のシート (a sheet of the workbook) across sessions, and forgets it when told', async () => {
    const store = new FakeSettings();
    expect(new WorkbookSettings(store).previousYearSheet()).toBeNull();
    await new WorkbookSettings(store).rememberPreviousYearSheet('令和5年度 要求');
    const reopened = store.reopen();
    expect(new WorkbookSettings(reopened).previousYearSheet()).toBe('令和5年度 要求');
    await new WorkbookSettings(reopened).rememberPreviousYearSheet(null);
    expect(new WorkbookSettings(reopened.reopen()).previousYearSheet()).toBeNull();
  });

  it('stores the mapping as the versioned JSON of the reading module (what the CLI takes with --mapping)', async () => {
    const store = new FakeSettings();
    await new WorkbookSettings(store).rememberColumnMapping('S', MAPPING);
    const stored = store.saved.get('MedicalRdBudgetCheck.mapping.S') as string;
    expect(JSON.parse(stored)).toEqual({ version: MAPPING_FORMAT_VERSION, ...MAPPING });
    expect(parseMapping(stored)).toEqual(MAPPING);
  });

  it('reads no mapping from JSON of another format version or with invalid fields', async () => {
    const store = new FakeSettings();
    store.set('MedicalRdBudgetCheck.mapping.Old', JSON.stringify(MAPPING));
    store.set('MedicalRdBudgetCheck.mapping.Next', JSON.stringify({ ...MAPPING, version: MAPPING_FORMAT_VERSION + 1 }));
    store.set('MedicalRdBudgetCheck.mapping.Bad', JSON.stringify({ version: MAPPING_FORMAT_VERSION, ...MAPPING, headerTop: 4, headerBottom: 3 }));
    const settings = new WorkbookSettings(store);
    expect(await settings.columnMapping('Old')).toBeNull();
    expect(await settings.columnMapping('Next')).toBeNull();
    expect(await settings.columnMapping('Bad')).toBeNull();
  });

  it('reads nothing rather than something wrong from settings it does not recognise', async () => {
    const store = new FakeSettings();
    store.set('MedicalRdBudgetCheck.mapping.S', '{"headerTop":1}');
    store.set('MedicalRdBudgetCheck.language', 'fr');
    store.session.set('MedicalRdBudgetCheck.fiscalYear', 2024);
    const settings = new WorkbookSettings(store);
    expect(await settings.columnMapping('S')).toBeNull();
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

describe('policy pack files kept in the workbook', () => {
  it('survive the workbook being saved and opened again, in the order loaded, with the officer\'s choice to replace', async () => {
    const store = new FakeSettings();
    const files = [
      { name: 'R7.json', text: '{"id":"R7"}', replacesBundled: false },
      { name: 'R6-fixed.json', text: '{"id":"R6"}', replacesBundled: true },
    ];
    await new WorkbookSettings(store).rememberPackFiles(files);
    expect(new WorkbookSettings(store.reopen()).packFiles()).toEqual(files);
  });

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '[{'],
    ['not a list', '{"name":"x"}'],
  ])('read as none when %s (a hand-edited setting never breaks the pane)', (_name, value) => {
    const store = new FakeSettings();
    if (value !== undefined) store.set('MedicalRdBudgetCheck.packs', value);
    expect(new WorkbookSettings(store).packFiles()).toEqual([]);
  });

  it('drops an entry of the wrong shape and keeps the others', () => {
    const store = new FakeSettings();
    store.set('MedicalRdBudgetCheck.packs', JSON.stringify([{ name: 'a.json', text: 1 }, { name: 'b.json', text: '{}', replacesBundled: false }]));
    expect(new WorkbookSettings(store).packFiles()).toEqual([{ name: 'b.json', text: '{}', replacesBundled: false }]);
  });
});
