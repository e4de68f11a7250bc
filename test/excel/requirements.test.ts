import { excelApiSupported } from '../../src/excel/requirements';

describe('excelApiSupported', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('is false outside Office', () => {
    expect(excelApiSupported('1.13')).toBe(false);
  });

  it('asks the host about the ExcelApi requirement set', () => {
    const asked: [string, string][] = [];
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => {
            asked.push([set, version]);
            return version === '1.12';
          },
        },
      },
    };
    expect(excelApiSupported('1.12')).toBe(true);
    expect(excelApiSupported('1.13')).toBe(false);
    expect(asked).toEqual([
      ['ExcelApi', '1.12'],
      ['ExcelApi', '1.13'],
    ]);
  });
});
