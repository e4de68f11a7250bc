import { listCells, modelCellsOf } from '../../src/domain/model/model-cells';
import ExcelJS from 'exceljs';
import { buildConsolidatedSheet, CONSOLIDATION_LAYOUT } from '../../src/domain/consolidation';
import type { ModelCell, SheetModel } from '../../src/domain/model/sheet-model';
import type { AmountTotals } from '../../src/domain/model/report';
import { buildSubmissionSheet, DEFAULT_LAYOUT } from '../../src/domain/submission';
import { addSheetModel } from '../../src/xlsx/write-sheet-model';
import { libreOfficeCsv } from '../helpers/libreoffice';
import { checkedSample, MINISTRY_SAMPLES, type CheckedSample } from './samples';

/**
 * LibreOffice, the independent judge, recalculates the consolidated sheet of the three sample
 * ministries and, in the same workbook, each ministry's own submission sheet. Every total must
 * equal the engine's figures, and each ministry's rows must equal its own sheet's.
 */

const SOFFICE_TIMEOUT = 120_000;
const layout = CONSOLIDATION_LAYOUT;
const s = DEFAULT_LAYOUT.summary;

type Lookup = (row: number, col: number) => number | string;

function lookup(csv: string[][]): Lookup {
  return (row, col) => {
    const text = csv[row]?.[col] ?? '';
    const percent = /^-?[\d.]+(?:E-?\d+)?%$/.test(text);
    const number = Number(percent ? text.slice(0, -1) : text);
    if (text === '' || !Number.isFinite(number)) return text;
    return percent ? number / 100 : number;
  };
}

/** Cached results no correct calculation gives: surviving ones would mean no recalculation. */
function stale(model: SheetModel): SheetModel {
  return { ...model, cells: modelCellsOf(listCells(model.cells).map((c) => (c.formula === undefined ? c : { ...c, value: typeof c.value === 'string' ? 'stale' : -987_654_321 }))) };
}

function rowWhere(model: SheetModel, test: (cells: (col: number) => unknown) => boolean, from = 0): number {
  const cells = listCells(model.cells);
  const rows = [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b).filter((r) => r >= from);
  const at = (row: number) => (col: number) => cells.find((c) => c.row === row && c.col === col)?.value;
  const found = rows.find((r) => test(at(r)));
  if (found === undefined) throw new Error('no such row');
  return found;
}

function titleRow(model: SheetModel, title: string): number {
  return rowWhere(model, (at) => at(0) === title);
}

const AMOUNT_KEYS = ['total', 'request', 'priorityRequest', 'previous', 'change'] as const;
const amountCols = AMOUNT_KEYS.map((k) => s.columns.find((c) => c.key === k)!.col);
const list = (t: AmountTotals) => AMOUNT_KEYS.map((k) => t[k]);

let samples: CheckedSample[];
let consolidated: SheetModel;
let own: Map<string, SheetModel>;
let sheets: Map<string, string[][]>;

