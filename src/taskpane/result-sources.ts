import * as React from 'react';
import type { ReportRow } from '../domain/model/report';
import type { ModelCell } from '../domain/model/sheet-model';
import type { Engine, GridRows, ModelHead, ReportHead, SheetHandle } from './engine';
import type { FetchLines, FindingsSource } from './components/sources';

/** Where the result views get their lines: the engine, for the results on screen. Null without results. */
export interface ResultSources {
  readonly findings: FindingsSource | null;
  readonly rows: FetchLines<ReportRow> | null;
  readonly grid: FetchLines<GridRows[number]> | null;
  readonly model: FetchLines<readonly ModelCell[]> | null;
}

/** The sources of the results shown, made once per report, sheet and model: a new one tells a view its results are new. */
export function useResultSources(engine: Engine, report: ReportHead | null, grid: SheetHandle | null, model: ModelHead | null): ResultSources {
  const findings = React.useMemo<FindingsSource | null>(
    () =>
      report === null
        ? null
        : {
            outline: (shown) => engine.findings(report, shown),
            lines: (shown, from, to) => engine.findingLines(report, shown, from, to),
            step: (shown, line, step) => engine.findingStep(report, shown, line, step),
          },
    [engine, report],
  );
  const rows = React.useMemo(() => (report === null ? null : (from: number, to: number) => engine.rows(report, from, to)), [engine, report]);
  const gridRows = React.useMemo(() => (grid === null ? null : (from: number, to: number) => engine.gridRows(grid, from, to)), [engine, grid]);
  const modelRows = React.useMemo(() => (model === null ? null : (from: number, to: number) => engine.modelRows(model, from, to)), [engine, model]);
  return React.useMemo(() => ({ findings, rows, grid: gridRows, model: modelRows }), [findings, rows, gridRows, modelRows]);
}
