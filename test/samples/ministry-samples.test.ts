import { checkedSample } from '../consolidation/samples';

/**
 * The three ministries' request sheets that `npm run demo` consolidates (scripts/make-ministry-samples.ts):
 * each in its own layout and unit, each clean, each telling its ministry a different way.
 */
describe("the three ministries' sample request sheets", () => {
  it.each([
    ['r6-mext.xlsx', '文部科学省', 'title', '百万円', 8, 49_300_000],
    ['r6-mhlw.xlsx', '厚生労働省', 'column', '千円', 7, 19_664_162],
    ['r6-meti.xlsx', '経済産業省', 'file', '円', 5, 10_650_000],
  ])('%s: %s (from its %s), in %s, %i 事業, no findings', async (file, ministry, from, unit, rows, total) => {
    const { report, part } = await checkedSample(file);
    expect(report.policy).toMatchObject({ id: 'R6', chosenBy: 'sheet' });
    expect(report.sourceUnit).toBe(unit);
    expect(report.findings).toEqual([]);
    expect(report.summary.rows).toBe(rows);
    expect(report.totals.all.total).toBe(total);
    expect(part).toMatchObject({ ministry, ministryFrom: from });
  });
});
