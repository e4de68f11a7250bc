import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { formatReportText } from '../../src/cli/commands/check-text';
import { checkSheet } from '../../src/domain/engine/check';
import type { AmountTotals, CheckReport, ProjectTotals } from '../../src/domain/model/report';
import { getPack, loadPacks } from '../../src/domain/policy/registry';
import type { PolicyPack } from '../../src/domain/policy/schema';
import { buildSubmissionSheet } from '../../src/domain/submission/build-submission-sheet';
import { DEFAULT_LAYOUT } from '../../src/domain/submission/layout';
import { addSheetModel } from '../../src/xlsx/write-sheet-model';
import { libreOfficeCsv } from '../helpers/libreoffice';
import { blockSpans, rowLabelled } from '../submission/sheet-lookup';
import { gridOf, sheetArbitrary, type GeneratedSheetSpec } from './generated-sheet';

/**
 * Figures an officer can sign: on every surface — the report, the CLI's text, the submission
 * sheet after LibreOffice recalculates it — the 区分 add up to 合計 and the projects (with
 * 統合プロジェクト未特定) add up to 合計, column by column, for any sheet.
 */

const packs = loadPacks();
const pack = getPack('R6') as PolicyPack;
const SEED = 20_261_202;

function check(spec: GeneratedSheetSpec): CheckReport {
  return checkSheet(gridOf(spec, pack), { packs, packId: pack.id, locale: 'ja', now: new Date('2026-12-02T00:00:00Z') });
}

const AMOUNT_KEYS = ['total', 'request', 'priorityRequest', 'previous'] as const;
const PROJECT_KEYS = ['amed', 'inhouse', 'unknownCategory', 'total', 'previous'] as const;
/** Whole yen: the report's 千円 may carry 3 decimals. */
const yen = (n: number | null) => (n === null ? null : Math.round(n * 1000));
const sum = (values: readonly (number | null)[]) => (values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v as number), 0));

function projectWhole(report: CheckReport, key: (typeof PROJECT_KEYS)[number]): number | null {
  const t = report.totals;
  if (key === 'amed' || key === 'inhouse' || key === 'unknownCategory') return t[key].total;
  return t.all[key];
}

