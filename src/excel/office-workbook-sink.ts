import type { OutputSheetWritten, WorkbookSink } from '../domain/ports';
import { a1, type CellRange } from '../domain/model/grid';
import { markerName } from '../domain/model/output-marker';
import { forEachCell } from '../domain/model/model-cells';
import type { SheetModel } from '../domain/model/sheet-model';
import { applyOp, characterMetrics } from './apply-op';
import type { ExcelRun } from './excel-run';
import { bilingualError } from './office-error';
import { chooseOutputTarget, freeSheetName, sheetNameProblem, type OutputTarget } from './output-sheet-name';
import { DEFAULT_SYNC_BUDGET_BYTES } from './payload';
import { ACTION_OVERHEAD_BYTES, MIN_PAYLOAD_BUDGET_BYTES, batchOps, estimateOpBytes, maxOpBytesFor, needsMetrics, planSheetOps, type SheetOp } from './write-plan';

/**
 * The worksheet custom property (ExcelApi 1.12) whose value, model.marker, marks the add-in's
 * output in the open workbook. The sheet also gets the marker's defined name
 * (domain/model/output-marker.ts), which is what a reader of the saved .xlsx looks for.
 */
export const OUTPUT_MARKER_KEY = 'MedicalRdBudgetCheck.output';

/** Estimated request bytes of one sync (see payload.ts: 80% of Excel on the web's 5 MB). */
export const DEFAULT_PAYLOAD_BUDGET_BYTES = DEFAULT_SYNC_BUDGET_BYTES;

/** Per existing sheet, the second sync looks up its marker: a path and a load. */
const MARKER_LOOKUP_BYTES = 2 * ACTION_OVERHEAD_BYTES;

export interface OfficeWorkbookSinkOptions {
  /** Upper bound on the estimated request of one sync, in UTF-8 bytes. */
  readonly payloadBudgetBytes?: number;
}

type Stage =
  | { readonly kind: 'inspect' }
  | { readonly kind: 'build'; readonly batch: number; readonly of: number }
  | { readonly kind: 'commit' };

/** What has been done so far, so that a failure can be undone. */
interface Progress {
  stage: Stage;
  tempName?: string;
  createdId?: string;
  previous?: { readonly id: string; readonly name: string };
  target?: OutputTarget;
  /** The marker's defined name as the workbook had it before the write (a null object if none). */
  markerItem?: Excel.NamedItem;
}

/**
 * WorkbookSink over Office.js. The sheet is built under a temporary name, with screen
 * updating and calculation suspended; only when it is complete does it take the output name
 * and the previous output sheet go. Any failure deletes the half-written sheet and leaves
 * the previous output as it was.
 *
 * Round trips: one sync lists the sheets; the next looks up their markers, adds the new sheet
 * and carries the first batch of operations; every further batch is one sync, and the last
 * one also carries the column widths and the commit. Batches are filled up to the payload
 * budget, so a model that fits one request is written in 3 syncs and a larger one in
 * 1 + ⌈request bytes / budget⌉ or one more.
 */
export class OfficeWorkbookSink implements WorkbookSink {
  private readonly budget: number;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookSinkOptions = {},
  ) {
    this.budget = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET_BYTES;
    if (!(this.budget >= MIN_PAYLOAD_BUDGET_BYTES)) throw new RangeError(`payloadBudgetBytes must be at least ${MIN_PAYLOAD_BUDGET_BYTES}`);
  }

  async writeOutputSheet(model: SheetModel): Promise<OutputSheetWritten> {
    const problem = sheetNameProblem(model.name);
    if (problem) throw bilingualError(`シート「${model.name}」を作成できません: ${problem.ja}。`, `Cannot create the sheet "${model.name}": ${problem.en}.`);
    if (model.marker === '') throw new RangeError('SheetModel.marker must not be empty: it is what tells the output sheet from a user sheet');
    // Planned (and every operation checked against the budget) before touching the workbook:
    // a model that cannot be split fails with nothing changed.
    const ops = planSheetOps(model, maxOpBytesFor(this.budget));
    batchOps(ops, this.budget);
    const plan: Plan = { body: ops.filter((op) => !needsMetrics(op)), widths: ops.filter(needsMetrics), budget: this.budget };
    return this.run(async (context) => {
      const progress: Progress = { stage: { kind: 'inspect' } };
      try {
        return await build(context, model, plan, progress);
      } catch (error) {
        return recover(context, model, progress, error);
      }
    });
  }
}

