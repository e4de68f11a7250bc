import { listCells } from '../../src/domain/model/model-cells';
import { projectsToAccept } from '../../src/domain/classification/accept-record';
import { checkSheet } from '../../src/domain/engine/check';
import { writeReportJson } from '../../src/domain/engine/report-json';
import type { CellValue, SheetGrid } from '../../src/domain/model/grid';
import { loadPacks } from '../../src/domain/policy/registry';
import { buildSubmissionSheet } from '../../src/domain/submission';

const packs = loadPacks();
const now = new Date('2026-11-22T00:00:00Z');

function sheet(rows: CellValue[][]): SheetGrid {
  return {
    sheetName: '厚生労働省',
    originRow: 0,
    originCol: 0,
    values: [['令和6年度 概算要求（単位：千円）'], [], ['事業名', '区分', '前年度予算額', '要求額', '統合プロジェクト', '事業概要'], ...rows],
  };
}

const ROWS: CellValue[][] = [
  ['革新的先端研究開発支援事業', 'AMED', 100, 100, '', ''],
  ['がん研究事業', 'AMED', 200, 200, '', ''],
  ['創薬基盤推進研究事業', 'AMED', 300, 300, '', ''],
];

describe('「候補なし」 and why, on every surface of a check', () => {
  const report = checkSheet(sheet(ROWS), { packs, locale: 'ja', now });
  const byName = (name: string) => report.rows.find((r) => r.name === name);

  it('the report rows carry the typed reason; a row with a candidate carries none', () => {
    expect(byName('革新的先端研究開発支援事業')?.noSuggestion).toMatchObject({ code: 'only-generic-words' });
    expect(byName('がん研究事業')?.noSuggestion).toMatchObject({ code: 'tie' });
    expect(byName('創薬基盤推進研究事業')?.noSuggestion).toBeUndefined();
  });

  it('project-missing says 候補なし and why, in ja (and en), instead of naming the first of a tie', () => {
    const messages = report.findings.filter((f) => f.rule === 'project-missing').map((f) => f.message);
    expect(messages.find((m) => m.includes('革新的先端研究開発支援事業'))).toMatch(/候補なし: どの事業名にも使われる一般的な語（革新的、先端、研究開発、支援）/);
    expect(messages.find((m) => m.includes('がん研究事業'))).toMatch(/候補なし: .*が同点/);
    const en = checkSheet(sheet(ROWS), { packs, locale: 'en', now }).findings.filter((f) => f.rule === 'project-missing').map((f) => f.message);
    expect(en.find((m) => m.includes('がん研究事業'))).toMatch(/No suggestion: .* tie/);
  });

  it('accepting a tied row takes no project; a row with a candidate takes it', () => {
    const tied = byName('がん研究事業');
    const led = byName('創薬基盤推進研究事業');
    if (!tied || !led) throw new Error('rows missing');
    expect(projectsToAccept(tied.classification)).toBeNull();
    expect(projectsToAccept(led.classification)).toEqual({ projects: ['pharma'] });
  });

  it('a tie is counted as no project’s 候補（未確定）', () => {
    const candidates = report.totals.byProject.reduce((sum, p) => sum + p.candidate, 0);
    expect(candidates).toBe(300); // only 創薬基盤推進研究事業's amount
  });

  it('the JSON report has it', () => {
    let json = '';
    writeReportJson(report, (chunk) => (json += chunk));
    const rows = (JSON.parse(json) as { rows: { name: string; noSuggestion?: { code: string } }[] }).rows;
    expect(rows.find((r) => r.name === 'がん研究事業')?.noSuggestion?.code).toBe('tie');
  });

  it('the submission sheet’s 分類の根拠 says it', () => {
    const pack = packs.find((p) => p.id === report.policy.id);
    if (!pack) throw new Error('no pack');
    const model = buildSubmissionSheet(report, pack, { createdAt: '2026-11-22T09:00:00+09:00', force: true });
    const texts = listCells(model.cells).map((c) => c.value).filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes('候補なし：どの事業名にも使われる一般的な語'))).toBe(true);
    expect(texts.some((t) => /候補なし：.*が同点/.test(t))).toBe(true);
  });
});
