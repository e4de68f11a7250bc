import { listCells, modelCellsOf } from '../../src/domain/model/model-cells';
import ExcelJS from 'exceljs';
import type { ModelCell, SheetModel } from '../../src/domain/model/sheet-model';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { buildSubmissionSheet } from '../../src/domain/submission/build-submission-sheet';
import { DEFAULT_LAYOUT, detailColumn } from '../../src/domain/submission/layout';
import { restatedPriorityAreas } from '../../src/domain/submission/tags';
import { findMarkedSheet, writeSheetModel } from '../../src/xlsx/write-sheet-model';
import { libreOfficeCsv, libreOfficeXlsx } from '../helpers/libreoffice';
import { syntheticPack } from '../helpers/synthetic-pack';
import { buildReport, realisticRows, type FixtureRow } from './report-fixture';
import { blockSpans, rowLabelled } from './sheet-lookup';

/**
 * LibreOffice is the independent judge: it opens the written workbook, recalculates every
 * formula from the detail lines, and exports the results.
 */

const layout = DEFAULT_LAYOUT;
const SOFFICE_TIMEOUT = 90_000;

function build(projects: 6 | 8) {
  const pack = syntheticPack({ projects });
  const rows = realisticRows(pack);
  const report = buildReport(pack, rows);
  const model = buildSubmissionSheet(report, pack, { ministry: '厚生労働省', createdAt: '2024-08-30T05:05:00Z' });
  return { pack, rows, report, model };
}

/** Cached results that no correct calculation produces: any of them surviving means no recalculation. */
function withStaleCache(model: SheetModel): SheetModel {
  return { ...model, cells: modelCellsOf(listCells(model.cells).map((c) => (c.formula === undefined ? c : { ...c, value: typeof c.value === 'string' ? 'stale' : -987_654_321 }))) };
}

async function recalculated(model: SheetModel): Promise<(row: number, col: number) => number | string> {
  const sheets = await libreOfficeCsv(await writeSheetModel(model));
  const csv = sheets.get(model.name);
  if (!csv) throw new Error(`LibreOffice exported no sheet ${model.name} (got ${[...sheets.keys()].join(', ')})`);
  return (row, col) => {
    const text = csv[row]?.[col] ?? '';
    // Raw values, except that LibreOffice keeps the % of a percentage ("7.0170450289%").
    const percent = /^-?[\d.]+(?:E-?\d+)?%$/.test(text);
    const number = Number(percent ? text.slice(0, -1) : text);
    if (text === '' || !Number.isFinite(number)) return text;
    return percent ? number / 100 : number;
  };
}

/** Amounts restated for an area, from the fixture rows directly: whole 事業, counted ones only. */
function restatedFromRows(pack: PolicyPack, rows: readonly FixtureRow[], area: { id: string; name: string }, kind: 'priorityAreas' | 'diseaseAreas') {
  const tagged = rows.filter((r) => !r.fund && (r[kind] ?? []).some((t) => t === area.id || t === area.name));
  const total = tagged.reduce((s, r) => s + (r.request ?? 0) + (r.priorityRequest ?? 0), 0);
  const previous = tagged.reduce((s, r) => s + (r.previous ?? 0), 0);
  return [total, previous, total - previous];
}