interface Plan {
  /** Operations queued as soon as the sheet is added. */
  readonly body: readonly SheetOp[];
  /** Operations that need the new sheet's character metrics: queued with the commit. */
  readonly widths: readonly SheetOp[];
  readonly budget: number;
}

async function build(context: Excel.RequestContext, model: SheetModel, plan: Plan, progress: Progress): Promise<OutputSheetWritten> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  await context.sync();
  const names = sheets.items.map((sheet) => sheet.name);
  progress.tempName = freeSheetName(`${model.name} 作成中`, names);

  const batches = batchOps(plan.body, plan.budget, {
    first: (sheets.items.length + 1) * MARKER_LOOKUP_BYTES,
    last: plan.widths.reduce((sum, op) => sum + estimateOpBytes(op), 0),
  });
  // The first batch shares the sync that learns the character metrics, so the widths and
  // the commit need a batch after it.
  if (batches.length === 1) batches.push([]);

  // One sync: the markers, the new sheet, its metrics, and the first batch.
  progress.stage = { kind: 'build', batch: 1, of: batches.length };
  const markers = sheets.items.map((sheet) => {
    const marker = sheet.customProperties.getItemOrNullObject(OUTPUT_MARKER_KEY);
    marker.load('value');
    return marker;
  });
  const markerItem = context.workbook.names.getItemOrNullObject(markerName(model.marker));
  markerItem.load('name');
  const created = sheets.add(progress.tempName);
  created.load('id,standardWidth');
  const untouchedColumn = created.getRange('A1').format;
  untouchedColumn.load('columnWidth');
  suspendUntilNextSync(context);
  for (const op of batches[0]) applyOp(created, op, null);
  await context.sync();
  progress.createdId = created.id;
  progress.markerItem = markerItem;
  const metrics = characterMetrics(created.standardWidth, untouchedColumn.columnWidth);

  const existing = sheets.items.map((sheet, i) => ({ id: sheet.id, name: sheet.name, isOutput: !markers[i].isNullObject && markers[i].value === model.marker }));
  const target = chooseOutputTarget(model.name, existing);
  progress.target = target;
  progress.previous = target.replaces ? { id: target.replaces.id, name: target.replaces.name } : undefined;

  for (let index = 1; index < batches.length; index++) {
    const last = index === batches.length - 1;
    progress.stage = last ? { kind: 'commit' } : { kind: 'build', batch: index + 1, of: batches.length };
    // Both last until the next sync only, so every batch asks again (once per batch, not per operation).
    suspendUntilNextSync(context);
    for (const op of batches[index]) applyOp(created, op, metrics);
    if (last) {
      for (const op of plan.widths) applyOp(created, op, metrics);
      commit(created, model, progress, names);
    }
    await context.sync();
  }
  return written(target, model);
}

function suspendUntilNextSync(context: Excel.RequestContext): void {
  context.application.suspendScreenUpdatingUntilNextSync();
  context.application.suspendApiCalculationUntilNextSync();
}

/** Queues the last step: mark the sheet as ours, recalculate, take the output name, retire the previous output. */
function commit(created: Excel.Worksheet, model: SheetModel, progress: Progress, names: readonly string[]): void {
  const workbook = created.context.workbook;
  const sheets = workbook.worksheets;
  created.customProperties.add(OUTPUT_MARKER_KEY, model.marker);
  // The name moves to the new sheet (it pointed at the previous output, or at nothing).
  if (progress.markerItem && !progress.markerItem.isNullObject) progress.markerItem.delete();
  workbook.names.add(markerName(model.marker), created.getRange('A1'));
  // Formulas were written with calculation suspended; recalculating them is ours to do.
  const formulas = formulaBounds(model);
  if (formulas) created.getRangeByIndexes(formulas.top, formulas.left, formulas.bottom - formulas.top + 1, formulas.right - formulas.left + 1).calculate();
  // The previous output keeps its content until the very last step: it only steps aside
  // (a parking name frees the output name) and is deleted after everything else succeeded.
  const previous = progress.previous ? sheets.getItem(progress.previous.id) : null;
  if (previous) previous.name = freeSheetName(`${model.name} 旧`, [...names, progress.tempName ?? '']);
  created.name = progress.target?.name ?? model.name;
  created.activate();
  previous?.delete();
}

