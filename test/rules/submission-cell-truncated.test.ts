import { listCells } from '../../src/domain/model/model-cells';
import { buildSubmissionSheet, truncationFindings, TRUNCATION_MARK } from '../../src/domain/submission';
import { submissionCellTruncated } from '../../src/domain/rules/catalogue/submission-cell-truncated';
import { renderMessage } from '../../src/domain/rules/messages';
import { EXCEL_CELL_CHARS } from '../../src/domain/model/sheet-model';
import { checkSheet } from '../../src/domain/engine/check';
import { loadPacks, getPack } from '../../src/domain/policy/registry';
import { syntheticPack } from '../helpers/synthetic-pack';
import { makeContext } from './builders';

// Emitted where the sheet is built, never by the check: no table makes the rule itself report anything.
describe('rule submission-cell-truncated', () => {
  it('the check never reports it, however long a name', () => {
    const ctx = makeContext({ rows: [{ name: '創薬基盤推進研究事業'.repeat(5000), request: 1000 }] }, syntheticPack());
    expect(submissionCellTruncated.check(ctx, {})).toEqual([]);
  });
});

describe('the submission sheet cuts text longer than a cell holds', () => {
  const packs = loadPacks();
  const name = `再生医療実用化研究事業${'あ'.repeat(1_000_000)}`;
  const report = checkSheet(
    {
      sheetName: 'S',
      originRow: 0,
      originCol: 0,
      values: [
        ['令和6年度 概算要求（単位：千円）'],
        ['事業名', '区分', '前年度予算額', '要求額', '統合プロジェクト'],
        [name, 'AMED', 100, 100, '再生・細胞医療・遺伝子治療'],
      ],
    },
    { packs, locale: 'ja' },
  );
  const model = buildSubmissionSheet(report, getPack(report.policy.id)!, { createdAt: '2024-08-30T00:00:00Z', force: true });

  it('no cell of the model is longer than Excel allows; the cut one ends in the visible mark', () => {
    for (const cell of listCells(model.cells)) if (typeof cell.value === 'string') expect(cell.value.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
    const cut = listCells(model.cells).filter((c) => typeof c.value === 'string' && c.value.endsWith(TRUNCATION_MARK));
    expect(cut.length).toBeGreaterThan(0);
    expect(cut[0].value).toHaveLength(EXCEL_CELL_CHARS);
    expect(String(cut[0].value).startsWith('再生医療実用化研究事業')).toBe(true);
  });

  it('each cut cell is a finding with its address and length, rendered in both languages', () => {
    const findings = truncationFindings(model);
    expect(findings.length).toBe(model.truncated?.length);
    expect(findings[0]).toMatchObject({ rule: 'submission-cell-truncated', cell: expect.stringMatching(/^[A-Z]+\d+$/), params: { length: name.length, limit: EXCEL_CELL_CHARS } });
    expect(renderMessage(findings[0], 'ja', getPack('R6')!)).toContain('1,000,011文字あり');
    expect(renderMessage(findings[0], 'en', getPack('R6')!)).not.toMatch(/\{\w+\}/);
  });

  it('a sheet with no long text is written as it is, with no truncated list', () => {
    const clean = { ...report, rows: report.rows.slice(0, 0) };
    expect(buildSubmissionSheet(clean, getPack('R6')!, { createdAt: '2024-08-30T00:00:00Z', force: true }).truncated).toBeUndefined();
  });
});
