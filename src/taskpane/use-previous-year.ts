import * as React from 'react';
import type { PreviousYear } from '../domain/model/previous-year';
import type { PreviousProblem } from '../domain/previous-year/read';
import type { PolicyPack } from '../domain/policy/schema';
import { SUBMISSION_MARKER } from '../domain/submission/marker';
import { pageEngine, type Engine } from './engine';
import type { PaneHost } from './host';
import { loadedPacks } from './loaded-packs';

/**
 * 「前年度のシート」: last year's request sheet or submission sheet, a sheet of the open workbook
 * or a workbook file read in the browser (never uploaded). The engine reads it into small plain
 * data that travels with each check, as loaded policy files do. A sheet of the workbook is read
 * again for every check (what is checked is the workbook as it is now); a file, once.
 */

export type PreviousChoice = { readonly kind: 'sheet'; readonly name: string } | { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array };

export interface PreviousYearState {
  readonly choice: PreviousChoice | null;
  readonly busy: boolean;
  /** What the last reading gave: last year's 事業, or why there were none. */
  readonly read: PreviousYear | null;
  readonly problem: PreviousProblem | null;
  /** The reading failed (an unreadable file …): the message. */
  readonly error: string | null;
  /** Counts readings that gave last year's 事業: the pane checks again when it changes and results are shown. */
  readonly version: number;
}

/** `packId`: this year's, which last year's sheet is read with when its title names no year a pack has. */
export interface PreviousYearActions {
  chooseSheet(name: string, packId: string): void;
  chooseFile(file: File, packId: string): void;
  clear(): void;
}

/** What a check asks for: last year's sheet as it is now, read with the check's year, or null. */
export interface PreviousYearPort {
  forCheck(packId: string): Promise<PreviousYear | null>;
}

const NONE: PreviousYearState = { choice: null, busy: false, read: null, problem: null, error: null, version: 0 };

async function read(engine: Engine, host: PaneHost, choice: PreviousChoice, packId: string, packs: readonly PolicyPack[]) {
  const request = { packId, loaded: loadedPacks(packs) };
  if (choice.kind === 'file') return engine.previousYear({ bytes: choice.bytes, file: choice.name }, request);
  // A submission sheet of this workbook is found by its marker, never by its name.
  const kind = (await host.markedSheets(SUBMISSION_MARKER)).includes(choice.name) ? 'submission' : 'request';
  const [accepted, mapping] = [await host.loadAccepted(choice.name), await host.loadMapping(choice.name)];
  // Kept by the engine only while it is read: what a check takes is the small reading, not the sheet.
  const sheet = await host.loadSheet(choice.name);
  try {
    return await engine.previousYear({ sheet, kind }, { ...request, accepted, ...(mapping ? { mapping } : {}) });
  } finally {
    engine.release(sheet.ref);
  }
}

export function usePreviousYear(host: PaneHost, packs: readonly PolicyPack[]): [PreviousYearState, PreviousYearActions, PreviousYearPort] {
  const engine = React.useMemo(() => pageEngine(), []);
  const [state, setState] = React.useState<PreviousYearState>(NONE);
  const current = React.useRef(state);
  current.current = state;
  const update = (next: PreviousYearState) => {
    current.current = next;
    setState(next);
  };

  /** The year a file was read with: it is read again only for another year (its bytes stay the same). */
  const readWith = React.useRef<string | null>(null);

  /**
   * Reads the choice and shows what it gave; null unless last year's 事業 came of it. `chosen`: the
   * officer's act (the pane checks again), not a check's own re-reading (which must not).
   */
  const load = async (choice: PreviousChoice, year: string, chosen: boolean): Promise<PreviousYear | null> => {
    update({ ...current.current, choice, busy: true, error: null });
    const version = current.current.version + (chosen ? 1 : 0);
    try {
      const reading = await read(engine, host, choice, year, packs);
      if (current.current.choice !== choice) return null;
      readWith.current = year;
      const found = 'previous' in reading ? reading.previous : null;
      update({ choice, busy: false, read: found, problem: 'problem' in reading ? reading : null, error: null, version });
      return found;
    } catch (error) {
      if (current.current.choice === choice) update({ choice, busy: false, read: null, problem: null, error: error instanceof Error ? error.message : String(error), version });
      return null;
    }
  };

  // The sheet chosen in an earlier session on this workbook, chosen again if it is still there
  // (not as the officer's act: nothing is checked again for it). A file is not remembered: the
  // workbook keeps no other file's bytes.
  React.useEffect(() => {
    void (async () => {
      const remembered = await host.loadPreviousYearSheet().catch(() => null);
      if (remembered === null || !(await host.sheetNames()).includes(remembered)) return;
      const year = (await host.loadYear()) ?? packs[packs.length - 1].id;
      // The officer chose something meanwhile: theirs.
      if (current.current.choice === null) await load({ kind: 'sheet', name: remembered }, year, false);
    })();
    // Once, when the pane opens on the workbook.
  }, []);

  /** Remembering is a convenience: a workbook that refuses settings still checks. */
  const remember = (sheet: string | null) => void host.savePreviousYearSheet(sheet).catch(() => undefined);

  const actions: PreviousYearActions = {
    chooseSheet: (name, packId) => {
      remember(name);
      void load({ kind: 'sheet', name }, packId, true);
    },
    chooseFile: (file, packId) => {
      remember(null);
      void file.arrayBuffer().then((data) => load({ kind: 'file', name: file.name, bytes: new Uint8Array(data) }, packId, true));
    },
    clear: () => {
      remember(null);
      update({ ...NONE, version: current.current.version + 1 });
    },
  };
  const port: PreviousYearPort = {
    forCheck: async (year) => {
      const { choice, read: before } = current.current;
      if (choice === null) return null;
      if (choice.kind === 'file' && readWith.current === year) return before;
      return load(choice, year, false);
    },
  };
  return [state, actions, port];
}