/**
 * Undo a failed write: delete the half-written sheet and give the previous output back its
 * name. If the failure came after the previous output was already deleted (only the last
 * step's reply was lost), the new sheet is complete and is kept.
 */
async function recover(context: Excel.RequestContext, model: SheetModel, progress: Progress, error: unknown): Promise<OutputSheetWritten> {
  const stage = describeStage(progress.stage);
  if (progress.tempName === undefined) {
    throw bilingualError(
      `シート「${model.name}」を書き込めませんでした（${stage.ja}）。ブックは変更していません。`,
      `Could not write the sheet "${model.name}" (${stage.en}). The workbook was not changed.`,
      error,
    );
  }
  try {
    const sheets = context.workbook.worksheets;
    const created = sheets.getItemOrNullObject(progress.createdId ?? progress.tempName);
    created.load('name');
    const previous = progress.previous ? sheets.getItemOrNullObject(progress.previous.id) : null;
    previous?.load('name');
    const markerItem = context.workbook.names.getItemOrNullObject(markerName(model.marker));
    markerItem.load('name');
    await context.sync();

    if (progress.stage.kind === 'commit' && previous?.isNullObject && !created.isNullObject && progress.target) return written(progress.target, model);
    if (!created.isNullObject) created.delete();
    if (previous && progress.previous && !previous.isNullObject && previous.name !== progress.previous.name) previous.name = progress.previous.name;
    // Only the commit moves the marker's name, and it may have done so before it failed: the name goes back to the previous output.
    if (progress.stage.kind === 'commit') {
      if (!markerItem.isNullObject) markerItem.delete();
      if (previous && !previous.isNullObject) context.workbook.names.add(markerName(model.marker), previous.getRange('A1'));
    }
    await context.sync();
  } catch (cleanupError) {
    throw bilingualError(
      `シート「${model.name}」を書き込めず（${stage.ja}）、書きかけのシート「${progress.tempName}」を削除できなかった可能性があります。残っていれば削除してください。`,
      `Could not write the sheet "${model.name}" (${stage.en}), and the half-written sheet "${progress.tempName}" may not have been deleted; please delete it if it is still there.`,
      cleanupError,
    );
  }
  throw bilingualError(
    `シート「${model.name}」を書き込めませんでした（${stage.ja}）。書きかけのシートは削除し、以前の出力シートは元のまま残しています。`,
    `Could not write the sheet "${model.name}" (${stage.en}). The half-written sheet was deleted and the previous output sheet was left as it was.`,
    error,
  );
}

function written(target: OutputTarget, model: SheetModel): OutputSheetWritten {
  const extent = modelExtent(model);
  return {
    sheetName: target.name,
    address: extent ? `${a1(extent.top, extent.left)}:${a1(extent.bottom, extent.right)}` : 'A1',
    rows: extent ? extent.bottom - extent.top + 1 : 0,
    nameWasTaken: target.nameWasTaken,
    replacedPrevious: target.replaces !== undefined,
  };
}

/** The cells and merges the model fills, as one range. */
function modelExtent(model: SheetModel): CellRange | null {
  let box: CellRange | null = null;
  const include = (r: CellRange) => {
    box = box ? { top: Math.min(box.top, r.top), left: Math.min(box.left, r.left), bottom: Math.max(box.bottom, r.bottom), right: Math.max(box.right, r.right) } : r;
  };
  forEachCell(model.cells, (row, col) => include({ top: row, left: col, bottom: row, right: col }));
  for (const m of model.merges) include(m);
  return box;
}

function describeStage(stage: Stage): { ja: string; en: string } {
  switch (stage.kind) {
    case 'inspect':
      return { ja: 'ブックの確認中', en: 'while inspecting the workbook' };
    case 'build':
      return { ja: `書き込み中 ${stage.batch}/${stage.of}`, en: `while writing, batch ${stage.batch} of ${stage.of}` };
    case 'commit':
      return { ja: '以前の出力シートとの置き換え中', en: 'while replacing the previous output sheet' };
  }
}

function formulaBounds(model: SheetModel): CellRange | null {
  let bounds: CellRange | null = null;
  forEachCell(model.cells, (row, col, _value, formula) => {
    if (formula === undefined) return;
    bounds = bounds
      ? { top: Math.min(bounds.top, row), left: Math.min(bounds.left, col), bottom: Math.max(bounds.bottom, row), right: Math.max(bounds.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  });
  return bounds;
}
