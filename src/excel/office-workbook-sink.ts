import type { WorkbookSink } from '../domain/ports';
import type { CellRange } from '../domain/model/grid';
import type { SheetModel } from '../domain/model/sheet-model';
import { applyOp, characterMetrics } from './apply-op';
import type { ExcelRun } from './excel-run';
import { bilingualError } from './office-error';
import { chooseOutputTarget, freeSheetName, sheetNameProblem, type OutputTarget } from './output-sheet-name';
import { MIN_PAYLOAD_BUDGET_CHARS, batchOps, maxOpCharsFor, planSheetOps, type SheetOp } from './write-plan';

/** The worksheet custom property (ExcelApi 1.12) whose value, model.marker, marks the add-in's output. */
export const OUTPUT_MARKER_KEY = 'MedicalRdBudgetCheck.output';

/**
 * Characters of JSON queued per sync. Excel on the web refuses requests over 5 MB; JSON
 * counts UTF-16 units, and a Japanese character is 3 bytes of UTF-8, so 1,000,000
 * characters is at most ~3 MB on the wire — well under the limit, with room for the
 * envelope Office.js adds beyond our estimate.
 */
export const DEFAULT_PAYLOAD_BUDGET_CHARS = 1_000_000;

export interface OfficeWorkbookSinkOptions {
  /** Upper bound on the estimated payload of one sync, in characters of JSON. */
  readonly payloadBudgetChars?: number;
}

export interface OutputSheetWritten {
  /** The name the sheet got: model.name, or a numbered name when a user's sheet holds it. */
  readonly sheetName: string;
  readonly nameWasTaken: boolean;
  /** A previous output sheet (recognised by its marker) was replaced. */
  readonly replacedPrevious: boolean;
}

type Stage =
  | { readonly kind: 'inspect' }
  | { readonly kind: 'create' }
  | { readonly kind: 'build'; readonly batch: number; readonly of: number }
  | { readonly kind: 'commit' };

/** What has been done so far, so that a failure can be undone. */
interface Progress {
  stage: Stage;
  tempName?: string;
  createdId?: string;
  previous?: { readonly id: string; readonly name: string };
  target?: OutputTarget;
}

/**
 * WorkbookSink over Office.js. The sheet is built under a temporary name in batches whose
 * payload stays under the budget, with screen updating and calculation suspended; only
 * when it is complete does it take the output name and the previous output sheet go.
 * Any failure deletes the half-written sheet and leaves the previous output as it was.
 */
export class OfficeWorkbookSink implements WorkbookSink {
  private readonly budget: number;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookSinkOptions = {},
  ) {
    this.budget = options.payloadBudgetChars ?? DEFAULT_PAYLOAD_BUDGET_CHARS;
    if (!(this.budget >= MIN_PAYLOAD_BUDGET_CHARS)) throw new RangeError(`payloadBudgetChars must be at least ${MIN_PAYLOAD_BUDGET_CHARS}`);
  }

  async writeOutputSheet(model: SheetModel): Promise<void> {
    await this.write(model);
  }

  /** As writeOutputSheet, telling which name the sheet got so the pane can say so. */
  async write(model: SheetModel): Promise<OutputSheetWritten> {
    const problem = sheetNameProblem(model.name);
    if (problem) throw bilingualError(`シート「${model.name}」を作成できません: ${problem.ja}。`, `Cannot create the sheet "${model.name}": ${problem.en}.`);
    if (model.marker === '') throw new RangeError('SheetModel.marker must not be empty: it is what tells the output sheet from a user sheet');
    // Planned before touching the workbook: a model that cannot be split fails with nothing changed.
    const batches = batchOps(planSheetOps(model, maxOpCharsFor(this.budget)), this.budget);
    return this.run(async (context) => {
      const progress: Progress = { stage: { kind: 'inspect' } };
      try {
        return await build(context, model, batches, progress);
      } catch (error) {
        return recover(context, model, progress, error);
      }
    });
  }
}

