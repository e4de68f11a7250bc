import { classify } from '../../src/domain/classification';
import type { RowClassification } from '../../src/domain/model/classification';
import { fundProgrammes } from '../../src/domain/policy/programmes/fund-programmes';
import { FundProgrammesSchema } from '../../src/domain/policy/programmes/fund-programmes-schema';
import programmesFile from '../../src/domain/policy/programmes/fund-programmes.json';
import { getPack } from '../../src/domain/policy/registry';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { row, table, type RowSpec } from './rows';

/**
 * 会計区分, 補正 markers and fund-based programmes: a line is kept out of 当初 totals because the
 * sheet says so (declared 会計区分, 補正 in its name/備考/新規・継続) or because it names a
 * fund-based programme — the year's (pack) or a long-lived one (policy/programmes) — never
 * because its year's pack happens to mention it.
 */

const R4 = getPack('R4')!;
const R6 = getPack('R6')!;

function one(spec: RowSpec, pack: PolicyPack = R6): { cls: RowClassification; findings: ReturnType<typeof classify>['findings'] } {
  const result = classify(table([row(7, spec)]), pack);
  return { cls: result.rows[0], findings: result.findings };
}

describe('the long-lived programmes file', () => {
  it('is valid, each programme with its source and first year', () => {
    // The engine reads the file unparsed: parsing must accept it and add or change nothing.
    expect(FundProgrammesSchema.parse(programmesFile)).toStrictEqual(programmesFile);
    for (const p of fundProgrammes().programmes) {
      expect(p.source).toMatch(/https?:\/\//);
      expect(p.since).toBeGreaterThanOrEqual(2016);
    }
  });

  it('works on its own: a pack that names no fund-based area and no fund word still keeps these lines apart', () => {
    const bare = { ...R6, priorityAreas: R6.priorityAreas.map((a) => ({ ...a, fundBased: false })), fundTerms: [] } as PolicyPack;
    expect(one({ name: '医療研究開発革新基盤創成事業' }, bare).cls.fund).toMatchObject({ kind: 'investment', via: 'programme', areaId: null });
    expect(one({ name: '創薬ベンチャーエコシステム強化事業' }, bare).cls.fund).toMatchObject({ kind: 'fund', via: 'programme' });
    expect(one({ name: '臨床研究等基盤整備事業', remarks: '令和5年度補正' }, bare).cls.fund).toMatchObject({ kind: 'supplementary', via: 'marker' });
  });
});

describe('a declared 会計区分 wins', () => {
  it.each([
    ['一般会計', { id: 'general', label: '一般会計' }, null],
    ['当初', { id: 'general', label: '一般会計' }, null],
    ['復興特別会計', { id: 'reconstruction', label: '復興特別会計' }, null],
    ['東日本大震災復興特別会計', { id: 'reconstruction', label: '復興特別会計' }, null],
    ['エネルギー対策特別会計', { id: 'special', label: 'エネルギー対策特別会計' }, null],
    ['補正', { id: 'supplementary', label: '補正予算' }, 'supplementary'],
    ['令和5年度補正', { id: 'supplementary', label: '補正予算' }, 'supplementary'],
    ['一般会計（補正）', { id: 'supplementary', label: '補正予算' }, 'supplementary'],
    ['基金', { id: 'fund', label: '基金' }, 'fund'],
    ['政府出資', { id: 'investment', label: '政府出資' }, 'investment'],
    ['出資金', { id: 'investment', label: '政府出資' }, 'investment'],
  ] as const)('%s', (declared, account, fundKind) => {
    const { cls, findings } = one({ name: '臨床研究等基盤整備事業', account: declared });
    expect(cls.account).toEqual({ ...account, basis: 'declared' });
    expect(cls.fund?.kind ?? null).toBe(fundKind);
    if (fundKind) expect(cls.fund).toMatchObject({ via: 'account', reasons: [expect.objectContaining({ field: 'account', matched: declared })] });
    expect(findings).toEqual([]);
  });

  it('a 復興特別会計 row is not fund money, even when its name says 基金', () => {
    const { cls } = one({ name: '東北メディカル・メガバンク計画（基金）', account: '復興特別会計' });
    expect(cls.account).toMatchObject({ id: 'reconstruction', basis: 'declared' });
    expect(cls.fund).toBeNull();
  });

  it('一般会計 does not hide a named programme (CiCLE is 一般会計 money, and 政府出資)', () => {
    const { cls } = one({ name: '医療研究開発革新基盤創成事業（CiCLE）', account: '一般会計' }, R4);
    expect(cls.account).toMatchObject({ id: 'general', basis: 'declared' });
    expect(cls.fund).toMatchObject({ kind: 'investment', via: 'programme' });
  });

  it('an account it cannot read is a finding naming the cell, and the row is not fund money', () => {
    const { cls, findings } = one({ name: '臨床研究等基盤整備事業', account: '財投' });
    expect(cls.account).toBeNull();
    expect(cls.fund).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ rule: 'account-unknown', cell: 'Y7', row: 7, params: expect.objectContaining({ label: '財投' }) })]);
  });
});

