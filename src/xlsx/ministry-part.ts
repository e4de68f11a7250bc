import { partFromReport, readSubmissionSheet, type MinistryPart } from '../domain/consolidation';
import { checkSheet } from '../domain/engine/check';
import type { Locale } from '../domain/model/finding';
import type { PolicyPack } from '../domain/policy/schema';
import { ministryByName } from '../domain/reading/ministry';
import { DEFAULT_LAYOUT } from '../domain/submission';
import { XlsxWorkbookSource } from './workbook-source';

/**
 * One ministry's input to the consolidation, from an .xlsx held in memory (no file system, so
 * the CLI and the pane's browser demo share it): a workbook holding a submission sheet this
 * product wrote (found by its marker) is read back; any other is a request sheet, checked.
 */

/** A ministry the user gave (--ministry, the pane's field) that the year's pack does not know. */
export class UnknownMinistryError extends Error {
  override readonly name = 'UnknownMinistryError';
  constructor(
    readonly given: string,
    readonly known: readonly string[],
  ) {
    super(`unknown ministry '${given}' (known: ${known.join(', ')})`);
  }
}

export interface MinistryPartOptions {
  readonly packs: readonly PolicyPack[];
  /** The year for a request sheet; otherwise from its title. */
  readonly packId?: string;
  readonly locale: Locale;
  /** Overrides the ministry found on the sheet. */
  readonly ministry?: string;
  /** SHA-256 of the bytes, when the caller has it, for the report. */
  readonly inputHash?: string;
}

function given(name: string | undefined, pack: PolicyPack): string | null {
  if (name === undefined) return null;
  const ministry = ministryByName(name, pack);
  if (!ministry) throw new UnknownMinistryError(name, pack.vocabularies.ministries.map((m) => m.name));
  return ministry.name;
}

/** Throws UnreadableWorkbookError for bytes that are not a readable .xlsx, UnknownMinistryError for an unknown `ministry`. */
export async function ministryPartFromXlsx(bytes: Uint8Array, file: string, options: MinistryPartOptions): Promise<MinistryPart> {
  const { packs } = options;
  const source = await XlsxWorkbookSource.fromBuffer(bytes);
  const names = await source.sheetNames();
  const marked = source.markedSheet(DEFAULT_LAYOUT.marker);
  if (marked !== null) {
    const part = readSubmissionSheet({ grid: await source.readSheet(marked), file }, packs, DEFAULT_LAYOUT);
    const name = given(options.ministry, packs.find((p) => p.id === part.policyId) ?? packs[packs.length - 1]);
    return name === null ? part : { ...part, ministry: name, ministryFrom: 'argument' };
  }
  const grid = await source.readSheet(names[0]);
  const report = checkSheet(grid, {
    packs,
    ...(options.packId !== undefined ? { packId: options.packId } : {}),
    locale: options.locale,
    file,
    ...(options.inputHash !== undefined ? { inputHash: options.inputHash } : {}),
  });
  const pack = packs.find((p) => p.id === report.policy.id);
  if (!pack) throw new Error(`the report names policy '${report.policy.id}', which is not among the packs`);
  const name = given(options.ministry, pack);
  const stated = report.ministry;
  const ministry = name !== null ? { name, from: 'argument' as const } : stated ? { name: stated.name, from: stated.from } : { name: null, from: null };
  return partFromReport(report, pack, DEFAULT_LAYOUT, ministry);
}
