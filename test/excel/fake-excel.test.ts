import { FakeExcel, FakeOfficeError } from './fake-excel';

describe('FakeExcel behaves like Excel where the adapters depend on it', () => {
  it('refuses to read a property that no sync has loaded', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'Data', rows: [[1]] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1');
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[1]]);
      expect(() => range.formulas).toThrow(/not available/);
    });
  });

  it('fails the sync when a 2-D array does not match the range, keeping what ran before it', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'Data' });
    const attempt = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A1').values = [[1]];
      sheet.getRange('A2:B2').values = [[1, 2, 3]];
      sheet.getRange('A3').values = [[3]];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'InvalidArgument' });
    const cells = excel.sheet('Data')!.cells;
    expect(cells.get('0,0')?.value).toBe(1);
    expect(cells.has('2,0')).toBe(false);
    expect(excel.syncs.at(-1)?.failed).toBe(true);
  });

  it.each([
    ['001', 1],
    ['1,234', 1234],
    ['TRUE', true],
    ['１２３', 123],
    ["'001", '001'],
    ['医薬品プロジェクト', '医薬品プロジェクト'],
    ['△1,234', '△1,234'],
  ])('reads the string %j written as a value as if typed: %j', async (written, stored) => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'Data' });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [[written]];
      await context.sync();
    });
    expect(excel.sheet('Data')!.cells.get('0,0')?.value).toEqual(stored);
  });

  it.each([['=SUM(A1:A2)'], ['-'], ['+x']])('turns the string %j written as a value into a formula', async (written) => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'Data' });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [[written]];
      await context.sync();
    });
    expect(excel.sheet('Data')!.cells.get('0,0')?.formula).toMatch(/^=/);
  });

  it('counts syncs, measures request payloads and records suspension', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'Data' });
    await excel.run(async (context) => {
      context.application.suspendScreenUpdatingUntilNextSync();
      context.workbook.worksheets.getItem('Data').getRange('A1:A2').values = [['x'], ['y']];
      await context.sync();
      await context.sync();
    });
    expect(excel.syncs).toHaveLength(2);
    expect(excel.syncs[0]).toMatchObject({ operations: 2, screenUpdatingSuspended: true, calculationSuspended: false });
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(JSON.stringify([['x'], ['y']]).length);
    expect(excel.syncs[1]).toMatchObject({ operations: 0, screenUpdatingSuspended: false });
  });

  it('applies an injected failure after the given number of operations', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'Data' });
    excel.failSync(1, 1);
    const attempt = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A1').values = [[1]];
      sheet.getRange('A2').values = [[2]];
      await context.sync();
    });
    await expect(attempt).rejects.toBeInstanceOf(FakeOfficeError);
    expect(excel.sheet('Data')!.cells.get('0,0')?.value).toBe(1);
    expect(excel.sheet('Data')!.cells.has('1,0')).toBe(false);
  });

  it('refuses duplicate or invalid sheet names, selection off the active sheet and more than 512 merged areas', async () => {
    const excel = new FakeExcel();
    excel.addSheet({ name: 'Data' });
    excel.addSheet({ name: 'Other', merges: Array.from({ length: 513 }, (_, i) => ({ top: i * 2, left: 0, bottom: i * 2 + 1, right: 0 })) });
    const cases: ((context: Excel.RequestContext) => void)[] = [
      (context) => context.workbook.worksheets.add('data'),
      (context) => context.workbook.worksheets.add('a/b'),
      (context) => context.workbook.worksheets.getItem('Other').getRange('A1').select(),
      (context) => context.workbook.worksheets.getItem('Other').getRange('A1:A2000').getMergedAreasOrNullObject().load('address'),
    ];
    for (const queue of cases) {
      await expect(
        excel.run(async (context) => {
          queue(context);
          await context.sync();
        }),
      ).rejects.toBeInstanceOf(FakeOfficeError);
    }
  });
});
