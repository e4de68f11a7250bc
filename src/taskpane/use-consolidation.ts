import * as React from 'react';
import type { ConsolidationFinding, MinistryPart } from '../domain/consolidation';
import type { PolicyPack } from '../domain/policy/schema';
import type { PaneHost, SubmissionOutcome } from './host';
import type { Strings } from './i18n';

/**
 * 府省別の取りまとめ in the pane: several ministries' workbooks, chosen from disk and read
 * inside the browser (never uploaded), each checked or read back — or the submission sheets
 * of the open workbook, read back — consolidated into one sheet that the host writes (a new
 * sheet in Excel, a file in the demo). The same engine as `budget-check consolidate`.
 */

/** A workbook chosen from disk, or a submission sheet of the open workbook (read when consolidating, so always as it is now). */
export type ConsolidationInput = { readonly kind: 'file'; readonly name: string; readonly data: Uint8Array } | { readonly kind: 'sheet'; readonly name: string };

export interface ConsolidationState {
  readonly busy: boolean;
  readonly parts: readonly Pick<MinistryPart, 'ministry' | 'input' | 'summary'>[];
  readonly findings: readonly ConsolidationFinding[];
  /** Why nothing was written: findings that always block, or errors the officer may still accept. */
  readonly refused: 'blocked' | 'errors' | null;
  readonly provisional: boolean;
  readonly outcome: SubmissionOutcome | null;
  /** Files that could not be read at all, in words. */
  readonly unreadable: readonly string[];
  readonly error: string | null;
  readonly announcement: string;
}

export interface ConsolidationActions {
  run(inputs: readonly ConsolidationInput[]): void;
  /** Consolidates the submission sheets of the open workbook. */
  runOpenWorkbook(): void;
  /** Consolidates the same inputs despite errors; the sheet says 未確定. */
  force(): void;
}

type Engine = typeof import('./consolidation-engine');
let engine: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "consolidation" */ './consolidation-engine').catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

const EMPTY: ConsolidationState = { busy: false, parts: [], findings: [], refused: null, provisional: false, outcome: null, unreadable: [], error: null, announcement: '' };

export function useConsolidation(host: PaneHost, packs: readonly PolicyPack[], strings: Strings): [ConsolidationState, ConsolidationActions] {
  const [state, setState] = React.useState<ConsolidationState>(EMPTY);
  const last = React.useRef<readonly ConsolidationInput[]>([]);
  const t = strings.consolidation;

  const consolidateInputs = async (inputs: readonly ConsolidationInput[], force: boolean) => {
    last.current = inputs;
    setState({ ...EMPTY, busy: true, announcement: t.running(inputs.length) });
    try {
      const { consolidate, ministryPartFromXlsx, readSubmissionSheet, DEFAULT_LAYOUT } = await loadEngine();
      const parts: MinistryPart[] = [];
      const unreadable: string[] = [];
      for (const input of inputs) {
        try {
          parts.push(
            input.kind === 'file'
              ? await ministryPartFromXlsx(input.data, input.name, { packs, locale: strings.locale })
              : readSubmissionSheet({ grid: await host.readSheet(input.name), file: input.name }, packs, DEFAULT_LAYOUT),
          );
        } catch (error) {
          unreadable.push(t.unreadable(input.name, error instanceof Error ? error.message : String(error)));
        }
      }
      const base = { parts: parts.map((p) => ({ ministry: p.ministry, input: p.input, summary: p.summary })), unreadable };
      if (unreadable.length > 0 || parts.length === 0) {
        setState({ ...EMPTY, ...base, refused: 'blocked', announcement: t.notWritten });
        return;
      }
      const result = consolidate(parts, packs, { locale: strings.locale, force, createdAt: new Date().toISOString() });
      const shown = { ...base, findings: result.findings, refused: result.refused, provisional: result.provisional };
      if (result.model === null) {
        setState({ ...EMPTY, ...shown, announcement: result.refused === 'errors' ? t.refusedErrors(result.counts.errors) : t.notWritten });
        return;
      }
      const outcome = await host.writeConsolidated(result.model);
      setState({ ...EMPTY, ...shown, outcome, announcement: outcome.kind === 'written' ? t.written(outcome.sheetName, result.provisional) : t.built(result.provisional) });
    } catch (error) {
      setState({ ...EMPTY, error: t.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  const consolidateOpenWorkbook = async () => {
    setState({ ...EMPTY, busy: true, announcement: t.findingSheets });
    try {
      const { DEFAULT_LAYOUT } = await loadEngine();
      const sheets = await host.markedSheets(DEFAULT_LAYOUT.marker);
      if (sheets.length === 0) {
        setState({ ...EMPTY, error: t.noSheets });
        return;
      }
      await consolidateInputs(
        sheets.map((name) => ({ kind: 'sheet', name })),
        false,
      );
    } catch (error) {
      setState({ ...EMPTY, error: t.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return [
    state,
    {
      run: (inputs) => void consolidateInputs(inputs, false),
      runOpenWorkbook: () => void consolidateOpenWorkbook(),
      force: () => void consolidateInputs(last.current, true),
    },
  ];
}
