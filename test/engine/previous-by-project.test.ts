import { listCells } from '../../src/domain/model/model-cells';
import { checkSheet } from '../../src/domain/engine/check';
import type { CellRange, CellValue, SheetGrid } from '../../src/domain/model/grid';
import { getPack, loadPacks } from '../../src/domain/policy/registry';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { buildSubmissionSheet } from '../../src/domain/submission/build-submission-sheet';

/** 前年度 by project: exact where the sheet splits it, an estimate (参考) only where it does not. */

const pack = getPack('R6') as PolicyPack;
const projects = [...pack.projects].sort((a, b) => a.order - b.order);
const heads = projects.map((p) => `${p.marker}${p.shortName}`);

function grid(withPreviousSplit: boolean): SheetGrid {
  const left = ['事業名', '区分', '前年度予算額', '要求額', '計'];
  const groups: [string, readonly string[]][] = [['統合プロジェクト別内訳', heads], ...(withPreviousSplit ? [['前年度予算額', heads] as [string, readonly string[]]] : [])];
  const top: CellValue[] = [...left];
  const bottom: CellValue[] = left.map(() => null);
  const merges: CellRange[] = left.map((_, col) => ({ top: 1, left: col, bottom: 2, right: col }));
  for (const [parent, children] of groups) {
    merges.push({ top: 1, left: top.length, bottom: 1, right: top.length + children.length - 1 });
    top.push(parent, ...children.slice(1).map(() => null));
    bottom.push(...children);
  }
  const split = (amounts: Record<number, number>) => projects.map((_, i) => amounts[i] ?? null);
  // 認知症研究開発事業: this year ④1,045,895 + ⑤296,307; last year ④1,000,000 + ⑤200,000 (not pro rata).
  const row: CellValue[] = ['認知症研究開発事業', 'AMED', 1_200_000, 1_342_202, 1_342_202, ...split({ 3: 1_045_895, 4: 296_307 }), ...(withPreviousSplit ? split({ 3: 1_000_000, 4: 200_000 }) : [])];
  return { sheetName: '要求', originRow: 0, originCol: 0, values: [['令和6年度 概算要求（単位：千円）'], top, bottom, row], merges };
}

const options = { packs: loadPacks(), packId: 'R6', locale: 'ja' as const, now: new Date('2026-12-02T00:00:00Z') };
const byName = (report: ReturnType<typeof checkSheet>, name: string) => report.totals.byProject.find((p) => p.name === name);

describe('前年度 by project', () => {
  it('taken from the sheet\'s previous-year split columns: exact, not marked as an estimate', () => {
    const report = checkSheet(grid(true), options);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(byName(report, 'ゲノム・データ基盤プロジェクト')).toMatchObject({ total: 1_045_895, previous: 1_000_000, change: 45_895, previousEstimated: false });
    expect(byName(report, '疾患基礎研究プロジェクト')).toMatchObject({ total: 296_307, previous: 200_000, previousEstimated: false });
    expect(report.rows[0].projects.map((p) => p.previousEstimated ?? false)).toEqual([false, false]);
    expect(report.totals.unspecified.previous).toBe(0);
  });

  it('otherwise allocated pro rata and marked 参考 in the report and on the submission sheet', () => {
    const report = checkSheet(grid(false), options);
    expect(byName(report, 'ゲノム・データ基盤プロジェクト')).toMatchObject({ previous: 935_086, previousEstimated: true });
    const model = buildSubmissionSheet(report, pack, { createdAt: '2026-12-02T00:00:00Z' });
    const notes = listCells(model.cells).filter((c) => c.value === '前年度予算額・増減額は按分による参考値※1');
    expect(notes).toHaveLength(2);
  });
});
