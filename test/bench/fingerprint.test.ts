/**
 * The engine's results, byte for byte, on generated sheets, the reading fixtures and the
 * samples (bench/fingerprint.ts): a change meant only to make the engine faster or leaner
 * must leave every line as it is. A change meant to change results rewrites the expected file
 * (`npx tsx bench/fingerprint.ts --small > test/bench/fingerprint.expected.txt`) and says why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedLines, SMALL_SIZES, workbookLines } from '../../bench/fingerprint';

jest.setTimeout(120_000);

test('the engine gives the recorded results on every case', async () => {
  const expected = readFileSync(join(__dirname, 'fingerprint.expected.txt'), 'utf8').trimEnd().split('\n');
  const actual = [...generatedLines(SMALL_SIZES), ...(await workbookLines('test/fixtures/sheets')), ...(await workbookLines('samples'))];
  expect(actual).toEqual(expected);
});