describe.each([6, 8] as const)('LibreOffice recalculates the %i-project submission sheet', (projects) => {
  it(
    'to exactly the engine\'s totals, even when the cached results are wrong',
    async () => {
      const { pack, rows, report, model } = build(projects);
      const value = await recalculated(withStaleCache(model));
      const spans = blockSpans(model, layout);

      // Every formula: LibreOffice's result is what the model cached (from the report).
      const formulas = listCells(model.cells).filter((c): c is ModelCell & { formula: string } => c.formula !== undefined);
      for (const cell of formulas) {
        const got = value(cell.row, cell.col);
        if (typeof cell.value === 'number' && !Number.isInteger(cell.value)) expect(got).toBeCloseTo(cell.value, 9);
        else expect([cell.formula, got]).toEqual([cell.formula, cell.value]);
      }

      // And, spelled out, against the report itself.
      const s = layout.summary;
      const sc = (key: string) => s.columns.find((c) => c.key === key)!.col;
      const summaryRow = (label: string) => rowLabelled(model, spans.get('summary')!, s.label.first, label);
      const amounts = (row: number) => ['total', 'request', 'priorityRequest', 'previous', 'change'].map((k) => value(row, sc(k)));
      const list = (t: typeof report.totals.all) => [t.total, t.request, t.priorityRequest, t.previous, t.change];
      expect(amounts(summaryRow('AMED対象経費'))).toEqual(list(report.totals.amed));
      expect(amounts(summaryRow('インハウス研究機関経費'))).toEqual(list(report.totals.inhouse));
      expect(amounts(summaryRow(s.allLabel))).toEqual(list(report.totals.all));
      expect(amounts(summaryRow(s.fundLabel))).toEqual(list(report.totals.fund));
      expect(value(summaryRow('AMED対象経費'), sc('rate'))).toBeCloseTo(report.totals.amed.change! / report.totals.amed.previous!, 12);
      expect(value(summaryRow(s.fundLabel), sc('rate'))).toBe(layout.rateText.fromZero);

      const p = layout.projects;
      const pc = (key: string) => p.columns.find((c) => c.key === key)!.col;
      const projectRow = (label: string) => rowLabelled(model, spans.get('projects')!, p.label.first, label);
      for (const project of report.totals.byProject) {
        const row = projectRow(project.name);
        expect(['amed', 'inhouse', 'unknownCategory', 'total', 'previous', 'change'].map((k) => value(row, pc(k)))).toEqual([
          project.amed,
          project.inhouse,
          project.unknownCategory,
          project.total,
          project.previous,
          project.change,
        ]);
      }
      expect(value(projectRow(layout.unattributedLabel), pc('total'))).toBe(report.totals.unspecified.total);
      expect(value(projectRow(p.totalLabel), pc('total'))).toBe(report.totals.all.total);
      expect(value(projectRow(p.totalLabel), pc('previous'))).toBe(report.totals.all.previous);

      const r = layout.restated;
      const rc = (key: string) => r.columns.find((c) => c.key === key)!.col;
      const restated = (span: 'priorityAreas' | 'diseaseAreas', name: string) => {
        const row = rowLabelled(model, spans.get(span)!, r.label.first, name);
        return ['total', 'previous', 'change'].map((k) => value(row, rc(k)));
      };
      for (const area of restatedPriorityAreas(pack)) expect(restated('priorityAreas', area.name)).toEqual(restatedFromRows(pack, rows, area, 'priorityAreas'));
      for (const area of pack.vocabularies.diseaseAreas) expect(restated('diseaseAreas', area.name)).toEqual(restatedFromRows(pack, rows, area, 'diseaseAreas'));
    },
    SOFFICE_TIMEOUT,
  );
});