describe('補正 markers in the row', () => {
  it.each([
    ['the 新規・継続 column', { status: '令和5年度補正' }, 'status', '補正'],
    ['the 備考', { remarks: '令和5年度補正予算' }, 'remarks', '補正予算'],
    ['the name', { name: '医療機器開発推進研究事業（補正）' }, 'name', '補正'],
  ] as const)('in %s: 補正, suggested as the account', (_where, spec, field, matched) => {
    const { cls } = one({ name: '医療機器開発推進研究事業', ...spec });
    expect(cls.fund).toMatchObject({ kind: 'supplementary', via: 'marker', reasons: [expect.objectContaining({ field, matched })] });
    expect(cls.account).toEqual({ id: 'supplementary', label: '補正予算', basis: 'suggested' });
  });

  it('補正 wins over the programme it funds (ムーンショット in a 補正 line is 補正)', () => {
    expect(one({ name: 'ムーンショット型研究開発事業', status: '補正' }).cls.fund).toMatchObject({ kind: 'supplementary', via: 'marker', areaId: 'moonshot' });
  });
});

describe('fund-based programmes, whatever the year’s pack names', () => {
  it.each([
    ['医療研究開発革新基盤創成事業', 'investment'],
    ['医療研究開発革新基盤創成事業（CiCLE）', 'investment'],
    ['創薬ベンチャーエコシステム強化事業', 'fund'],
    ['ワクチン・新規モダリティ研究開発事業', 'fund'],
    ['ワクチン開発のための世界トップレベル研究開発拠点の形成事業', 'fund'],
    ['ムーンショット型研究開発事業', 'fund'],
  ] as const)('R4: %s', (name, kind) => {
    const { cls } = one({ name }, R4);
    expect(cls.fund).toMatchObject({ kind, via: 'programme' });
    expect(cls.account).toMatchObject({ id: kind, basis: 'suggested' });
  });

  it('R6 does not name CiCLE (its text does not): the programme is still 政府出資, tied to no area of the pack', () => {
    expect(one({ name: '医療研究開発革新基盤創成事業' }).cls.fund).toMatchObject({ kind: 'investment', via: 'programme', areaId: null });
  });

  it('a programme is recognised only from the year it exists', () => {
    const before = { ...R4, id: 'R2', fiscalYear: { western: 2020, reiwa: 2, label: '令和2年度' } } as PolicyPack;
    expect(one({ name: '創薬ベンチャーエコシステム強化事業' }, before).cls.fund).toBeNull();
    expect(one({ name: '医療研究開発革新基盤創成事業' }, before).cls.fund).toMatchObject({ kind: 'investment' });
  });

  it('an ordinary row has no account and no fund status', () => {
    const { cls } = one({ name: '医療機器開発推進研究事業', summary: 'AI・IoT技術を活用した医療機器の開発' }, R4);
    expect(cls.account).toBeNull();
    expect(cls.fund).toBeNull();
  });
});