describe('every total reconciles', () => {
  it('in the report: 区分 sum to 合計, projects with 未特定 sum to 合計, each row counted once (property)', () => {
    fc.assert(
      fc.property(sheetArbitrary, (spec) => {
        const report = check(spec);
        const t = report.totals;
        for (const key of AMOUNT_KEYS) {
          const parts = [t.amed, t.inhouse, t.unknownCategory].map((a: AmountTotals) => yen(a[key]));
          expect(sum(parts)).toBe(yen(t.all[key]));
        }
        const lines: ProjectTotals[] = [...t.byProject, t.unspecified];
        for (const key of PROJECT_KEYS) expect(sum(lines.map((l) => yen(l[key])))).toBe(yen(projectWhole(report, key)));
        for (const l of lines) expect(yen(l.amed)! + yen(l.inhouse)! + yen(l.unknownCategory)!).toBe(yen(l.total));
        // Every data row lands in exactly one of 合計, 基金等 and the 特別会計 lines.
        const written = spec.rows.reduce((s, r) => s + (r.total ?? r.request + (r.priorityRequest ?? 0)), 0);
        expect(yen(t.all.total)! + yen(t.fund.total)! + t.accounts.reduce((s, a) => s + yen(a.totals.total)!, 0)).toBe(written * 1000);
        // Without a 前年度 column nothing pretends to know it.
        if (!spec.withPrevious) expect([t.all.previous, t.all.change, t.byProject[0].previous]).toEqual([null, null, null]);
        // A suggestion never counts: each counted share is declared, split or accepted.
        for (const row of report.rows) for (const p of row.projects) expect(['split', 'declared', 'accepted']).toContain(p.basis);
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it("in the CLI's text: the same lines, and they add up as printed (property)", () => {
    fc.assert(
      fc.property(sheetArbitrary, (spec) => {
        const text = formatReportText(check(spec));
        const summary = tableAfter(text, '総括（千円）');
        const column = (label: string, col: number) => summary.get(label)?.[col] ?? null;
        for (let col = 0; col < 4; col++) {
          const parts = ['AMED対象経費', 'インハウス研究機関経費', '区分不明'].map((l) => (summary.has(l) ? column(l, col) : 0));
          expect(sum(parts)).toBe(column('合計', col));
        }
        const projects = tableAfter(text, '統合プロジェクト別（千円）');
        const projectLines = [...projects].filter(([label]) => label !== '合計');
        expect(projectLines.map(([label]) => label)).toEqual([...pack.projects.map((p) => p.name), '統合プロジェクト未特定']);
        for (let col = 0; col < 5; col++) expect(sum(projectLines.map(([, cells]) => cells[col]))).toBe(projects.get('合計')?.[col]);
        expect(projects.get('合計')?.[3]).toBe(summary.get('合計')?.[0]);
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it(
    'in the submission sheet, after LibreOffice recalculates it',
    async () => {
      const specs = fc.sample(sheetArbitrary, { numRuns: 6, seed: SEED });
      const workbook = new ExcelJS.Workbook();
      const cases = specs.map((spec, i) => {
        const report = check(spec);
        const model = buildSubmissionSheet(report, pack, { createdAt: '2026-12-02T00:00:00Z', force: true });
        // One workbook, one LibreOffice run: each case on its own sheet with its own marker.
        const named = { ...model, name: `case${i + 1}`, marker: `Reconcile.case${i + 1}` };
        addSheetModel(workbook, named);
        return { report, model: named };
      });
      const sheets = await libreOfficeCsv(new Uint8Array(await workbook.xlsx.writeBuffer()));
      const layout = DEFAULT_LAYOUT;
      for (const { report, model } of cases) {
        const csv = sheets.get(model.name) as string[][];
        const value = (row: number, col: number) => {
          const text = csv[row]?.[col] ?? '';
          return text === '' ? 0 : text === layout.unknownAmount ? null : Number(text);
        };
        const spans = blockSpans(model, layout);
        const s = layout.summary;
        const sc = (key: string) => s.columns.find((c) => c.key === key)!.col;
        const summaryRow = (label: string) => rowLabelled(model, spans.get('summary')!, s.label.first, label);
        const t = report.totals;
        const lines: [string, AmountTotals][] = [
          ['AMED対象経費', t.amed],
          ['インハウス研究機関経費', t.inhouse],
          [s.allLabel, t.all],
          [s.fundLabel, t.fund],
          ...(t.unknownCategory.total !== 0 ? [[s.unknownCategoryLabel, t.unknownCategory] as [string, AmountTotals]] : []),
          ...t.accounts.map((a): [string, AmountTotals] => [s.accountLabel(a.label), a.totals]),
        ];
        for (const [label, totals] of lines) {
          for (const key of AMOUNT_KEYS) expect([label, key, yen(value(summaryRow(label), sc(key)))]).toEqual([label, key, yen(totals[key])]);
        }
        const p = layout.projects;
        const pc = (key: string) => p.columns.find((c) => c.key === key)!.col;
        const projectRow = (label: string) => rowLabelled(model, spans.get('projects')!, p.label.first, label);
        const projectLines: [string, ProjectTotals][] = [...t.byProject.map((b): [string, ProjectTotals] => [b.name, b]), [layout.unattributedLabel, t.unspecified]];
        for (const [label, line] of projectLines) {
          for (const key of PROJECT_KEYS) expect([label, key, yen(value(projectRow(label), pc(key)))]).toEqual([label, key, yen(line[key])]);
        }
        for (const key of PROJECT_KEYS) expect([key, yen(value(projectRow(p.totalLabel), pc(key)))]).toEqual([key, yen(projectWhole(report, key))]);
      }
    },
    120_000,
  );
});

/** The aligned table printed under `heading`: label → numbers (null for 「－」 or blank). */
function tableAfter(text: string, heading: string): Map<string, (number | null)[]> {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  const rows = new Map<string, (number | null)[]>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('  ') || /^ {2}[*候]/.test(line)) break;
    const [label, ...cells] = line.trim().split(/ {2,}/);
    rows.set(
      label,
      cells.map((c) => {
        const n = c.replace(/[*,]/g, '').replace(/^△/, '-');
        return n === '－' || n === '' ? null : Number(n);
      }),
    );
  }
  return rows;
}