describe('the totals are live formulas', () => {
  it(
    'move by exactly a change made to a detail line, and fund lines move only the reference line',
    async () => {
      const { pack, report, model } = build(6);
      const spans = blockSpans(model, layout);
      const detail = spans.get('detail')!;
      const total = detailColumn(layout, 'total');
      const cells = listCells(model.cells);
      const line = (name: string, project: string) => {
        const row = cells.find((c) => c.col === detailColumn(layout, 'name') && c.value === name && c.row > detail.top && cells.some((d) => d.row === c.row && d.col === detailColumn(layout, 'project') && d.value === project))?.row;
        if (row === undefined) throw new Error(`no detail line ${name} × ${project}`);
        return row;
      };
      const genome = pack.projects[3];
      const dementiaLine = line('認知症研究開発事業', genome.name);
      const fundLine = line('ムーンショット型研究開発事業（基金）', pack.projects[0].name);
      const DELTA = 12_345;
      const FUND_DELTA = 1_000;
      // Same cached totals; only two detail amounts differ.
      const edited: SheetModel = {
        ...model,
        cells: modelCellsOf(
          cells.map((c) => {
            if (c.col !== total) return c;
            if (c.row === dementiaLine) return { ...c, value: (c.value as number) + DELTA };
            if (c.row === fundLine) return { ...c, value: (c.value as number) + FUND_DELTA };
            return c;
          }),
        ),
      };
      const value = await recalculated(edited);

      const s = layout.summary;
      const sc = (key: string) => s.columns.find((c) => c.key === key)!.col;
      const summaryRow = (label: string) => rowLabelled(model, spans.get('summary')!, s.label.first, label);
      const p = layout.projects;
      const pc = (key: string) => p.columns.find((c) => c.key === key)!.col;
      const projectRow = (label: string) => rowLabelled(model, spans.get('projects')!, p.label.first, label);
      const r = layout.restated;
      const rc = (key: string) => r.columns.find((c) => c.key === key)!.col;
      const headline = pack.priorityAreas.find((a) => a.kind === 'headline')!;
      const dementiaArea = pack.vocabularies.diseaseAreas.find((d) => d.id === 'geriatric-dementia')!;
      const priorityRow = rowLabelled(model, spans.get('priorityAreas')!, r.label.first, headline.name);
      const fundAreaRow = rowLabelled(model, spans.get('priorityAreas')!, r.label.first, pack.priorityAreas.find((a) => a.fundBased)!.name);
      const diseaseRow = rowLabelled(model, spans.get('diseaseAreas')!, r.label.first, dementiaArea.name);

      const moved = new Map<string, number>([
        [`${summaryRow('AMED対象経費')}:${sc('total')}`, DELTA],
        [`${summaryRow('AMED対象経費')}:${sc('change')}`, DELTA],
        [`${summaryRow(s.allLabel)}:${sc('total')}`, DELTA],
        [`${summaryRow(s.allLabel)}:${sc('change')}`, DELTA],
        [`${summaryRow(s.fundLabel)}:${sc('total')}`, FUND_DELTA],
        [`${summaryRow(s.fundLabel)}:${sc('change')}`, FUND_DELTA],
        [`${projectRow(genome.name)}:${pc('amed')}`, DELTA],
        [`${projectRow(genome.name)}:${pc('total')}`, DELTA],
        [`${projectRow(genome.name)}:${pc('change')}`, DELTA],
        [`${projectRow(p.totalLabel)}:${pc('amed')}`, DELTA],
        [`${projectRow(p.totalLabel)}:${pc('total')}`, DELTA],
        [`${projectRow(p.totalLabel)}:${pc('change')}`, DELTA],
        [`${priorityRow}:${rc('total')}`, DELTA],
        [`${priorityRow}:${rc('change')}`, DELTA],
        [`${diseaseRow}:${rc('total')}`, DELTA],
        [`${diseaseRow}:${rc('change')}`, DELTA],
        [`${diseaseRow}:${rc('fund')}`, FUND_DELTA],
        [`${fundAreaRow}:${rc('fund')}`, FUND_DELTA],
        [`${dementiaLine}:${detailColumn(layout, 'change')}`, DELTA],
        [`${fundLine}:${detailColumn(layout, 'change')}`, FUND_DELTA],
      ]);
      const rates = new Set([summaryRow('AMED対象経費'), summaryRow(s.allLabel)].map((row) => `${row}:${sc('rate')}`));
      for (const cell of listCells(model.cells).filter((c) => c.formula !== undefined)) {
        const key = `${cell.row}:${cell.col}`;
        if (rates.has(key)) continue;
        const expected = typeof cell.value === 'number' ? cell.value + (moved.get(key) ?? 0) : cell.value;
        if (typeof expected === 'number' && !Number.isInteger(expected)) expect(value(cell.row, cell.col)).toBeCloseTo(expected, 9);
        else expect([cell.formula, value(cell.row, cell.col)]).toEqual([cell.formula, expected]);
      }
      const amed = report.totals.amed;
      expect(value(summaryRow('AMED対象経費'), sc('rate'))).toBeCloseTo((amed.change! + DELTA) / amed.previous!, 12);
    },
    SOFFICE_TIMEOUT,
  );
});

describe('the marker', () => {
  it(
    'survives LibreOffice opening and saving the workbook',
    async () => {
      const { model } = build(6);
      const saved = await libreOfficeXlsx(await writeSheetModel(model));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(saved as unknown as ArrayBuffer); // ExcelJS accepts any byte buffer; its types say ArrayBuffer/Buffer
      expect(findMarkedSheet(workbook, model.marker)?.name).toBe(model.name);
    },
    SOFFICE_TIMEOUT,
  );
});