async function build(context: Excel.RequestContext, model: SheetModel, batches: readonly SheetOp[][], progress: Progress): Promise<OutputSheetWritten> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  await context.sync();
  const markers = sheets.items.map((sheet) => {
    const marker = sheet.customProperties.getItemOrNullObject(OUTPUT_MARKER_KEY);
    marker.load('value');
    return marker;
  });
  await context.sync();

  const existing = sheets.items.map((sheet, i) => ({ id: sheet.id, name: sheet.name, isOutput: !markers[i].isNullObject && markers[i].value === model.marker }));
  const names = existing.map((sheet) => sheet.name);
  const target = chooseOutputTarget(model.name, existing);
  progress.target = target;
  progress.previous = target.replaces ? { id: target.replaces.id, name: target.replaces.name } : undefined;
  progress.tempName = freeSheetName(`${model.name} 作成中`, names);

  progress.stage = { kind: 'create' };
  const created = sheets.add(progress.tempName);
  created.load('id,standardWidth');
  const untouchedColumn = created.getRange('A1').format;
  untouchedColumn.load('columnWidth');
  await context.sync();
  progress.createdId = created.id;
  const metrics = characterMetrics(created.standardWidth, untouchedColumn.columnWidth);

  for (const [index, batch] of batches.entries()) {
    progress.stage = { kind: 'build', batch: index + 1, of: batches.length };
    // Both last until the next sync only, so every batch asks again (once per batch, not per operation).
    context.application.suspendScreenUpdatingUntilNextSync();
    context.application.suspendApiCalculationUntilNextSync();
    for (const op of batch) applyOp(created, op, metrics);
    await context.sync();
  }

  progress.stage = { kind: 'commit' };
  created.customProperties.add(OUTPUT_MARKER_KEY, model.marker);
  // Formulas were written with calculation suspended; recalculating them is ours to do.
  const formulas = formulaBounds(model);
  if (formulas) created.getRangeByIndexes(formulas.top, formulas.left, formulas.bottom - formulas.top + 1, formulas.right - formulas.left + 1).calculate();
  // The previous output keeps its content until the very last step: it only steps aside
  // (a parking name frees the output name) and is deleted after everything else succeeded.
  const previous = progress.previous ? sheets.getItem(progress.previous.id) : null;
  if (previous) previous.name = freeSheetName(`${model.name} 旧`, [...names, progress.tempName]);
  created.name = target.name;
  created.activate();
  previous?.delete();
  await context.sync();
  return written(target);
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
    await context.sync();

    if (progress.stage.kind === 'commit' && previous?.isNullObject && !created.isNullObject && progress.target) return written(progress.target);
    if (!created.isNullObject) created.delete();
    if (previous && progress.previous && !previous.isNullObject && previous.name !== progress.previous.name) previous.name = progress.previous.name;
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

function written(target: OutputTarget): OutputSheetWritten {
  return { sheetName: target.name, nameWasTaken: target.nameWasTaken, replacedPrevious: target.replaces !== undefined };
}

function describeStage(stage: Stage): { ja: string; en: string } {
  switch (stage.kind) {
    case 'inspect':
      return { ja: 'ブックの確認中', en: 'while inspecting the workbook' };
    case 'create':
      return { ja: 'シートの追加中', en: 'while adding the sheet' };
    case 'build':
      return { ja: `書き込み中 ${stage.batch}/${stage.of}`, en: `while writing, batch ${stage.batch} of ${stage.of}` };
    case 'commit':
      return { ja: '以前の出力シートとの置き換え中', en: 'while replacing the previous output sheet' };
  }
}

function formulaBounds(model: SheetModel): CellRange | null {
  let bounds: CellRange | null = null;
  for (const { row, col, formula } of model.cells) {
    if (formula === undefined) continue;
    bounds = bounds
      ? { top: Math.min(bounds.top, row), left: Math.min(bounds.left, col), bottom: Math.max(bounds.bottom, row), right: Math.max(bounds.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return bounds;
}