beforeAll(async () => {
  samples = [];
  for (const file of MINISTRY_SAMPLES) samples.push(await checkedSample(file));
  const pack = samples[0].pack;
  consolidated = buildConsolidatedSheet(samples.map((x) => ({ ...x.part, ministry: x.part.ministry as string })), pack, { createdAt: '2024-08-30T05:05:00Z', provisional: false });
  own = new Map(samples.map((x, i) => [x.part.ministry as string, { ...buildSubmissionSheet(x.report, x.pack, { ministry: x.part.ministry as string, createdAt: '2024-08-30T05:05:00Z' }), name: `own${i}` }]));
  // One workbook, one LibreOffice run: the consolidated sheet and the three ministries' own sheets.
  const workbook = new ExcelJS.Workbook();
  addSheetModel(workbook, stale(consolidated));
  for (const model of own.values()) addSheetModel(workbook, { ...model, marker: `${model.marker}.${model.name}` });
  workbook.calcProperties = { fullCalcOnLoad: true };
  sheets = await libreOfficeCsv(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}, SOFFICE_TIMEOUT);

describe('LibreOffice recalculates the consolidated sheet of 文・厚・経', () => {
  it('every formula to the figure the model computed from the lines, though the cached results were wrong', () => {
    const value = lookup(sheets.get(layout.base.sheetName)!);
    const formulas = listCells(consolidated.cells).filter((c): c is ModelCell & { formula: string } => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(200);
    for (const cell of formulas) {
      const got = value(cell.row, cell.col);
      if (typeof cell.value === 'number' && !Number.isInteger(cell.value)) expect(got).toBeCloseTo(cell.value, 9);
      else expect([cell.formula, got]).toEqual([cell.formula, cell.value]);
    }
  });

  it("each ministry's 総括表 rows equal the engine's totals for that ministry, and 計 their sum", () => {
    const value = lookup(sheets.get(layout.base.sheetName)!);
    const top = titleRow(consolidated, layout.summary.title);
    const c = layout.summary;
    const row = (group: string, ministry: string) => rowWhere(consolidated, (at) => at(c.groupCol) === group && at(c.ministryFirst) === ministry, top);
    const amounts = (r: number) => amountCols.map((col) => value(r, col));
    for (const x of samples) {
      const m = x.part.ministry as string;
      expect(amounts(row('AMED対象経費', m))).toEqual(list(x.report.totals.amed));
      expect(amounts(row('インハウス研究機関経費', m))).toEqual(list(x.report.totals.inhouse));
      expect(amounts(row(s.allLabel, m))).toEqual(list(x.report.totals.all));
    }
    const sum = (pick: (x: CheckedSample) => number | null) => samples.reduce((t, x) => t + (pick(x) ?? 0), 0);
    expect(amounts(row(s.allLabel, c.subtotalLabel))).toEqual([
      sum((x) => x.report.totals.all.total),
      sum((x) => x.report.totals.all.request),
      sum((x) => x.report.totals.all.priorityRequest),
      sum((x) => x.report.totals.all.previous),
      sum((x) => x.report.totals.all.change),
    ]);
  });

  it("each ministry's column of 統合プロジェクト別 equals the engine's project totals for that ministry", () => {
    const value = lookup(sheets.get(layout.base.sheetName)!);
    const top = titleRow(consolidated, layout.projects.title);
    const p = DEFAULT_LAYOUT.projects;
    samples.forEach((x, i) => {
      const col = layout.projects.firstCol + i;
      for (const project of x.report.totals.byProject) {
        expect([project.name, value(rowWhere(consolidated, (at) => at(p.label.first) === project.name, top), col)]).toEqual([project.name, project.total]);
      }
      expect(value(rowWhere(consolidated, (at) => at(p.label.first) === p.totalLabel, top), col)).toBe(x.report.totals.all.total);
    });
  });

  it("each ministry's rows equal the same rows of its own submission sheet, as LibreOffice computes both", () => {
    const value = lookup(sheets.get(layout.base.sheetName)!);
    const summaryTop = titleRow(consolidated, layout.summary.title);
    const projectsTop = titleRow(consolidated, layout.projects.title);
    const c = layout.summary;
    const p = DEFAULT_LAYOUT.projects;
    const pTotal = p.columns.find((k) => k.key === 'total')!.col;
    samples.forEach((x, i) => {
      const m = x.part.ministry as string;
      const model = own.get(m)!;
      const mine = lookup(sheets.get(model.name)!);
      const ownSummaryTop = titleRow(model, s.title);
      const ownProjectsTop = titleRow(model, p.title);
      for (const label of ['AMED対象経費', 'インハウス研究機関経費', s.allLabel]) {
        const here = rowWhere(consolidated, (at) => at(c.groupCol) === label && at(c.ministryFirst) === m, summaryTop);
        const there = rowWhere(model, (at) => at(s.label.first) === label, ownSummaryTop);
        const rateCol = s.columns.find((k) => k.key === 'rate')!.col;
        expect([m, label, ...[...amountCols, rateCol].map((col) => value(here, col))]).toEqual([m, label, ...[...amountCols, rateCol].map((col) => mine(there, col))]);
      }
      for (const name of [...x.pack.projects.map((q) => q.name), DEFAULT_LAYOUT.unattributedLabel, p.totalLabel]) {
        const here = rowWhere(consolidated, (at) => at(p.label.first) === name, projectsTop);
        const there = rowWhere(model, (at) => at(p.label.first) === name, ownProjectsTop);
        expect([m, name, value(here, layout.projects.firstCol + i)]).toEqual([m, name, mine(there, pTotal)]);
      }
    });
  });
});
