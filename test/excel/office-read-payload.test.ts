import { OfficeWorkbookSource, estimateResponseBytes } from '../../src/excel/office-workbook-source';
import { FakeExcel, FakeOfficeError, type CellInput } from './fake-excel';

/**
 * Excel on the web refuses a response over 5 MB. The fake has no such limit, so these tests
 * give it one: a sync whose loads would send back more than `limit` bytes of JSON fails with
 * the host's error code, as Excel's would.
 */
interface QueuedOp {
  apply(): { data: unknown; deliver: () => void } | void;
}

function withResponseLimit(excel: FakeExcel, limit: number): { responses: number[]; refused: number } {
  const seen = { responses: [] as number[], refused: 0 };
  const execute = excel.execute.bind(excel) as (queue: QueuedOp[], suspended: { screen: boolean; calculation: boolean }) => void;
  (excel as unknown as { execute: typeof execute }).execute = (queue, suspended) => {
    let bytes = 0;
    const limited = queue.map((op) => ({
      ...op,
      apply: () => {
        const result = op.apply();
        if (result) bytes += Buffer.byteLength(JSON.stringify(result.data ?? null));
        if (bytes > limit) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
        return result;
      },
    }));
    try {
      execute(limited, suspended);
      seen.responses.push(bytes);
    } catch (error) {
      if (error instanceof FakeOfficeError && error.code === 'ResponsePayloadSizeLimitExceeded') seen.refused++;
      throw error;
    }
  };
  return seen;
}

const SUMMARY = '再生・細胞医療・遺伝子治療の実用化に向けて、基礎研究から臨床研究まで切れ目なく支援し、製造基盤技術の開発と人材育成を推進する。';

function longTextSheet(excel: FakeExcel, rows: number): void {
  const cells: CellInput[][] = [['事業名', '要求額', '事業概要', '備考']];
  for (let i = 0; i < rows; i++) cells.push([`事業${i + 1}`, 1000 + i, `${SUMMARY.repeat(3)}（${i + 1}）`, i % 7 === 0 ? '新規' : null]);
  excel.addSheet({ name: 'S', rows: cells });
}

describe('OfficeWorkbookSource under a response payload limit', () => {
  it('reads a sheet whose first slice is too large by halving it, then sizes the next slices to fit', async () => {
    const plain = new FakeExcel();
    longTextSheet(plain, 1_500);
    const expected = await new OfficeWorkbookSource(plain.run, { mergedAreasSupported: true }).readSheet('S');

    const limited = new FakeExcel();
    longTextSheet(limited, 1_500);
    const limit = 200_000;
    const seen = withResponseLimit(limited, limit);
    const grid = await new OfficeWorkbookSource(limited.run, { mergedAreasSupported: true, responseBudgetBytes: 150_000 }).readSheet('S');

    expect(grid).toEqual(expected);
    expect(Math.max(...seen.responses)).toBeLessThanOrEqual(limit);
    // The first slice (every row) is halved until it fits; later slices fit at once.
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.refused).toBeLessThanOrEqual(Math.ceil(Math.log2(1_500)));
    expect(limited.syncs.filter((sync) => sync.failed)).toHaveLength(seen.refused);
  });

  it('says which sheet it could not read when even one row is over the limit', async () => {
    const excel = new FakeExcel();
    longTextSheet(excel, 3);
    withResponseLimit(excel, 500);
    await expect(new OfficeWorkbookSource(excel.run, { mergedAreasSupported: true }).readSheet('S')).rejects.toThrow(/シート「S」を読み込めませんでした。.*ResponsePayloadSizeLimitExceeded/);
  });
});

describe('estimateResponseBytes', () => {
  it('counts UTF-8 bytes: three per Japanese character, one per ASCII character, values twice', () => {
    const ascii = estimateResponseBytes({ values: [['abc']], numberFormats: [[null]] });
    const japanese = estimateResponseBytes({ values: [['あいう']], numberFormats: [[null]] });
    expect(japanese - ascii).toBe(2 * 3 * 2);
  });

  it('comes to at least 90% of what the fake sends back for a slice of budget-like cells', async () => {
    const excel = new FakeExcel();
    longTextSheet(excel, 200);
    const seen = withResponseLimit(excel, Infinity);
    const grid = await new OfficeWorkbookSource(excel.run, { mergedAreasSupported: false }).readSheet('S');
    const estimate = estimateResponseBytes({ values: grid.values, numberFormats: grid.numberFormats ?? [] });
    expect(estimate).toBeGreaterThanOrEqual(0.9 * seen.responses[1]);
  });
});
