import { checkSheet } from '../../src/domain/engine/check';
import type { SheetGrid } from '../../src/domain/model/grid';
import { loadPacks } from '../../src/domain/policy/registry';
import { readTable } from '../../src/domain/reading';
import { getPack } from '../../src/domain/policy/registry';

/**
 * A whole sheet, as a ministry might send it, checked against R4: a 会計区分 column is read, and
 * each line that must stay out of 当初 totals is a fund-row finding saying which kind and why.
 */

const packs = loadPacks();
const now = new Date('2026-12-02T00:00:00Z');

function sheet(accountHeader: string): SheetGrid {
  return {
    sheetName: '要求一覧',
    originRow: 0,
    originCol: 0,
    values: [
      ['令和4年度 概算要求（単位：千円）'],
      ['事業名', '区分', accountHeader, '前年度予算額', '要求額', '新規・継続', '備考'],
      ['医療研究開発革新基盤創成事業（CiCLE）', 'AMED', null, 0, 100, '継続', null],
      ['創薬ベンチャーエコシステム強化事業', 'AMED', null, 0, 200, '継続', null],
      ['医療機器開発推進研究事業', 'AMED', null, 300, 300, '令和3年度補正', null],
      ['東北メディカル・メガバンク計画', 'AMED', '復興特別会計', 400, 400, '継続', null],
      ['臨床研究等基盤整備事業', 'AMED', '補正', 500, 500, '継続', null],
      ['認知症研究開発事業', 'AMED', '一般会計', 600, 600, '継続', null],
    ],
  };
}

describe.each(['会計区分', '財源', '予算区分', '会計'])('a %s column', (header) => {
  it('is read as the account column', () => {
    const table = readTable(sheet(header), getPack('R4')!);
    expect(table.mapping?.columns.find((c) => c.col === 2)?.role).toBe('account');
    expect(table.rows.map((r) => r.account?.value ?? null)).toEqual(['', '', '', '復興特別会計', '補正', '一般会計']);
  });
});

describe('checked against R4', () => {
  const report = checkSheet(sheet('会計区分'), { packs, packId: 'R4', locale: 'ja', now });
  const fundRows = report.findings.filter((f) => f.rule === 'fund-row');

  it('keeps CiCLE, 創薬ベンチャーエコシステム, the 補正 line and the declared 補正 apart, each with its kind and why', () => {
    expect(fundRows.map((f) => [f.cell, f.params.fundKind, f.params.fundVia])).toEqual([
      ['A3', 'investment', 'programme'],
      ['A4', 'fund', 'programme'],
      ['A5', 'supplementary', 'marker'],
      ['A7', 'supplementary', 'account'],
    ]);
    expect(fundRows[0].message).toBe('「医療研究開発革新基盤創成事業（CiCLE）」は政府出資による事業として扱い、当初予算の合計には含めず別掲します。根拠: 基金等による事業名（医療研究開発革新基盤創成事業、CiCLE）。');
    expect(fundRows[3].message).toContain('根拠: 会計区分の記載（補正）');
  });

  it('the 復興特別会計 line is not fund money; it carries its account for the 総括', () => {
    expect(fundRows.some((f) => f.row === 6)).toBe(false);
  });

  it('no other finding is needed for a clean 会計区分', () => {
    expect(report.findings.filter((f) => f.rule === 'account-unknown')).toEqual([]);
  });
});
