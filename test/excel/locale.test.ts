import { officeLocale } from '../../src/excel/locale';

describe('officeLocale', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('is Japanese when Office is not loaded', () => {
    expect(officeLocale()).toBe('ja');
  });

  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['ja-JP', 'ja'],
    ['fr-FR', 'ja'],
    ['eng', 'ja'],
    [undefined, 'ja'],
  ])('displayLanguage %s → %s', (displayLanguage, expected) => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage } };
    expect(officeLocale()).toBe(expected);
  });

  it('is Japanese before Office.onReady has set a context', () => {
    (globalThis as { Office?: unknown }).Office = {};
    expect(officeLocale()).toBe('ja');
  });
});
