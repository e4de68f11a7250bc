import { fuzzCli } from './fuzz-cli';

/**
 * The fuzzer at a fixed seed and a count that fits the CI budget; `npm run fuzz` runs longer
 * (any seed, any count) with the same code. A failure names its case number and seed workbook.
 */
const SEED = 20_240_626;
const CASES = 150;

it(`${CASES} mutated workbooks: each ends with exit 0, 1 or 2 and no internal error`, async () => {
  const result = await fuzzCli(SEED, CASES);
  expect(result.failures.map((f) => `case ${f.index} (${f.seedFile}): exit ${f.code}: ${f.stderr.slice(0, 300)}`)).toEqual([]);
  // The mutations reach past the zip: some files are still read and checked, others refused.
  expect(result.byExit[2]).toBeGreaterThan(0);
  expect((result.byExit[0] ?? 0) + (result.byExit[1] ?? 0)).toBeGreaterThan(CASES / 10);
  expect(result.slowestMs).toBeLessThan(10_000);
}, 300_000);
