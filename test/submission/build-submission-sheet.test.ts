import { listCells } from '../../src/domain/model/model-cells';
import type { SheetModel } from '../../src/domain/model/sheet-model';
import { buildSubmissionSheet, SubmissionRefusedError } from '../../src/domain/submission/build-submission-sheet';
import { detailLines } from '../../src/domain/submission/detail-lines';
import { DEFAULT_LAYOUT, detailColumn, type BlockId } from '../../src/domain/submission/layout';
import { syntheticPack } from '../helpers/synthetic-pack';
import { buildReport, realisticRows } from './report-fixture';
import { blockSpans, blockTops, cellAt, referencedRows, rowLabelled } from './sheet-lookup';

const layout = DEFAULT_LAYOUT;
const createdAt = '2024-08-30T05:05:00Z';

function build(projects: 6 | 8 = 6, counts: { errors?: number; warnings?: number } = {}, force = false) {
  const pack = syntheticPack({ projects });
  const report = buildReport(pack, realisticRows(pack), counts);
  const model = buildSubmissionSheet(report, pack, { ministry: '厚生労働省', createdAt, force });
  return { pack, report, model };
}

const formulaCells = (model: SheetModel) => listCells(model.cells).filter((c) => c.formula !== undefined);

describe('buildSubmissionSheet: blocks', () => {
  it('stacks the blocks in the layout\'s declared order', () => {
    const { model } = build();
    const tops = blockTops(model, layout);
    expect([...tops.keys()]).toEqual(layout.blockOrder);
    const rows = layout.blockOrder.map((id) => tops.get(id) as number);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('follows a different order when the layout says so, and the totals still point at the detail lines', () => {
    const pack = syntheticPack();
    const report = buildReport(pack, realisticRows(pack));
    const order: BlockId[] = ['header', 'detail', 'summary', 'diseaseAreas', 'projects', 'priorityAreas'];
    const model = buildSubmissionSheet(report, pack, { createdAt, layout: { ...layout, blockOrder: order } });
    const tops = blockTops(model, layout);
    const rows = order.map((id) => tops.get(id) as number);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    const allRow = rowLabelled(model, blockSpans(model, layout).get('summary')!, layout.summary.label.first, layout.summary.allLabel);
    const detailTop = tops.get('detail') as number;
    expect(cellAt(model, allRow, detailColumn(layout, 'total'))?.formula).toContain(`$F$${detailTop + 3}:$F$`);
  });

  it('header: title with 府省, the policy, unit, creation time in JST, source, counts and status', () => {
    const { model, pack } = build(6, { warnings: 2 });
    const values = (row: number) => [cellAt(model, row, layout.header.labelCol)?.value, cellAt(model, row, layout.header.valueFirstCol)?.value];
    expect(cellAt(model, 0, 0)?.value).toBe('令和6年度 医療分野の研究開発関連予算 概算要求 提出用シート（厚生労働省）');
    expect([1, 2, 3, 4, 5, 6, 7].map(values)).toEqual([
      ['府省', '厚生労働省'],
      ['準拠した資源配分方針', `${pack.title}（令和5年6月26日 健康・医療戦略推進本部決定）`],
      ['単位', '千円（△はマイナス）'],
      ['作成日時', '2024-08-30 14:05（日本時間）'],
      ['元データ', '厚生労働省_概算要求.xlsx ／ シート「概算要求」 ／ A5:P16'],
      ['事業数', '11事業（明細 20行）'],
      ['検証結果', '確定（エラー 0件・警告 2件・情報 0件）'],
    ]);
  });

  it('without a known 府省 the title has none', () => {
    const pack = syntheticPack();
    const model = buildSubmissionSheet(buildReport(pack, []), pack, { createdAt: new Date('2025-01-01T00:00:00Z') });
    expect(cellAt(model, 0, 0)?.value).toBe('令和6年度 医療分野の研究開発関連予算 概算要求 提出用シート');
  });

  it('refuses a report with errors unless forced, and a forced sheet says 未確定', () => {
    expect(() => build(6, { errors: 3 })).toThrow(SubmissionRefusedError);
    const { model } = build(6, { errors: 3 }, true);
    const status = listCells(model.cells).find((c) => typeof c.value === 'string' && c.value.startsWith('未確定'));
    expect(status?.value).toBe('未確定（エラーあり）（エラー 3件・警告 0件・情報 0件）');
  });
});

describe.each([6, 8] as const)('buildSubmissionSheet with a %i-project pack', (projects) => {
  const { model, pack, report } = build(projects);
  const spans = blockSpans(model, layout);
  const p = layout.projects;
  const col = (key: string) => p.columns.find((c) => c.key === key)!.col;

  it('has one 統合プロジェクト別 line per project in official order, with the engine\'s totals cached', () => {
    const span = spans.get('projects')!;
    const lineRows = pack.projects.map((project) => rowLabelled(model, span, p.label.first, project.name));
    expect(lineRows).toEqual([...lineRows].sort((a, b) => a - b));
    expect(lineRows.map((r) => cellAt(model, r, p.markerCol)?.value)).toEqual(pack.projects.map((x) => x.marker));
    pack.projects.forEach((project, i) => {
      const expected = report.totals.byProject.find((b) => b.projectId === project.id)!;
      const row = lineRows[i];
      expect(['amed', 'inhouse', 'unknownCategory', 'total', 'previous', 'change'].map((k) => cellAt(model, row, col(k))?.value)).toEqual([expected.amed, expected.inhouse, expected.unknownCategory, expected.total, expected.previous, expected.change]);
      expect(cellAt(model, row, col('total'))?.formula).toContain(`"${project.name}"`);
    });
  });

  it('計 of the projects block equals the 総括表 合計, with a 「統合プロジェクト未特定」 line for the rest', () => {
    const span = spans.get('projects')!;
    const unattributed = rowLabelled(model, span, p.label.first, layout.unattributedLabel);
    const total = rowLabelled(model, span, p.label.first, p.totalLabel);
    expect(cellAt(model, unattributed, col('total'))?.value).toBe(report.totals.unspecified.total);
    expect(cellAt(model, total, col('total'))?.value).toBe(report.totals.all.total);
    expect(cellAt(model, total, col('previous'))?.value).toBe(report.totals.all.previous);
    const first = rowLabelled(model, span, p.label.first, pack.projects[0].name);
    expect(cellAt(model, total, col('total'))?.formula).toBe(`=SUM($I$${first + 1}:$I$${unattributed + 1})`);
  });

  it('caches the engine\'s totals in the 総括表, fund money on its own reference line', () => {
    const span = spans.get('summary')!;
    const s = layout.summary;
    const c = (key: string) => s.columns.find((x) => x.key === key)!.col;
    const rowOf = (label: string) => rowLabelled(model, span, s.label.first, label);
    const cached = (row: number) => ['total', 'request', 'priorityRequest', 'previous', 'change'].map((k) => cellAt(model, row, c(k))?.value);
    const asList = (t: typeof report.totals.all) => [t.total, t.request, t.priorityRequest, t.previous, t.change];
    expect(cached(rowOf('AMED対象経費'))).toEqual(asList(report.totals.amed));
    expect(cached(rowOf('インハウス研究機関経費'))).toEqual(asList(report.totals.inhouse));
    expect(cached(rowOf(s.allLabel))).toEqual(asList(report.totals.all));
    expect(cached(rowOf(s.fundLabel))).toEqual(asList(report.totals.fund));
    expect(report.totals.fund.total).toBeGreaterThan(0);
    expect(cellAt(model, rowOf(s.fundLabel), c('total'))?.formula).toContain('"対象外"');
    for (const label of ['AMED対象経費', 'インハウス研究機関経費', s.unknownCategoryLabel, s.allLabel]) {
      expect(cellAt(model, rowOf(label), c('total'))?.formula).toMatch(/,\$K\$\d+:\$K\$\d+,"対象"\)$/);
    }
  });

  it('never refers to a 再掲 block from any formula, and the 再掲 blocks have no total line', () => {
    const restated = [spans.get('priorityAreas')!, spans.get('diseaseAreas')!];
    const inRestated = (row: number) => restated.some((s) => row >= s.top && row <= s.bottom);
    for (const cell of formulaCells(model)) {
      const refs = referencedRows(cell.formula as string);
      if (inRestated(cell.row)) {
        // Only the detail lines, or its own row (増減 = 要求・要望額 − 前年度).
        expect(refs.every(([a, b]) => (a === cell.row && b === cell.row) || !inRestated(a))).toBe(true);
      } else {
        expect(refs.some(([a, b]) => restated.some((s) => a <= s.bottom && b >= s.top))).toBe(false);
      }
    }
    for (const s of restated) {
      const labels = listCells(model.cells).filter((c) => c.row >= s.top && c.row <= s.bottom).map((c) => c.value);
      expect(labels).not.toContain('計');
      expect(labels).not.toContain('合計');
    }
  });

  it('restates every priority area and 疾患領域 with its policy section, over counted lines only', () => {
    const r = layout.restated;
    const section = r.columns.find((c) => c.key === 'section')!.col;
    const total = r.columns.find((c) => c.key === 'total')!.col;
    const disease = spans.get('diseaseAreas')!;
    for (const area of pack.vocabularies.diseaseAreas) {
      const row = rowLabelled(model, disease, r.label.first, area.name);
      expect(cellAt(model, row, section)?.value).toBe(pack.diseaseAreaSource);
      expect(cellAt(model, row, total)?.formula).toContain(`"／${area.name}／"`);
      expect(cellAt(model, row, total)?.formula).toContain('="対象")');
    }
    const priority = spans.get('priorityAreas')!;
    for (const area of [...pack.priorityAreas, ...pack.projects.flatMap((x) => x.focusItems)]) {
      expect(cellAt(model, rowLabelled(model, priority, r.label.first, area.name), section)?.value).toBe(area.section);
    }
  });

  it('every total formula reads exactly the detail lines', () => {
    const lines = detailLines(report.rows, pack, layout);
    const detail = spans.get('detail')!;
    const first = detail.top + 2;
    const last = first + lines.length - 1;
    const ranges = formulaCells(model)
      .filter((c) => c.row < detail.top)
      .flatMap((c) => referencedRows(c.formula as string))
      .filter(([a, b]) => a !== b);
    expect(ranges.length).toBeGreaterThan(0);
    const outsideProjectSums = ranges.filter(([a]) => a >= detail.top);
    expect(outsideProjectSums.length).toBeGreaterThan(0);
    outsideProjectSums.forEach((range) => expect(range).toEqual([first, last]));
  });

  it('lists one detail line per 事業 × project share, fund lines marked 対象外', () => {
    const lines = detailLines(report.rows, pack, layout);
    const detail = spans.get('detail')!;
    const counted = detailColumn(layout, 'counted');
    const flags = lines.map((_, i) => cellAt(model, detail.top + 2 + i, counted)?.value);
    expect(flags).toEqual(lines.map((l) => (l.counted ? '対象' : '対象外')));
    expect(flags).toContain('対象外');
    const names = lines.map((_, i) => cellAt(model, detail.top + 2 + i, detailColumn(layout, 'name'))?.value);
    expect(names).toEqual(lines.map((l) => l.name));
    expect(cellAt(model, detail.top + 2 + lines.length, 0)?.value).toMatch(/^※1 按分：.*最大剰余法/);
  });
});

describe('buildSubmissionSheet: sheet properties', () => {
  const { model } = build();

  it('every style a cell names exists, and every number is formatted with △ for negatives', () => {
    for (const cell of listCells(model.cells)) if (cell.style !== undefined) expect(model.styles[cell.style]).toBeDefined();
    const numeric = listCells(model.cells).filter((c) => typeof c.value === 'number' && c.formula !== undefined);
    for (const cell of numeric) expect(model.styles[cell.style as string].numberFormat).toMatch(/"△"/);
  });

  it('merges do not overlap and stay within the declared columns', () => {
    const seen = new Set<string>();
    for (const m of model.merges) {
      expect(m.right).toBeLessThan(model.columnWidths.length);
      for (let c = m.left; c <= m.right; c++) {
        const key = `${m.top}:${c}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });

  it('rows with wrapped text are taller than the default', () => {
    const heights = model.rowHeights ?? {};
    const projectsHeader = blockTops(model, layout).get('projects')! + 1; // 「インハウス研究機関経費」 wraps
    expect(heights[projectsHeader]).toBeGreaterThan(layout.text.defaultRowHeight);
    expect(heights[0]).toBeGreaterThan(layout.text.defaultRowHeight); // 14pt title
  });

  it('prints A4 landscape, fit to width, the title row repeated; carries the marker', () => {
    expect(model.print).toEqual({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: { top: 0, bottom: 0 } });
    expect(model.marker).toBe(layout.marker);
  });

  it('builds from a report without rows: totals are 0 and ranges still valid', () => {
    const pack = syntheticPack();
    const empty = buildSubmissionSheet(buildReport(pack, []), pack, { createdAt });
    const totals = formulaCells(empty).filter((c) => c.formula?.startsWith('=SUMIFS'));
    expect(totals.length).toBeGreaterThan(0);
    totals.forEach((c) => expect(c.value).toBe(0));
    totals.forEach((c) => referencedRows(c.formula as string).forEach(([a, b]) => expect(b).toBeGreaterThanOrEqual(a)));
  });
});
