import { checkSheet } from '../../domain/engine/check';
import type { SheetGrid } from '../../domain/model/grid';
import type { CheckReport } from '../../domain/model/report';
import type { SheetModel } from '../../domain/model/sheet-model';
import { guessPackFromText, loadPacks } from '../../domain/policy/registry';
import type { PolicyPack } from '../../domain/policy/schema';
import { readTable } from '../../domain/reading';
import { buildSubmissionSheet } from '../../domain/submission';
import type { XlsxWorkbookSource } from '../../xlsx/workbook-source';
import { readPreviousYear, type PreviousReading, type PreviousSource } from '../../domain/previous-year/read';
import type { CheckRequest, EngineProgress, Inspection, PreviousYearRequest, SubmissionRequest } from './protocol';

/**
 * What the pane asks of the engine, over plain data: the same functions the CLI calls. The
 * worker (engine.worker.ts) runs it off the main thread; where there is no Worker (jsdom) the
 * in-thread client runs it directly. Holds no state but the policy packs.
 */
export class EngineService {
  private readonly bundled: readonly PolicyPack[] = loadPacks();

  /** The bundled packs with the officer's loaded files in place of (or beside) them, by year. */
  private packs(loaded: readonly PolicyPack[] | undefined): readonly PolicyPack[] {
    if (loaded === undefined || loaded.length === 0) return this.bundled;
    const ids = new Set(loaded.map((p) => p.id));
    return this.bundled
      .filter((p) => !ids.has(p.id))
      .concat(loaded)
      .sort((a, b) => a.fiscalYear.western - b.fiscalYear.western);
  }

  private pack(id: string, loaded: readonly PolicyPack[] | undefined): PolicyPack {
    const pack = this.packs(loaded).find((p) => p.id === id);
    if (pack === undefined) throw new Error(`unknown policy '${id}'`);
    return pack;
  }

  /** The .xlsx reader and writer load when first needed: in Excel the engine only checks. */
  async openWorkbook(bytes: Uint8Array): Promise<XlsxWorkbookSource> {
    const { XlsxWorkbookSource } = await import(/* webpackChunkName: "xlsx-reader" */ '../../xlsx/workbook-source');
    return XlsxWorkbookSource.fromBuffer(bytes);
  }

  /** The year the sheet's title names (unless one is given) and the header and columns detected under it. */
  inspect(grid: SheetGrid, packId: string | undefined, loaded?: readonly PolicyPack[]): Inspection {
    const packs = this.packs(loaded);
    const latest = packs[packs.length - 1];
    let guessedPackId: string | null = null;
    let table = readTable(grid, packId !== undefined ? this.pack(packId, loaded) : latest);
    if (packId === undefined) {
      guessedPackId = guessPackFromText(table.titleLines, packs)?.pack.id ?? null;
      // Split columns are recognised by the year's project names: read again under the sheet's own year.
      if (guessedPackId !== null && guessedPackId !== latest.id) table = readTable(grid, this.pack(guessedPackId, loaded));
    }
    return { guessedPackId, mapping: table.mapping };
  }

  check(grid: SheetGrid, request: CheckRequest, onProgress: (progress: EngineProgress) => void): CheckReport {
    const { now, loaded, ...rest } = request;
    return checkSheet(grid, { ...rest, packs: this.packs(loaded), now: new Date(now), onProgress });
  }

  submission(report: CheckReport, request: SubmissionRequest, onProgress: (progress: EngineProgress) => void): SheetModel {
    onProgress({ phase: 'submission' });
    return buildSubmissionSheet(report, this.pack(report.policy.id, request.loaded), {
      ...(request.ministry !== undefined ? { ministry: request.ministry } : {}),
      createdAt: request.createdAt,
      force: request.force,
    });
  }

  /** Last year's sheet: a grid of the open workbook, or a workbook file (its submission sheet when it has one, else its first sheet). */
  async previousYear(source: Omit<PreviousSource, 'accepted' | 'mapping'> | { readonly bytes: Uint8Array; readonly file: string }, request: PreviousYearRequest): Promise<PreviousReading> {
    let sheet: PreviousSource;
    if ('bytes' in source) {
      const { previousSource } = await import(/* webpackChunkName: "xlsx-reader" */ '../../xlsx/previous-source');
      sheet = await previousSource(await this.openWorkbook(source.bytes), source.file);
    } else {
      sheet = { ...source, ...(request.accepted ? { accepted: request.accepted } : {}), ...(request.mapping ? { mapping: request.mapping } : {}) };
    }
    return readPreviousYear(sheet, this.packs(request.loaded), this.pack(request.packId, request.loaded));
  }

  async xlsx(model: SheetModel, onProgress: (progress: EngineProgress) => void): Promise<Uint8Array> {
    onProgress({ phase: 'xlsx' });
    const { writeSheetModel } = await import(/* webpackChunkName: "xlsx-writer" */ '../../xlsx/write-sheet-model');
    return writeSheetModel(model);
  }
}
