import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { gridHash, sha256Hex } from '../../src/domain/engine/hash';
import { Sha256 } from '../../src/domain/engine/sha256';
import type { SheetGrid } from '../../src/domain/model/grid';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('FIPS 180-4 vector %j', (input, expected) => {
    expect(sha256Hex(input)).toBe(expected);
  });

  it('one million "a"', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes strings as UTF-8', () => {
    const text = '令和６年度 概算要求（単位：千円）△1,234';
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('hashes text given in pieces as the whole, across its buffer and character boundaries', () => {
    const pieces = Array.from({ length: 40 }, (_, i) => `${'医療'.repeat(i * 97)}a${'x'.repeat(i * 211)}`);
    const whole = pieces.join('');
    const hash = new Sha256();
    for (const piece of pieces) hash.updateText(piece);
    expect(hash.digestHex()).toBe(createHash('sha256').update(whole, 'utf8').digest('hex'));
  });

  it('agrees with Node crypto on any bytes, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('gridHash', () => {
  const grid: SheetGrid = { sheetName: 'S', originRow: 0, originCol: 0, values: [['事業名', '要求額'], ['A', 1000], ['B', { error: '#REF!' }]] };

  it('depends only on the sheet name, origin and values', () => {
    expect(gridHash({ ...grid, numberFormats: [['@', '#,##0']], merges: [] })).toBe(gridHash(grid));
    expect(gridHash(grid)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the SHA-256 of the grid as JSON, missing rows as null', () => {
    // eslint-disable-next-line no-sparse-arrays
    const ragged: SheetGrid = { ...grid, values: [['事業名'], , ['B', { error: '#REF!' }, null]] as SheetGrid['values'] };
    for (const g of [grid, ragged]) {
      const json = JSON.stringify({ sheet: g.sheetName, origin: [g.originRow, g.originCol], values: g.values });
      expect(gridHash(g)).toBe(createHash('sha256').update(json, 'utf8').digest('hex'));
    }
  });

  it('is the same JSON hashed over many rows, a missing row at any place, and over none', () => {
    const rows: (SheetGrid['values'][number] | undefined)[] = Array.from({ length: 200 }, (_, i) => [`事業${i}`, i * 1000, i % 7 === 0 ? null : { error: '#N/A' }]);
    for (const missing of [0, 63, 64, 65, 127, 128, 199]) rows[missing] = undefined;
    for (const values of [rows, rows.slice(0, 64), rows.slice(0, 65), []] as SheetGrid['values'][]) {
      const g: SheetGrid = { ...grid, values };
      const json = JSON.stringify({ sheet: g.sheetName, origin: [g.originRow, g.originCol], values: g.values });
      expect(gridHash(g)).toBe(createHash('sha256').update(json, 'utf8').digest('hex'));
    }
  });

  it.each([
    ['a value', { ...grid, values: [['事業名', '要求額'], ['A', 1001], ['B', { error: '#REF!' }]] }],
    ['a value type', { ...grid, values: [['事業名', '要求額'], ['A', '1000'], ['B', { error: '#REF!' }]] }],
    ['the sheet', { ...grid, sheetName: 'T' }],
    ['the origin', { ...grid, originRow: 1 }],
  ])('changes with %s', (_what, other) => {
    expect(gridHash(other)).not.toBe(gridHash(grid));
  });
});
