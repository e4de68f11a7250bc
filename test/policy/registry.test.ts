import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { getPack, guessPackFromText, loadPacks } from '../../src/domain/policy/registry';
import { assemblePack } from '../../src/domain/policy/assemble';
import { PackFileSchema } from '../../src/domain/policy/pack-file';
import { PACKS_DIR, SOURCES_DIR } from './pack-texts';

describe('loadPacks', () => {
  it('returns every pack once, sorted by fiscal year, parsed only once', () => {
    const packs = loadPacks();
    expect(packs.map((p) => p.id)).toEqual(['R4', 'R6']);
    expect(loadPacks()).toBe(packs);
  });

  it('registers every pack file in packs/ (adding a year: its file there, then npm run packs)', () => {
    const files = readdirSync(PACKS_DIR).filter((f) => /^R\d+\.json$/.test(f)).sort();
    expect(loadPacks().map((p) => `${p.id}.json`).sort()).toEqual(files);
    for (const pack of loadPacks()) {
      expect(pack).toEqual(assemblePack(PackFileSchema.parse(JSON.parse(readFileSync(join(PACKS_DIR, `${pack.id}.json`), 'utf8')))));
    }
  });

  it('keeps each pack beside its source text, and no source text without a pack', () => {
    const sources = readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt')).sort();
    expect(loadPacks().map((p) => p.sourceFile).sort()).toEqual(sources);
  });
});

describe('getPack', () => {
  it.each([
    ['R6', 'R6'],
    ['r6', 'R6'],
    [' R6 ', 'R6'],
    ['Ｒ６', 'R6'],
    ['令和6年度', 'R6'],
    ['令和６年度', 'R6'],
    ['令和6', 'R6'],
    ['R6年度', 'R6'],
    ['2024', 'R6'],
    ['2024年度', 'R6'],
    ['FY2024', 'R6'],
    ['fy2024', 'R6'],
    ['R4', 'R4'],
    ['令和4年度', 'R4'],
    ['2022', 'R4'],
    ['FY2022', 'R4'],
  ])('%s → %s', (input, expected) => {
    expect(getPack(input)?.id).toBe(expected);
  });

  it.each(['R5', '令和5年度', '2023', 'FY2025', '', '   ', '6', 'R', 'R66'])('%s → none', (input) => {
    expect(getPack(input)).toBeUndefined();
  });
});

describe('guessPackFromText', () => {
  const packs = loadPacks();

  it.each([
    [['令和６年度 概算要求 医療分野研究開発関連（単位：千円）'], 'R6', '令和6年度'],
    [['令和4年度 概算要求'], 'R4', '令和4年度'],
    [['令和 ４ 年度 要求額'], 'R4', '令和 4 年度'],
    [['医療分野研究開発関連予算', 'R6年度要求・要望額'], 'R6', 'R6年度'],
    [['2022年度 概算要求'], 'R4', '2022年度'],
    [['FY2024 budget request'], 'R6', 'FY2024'],
    [['ＦＹ２０２４'], 'R6', 'FY2024'],
    [['令和6年度概算要求（2022年度比）'], 'R6', '令和6年度'],
    [['', '（単位：千円）', '令和6年度要求額'], 'R6', '令和6年度'],
  ])('%j → %s', (lines, id, matched) => {
    expect(guessPackFromText(lines, packs)).toEqual({ pack: expect.objectContaining({ id }), matched });
  });

  it.each([
    [['令和5年度 概算要求']],
    [['令和5年度予算額', '令和6年度要求額']],
    [['令和元年度']],
    [['医療分野研究開発関連（単位：千円）', '事業名', '前年度予算額']],
    [['第2期', 'PJ①', '12024年度']],
    [[]],
  ])('%j → null (no year, or the first year mentioned has no pack)', (lines) => {
    expect(guessPackFromText(lines, packs)).toBeNull();
  });

  /** Title fragments real sheets put around the year. */
  const filler = fc
    .array(fc.constantFrom('', ' ', '　', '概算要求', '医療分野研究開発関連', '（単位：千円）', '【', '】', '・', '要求額', 'budget '), { maxLength: 4 })
    .map((parts) => parts.join(''));
  const toFullWidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('finds any pack year however it is written, wherever it is in the line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...packs.map((p) => p.id)), fc.integer({ min: 0, max: 3 }), fc.boolean(), filler, filler, (id, form, wide, before, after) => {
        const { reiwa, western } = packs.find((p) => p.id === id)!.fiscalYear;
        const mention = [`令和${reiwa}年度`, `R${reiwa}年度`, `${western}年度`, `FY${western}`][form];
        const line = `${before}${wide ? toFullWidth(mention) : mention}${after}`;
        expect(guessPackFromText([line], packs)?.pack.id).toBe(id);
      }),
    );
  });

  it('answers null for any Reiwa year without a pack', () => {
    const known = new Set(packs.map((p) => p.fiscalYear.reiwa));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }).filter((n) => !known.has(n)), filler, (reiwa, after) => {
        expect(guessPackFromText([`令和${reiwa}年度${after}`, '令和6年度'], packs)).toBeNull();
      }),
    );
  });
});
