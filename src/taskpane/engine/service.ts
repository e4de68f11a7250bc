import { checkSheet } from '../../domain/engine/check';
import type { SheetGrid } from '../../domain/model/grid';
import type { CheckReport } from '../../domain/model/report';
import type { SheetModel } from '../../domain/model/sheet-model';
import { guessPackFromText, loadPacks } from '../../domain/policy/registry';
import type { PolicyPack } from '../../domain/policy/schema';
import { readTable } from '../../domain/reading';
import { buildSubmissionSheet } from '../../domain/submission';
import type { XlsxWorkbookSource } from '../../xlsx/workbook-source';
import type { CheckRequest, EngineProgress, Inspection, SubmissionRequest } from './protocol';

/**
 * What the pane asks of the engine, over plain data: the same functions the CLI calls. The
 * worker (engine.worker.ts) runs it off the main thread; where there is no Worker (jsdom) the
 * in-thread client runs it directly. Holds no state but the policy packs.
 */
export class EngineService {
  private readonly packs: readonly PolicyPack[] = loadPacks();

  private pack(id: string): PolicyPack {
    const pack = this.packs.find((p) => p.id === id);
    if (pack === undefined) throw new Error(`unknown policy '${id}'`);
    return pack;
  }

  /** The .xlsx reader and writer load when first needed: in Excel the engine only checks. */
  async openWorkbook(bytes: Uint8Array): Promise<XlsxWorkbookSource> {
    const { XlsxWorkbookSource } = await import(/* webpackChunkName: "xlsx-reader" */ '../../xlsx/workbook-source');
    return XlsxWorkbookSource.fromBuffer(bytes);
  }

  /** The year the sheet's title names (unless one is given) and the header and columns detected under it. */
  inspect(grid: SheetGrid, packId: string | undefined): Inspection {
    const latest = this.packs[this.packs.length - 1];
    let guessedPackId: string | null = null;
    let table = readTable(grid, packId !== undefined ? this.pack(packId) : latest);
    if (packId === undefined) {
      guessedPackId = guessPackFromText(table.titleLines, this.packs)?.pack.id ?? null;
      // Split columns are recognised by the year's project names: read again under the sheet's own year.
      if (guessedPackId !== null && guessedPackId !== latest.id) table = readTable(grid, this.pack(guessedPackId));
    }
    return { guessedPackId, mapping: table.mapping };
  }

  check(grid: SheetGrid, request: CheckRequest, onProgress: (progress: EngineProgress) => void): CheckReport {
    const { now, ...rest } = request;
    return checkSheet(grid, { ...rest, packs: this.packs, now: new Date(now), onProgress });
  }

  submission(report: CheckReport, request: SubmissionRequest, onProgress: (progress: EngineProgress) => void): SheetModel {
    onProgress({ phase: 'submission' });
    return buildSubmissionSheet(report, this.pack(report.policy.id), {
      ...(request.ministry !== undefined ? { ministry: request.ministry } : {}),
      createdAt: request.createdAt,
      force: request.force,
    });
  }

  async xlsx(model: SheetModel, onProgress: (progress: EngineProgress) => void): Promise<Uint8Array> {
    onProgress({ phase: 'xlsx' });
    const { writeSheetModel } = await import(/* webpackChunkName: "xlsx-writer" */ '../../xlsx/write-sheet-model');
    return writeSheetModel(model);
  }
}
