import { classify } from '../classification';
import { applyAccepted } from '../classification/accept';
import type { AcceptedSuggestion } from '../model/acceptance';
import type { Locale } from '../model/finding';
import type { SheetGrid } from '../model/grid';
import type { CheckReport } from '../model/report';
import type { ColumnMapping } from '../model/table';
import type { PolicyPack } from '../policy/schema';
import { guessPackFromText } from '../policy/registry';
import { readTable } from '../reading/read-table';
import { detectMinistry } from '../reading/ministry';
import { runRules, type RuleConfig } from '../rules/engine';
import { gridHash } from './hash';
import { buildReport } from './report';
import type { ProgressListener } from '../model/progress';
import type { PreviousYear } from '../model/previous-year';
import { comparePrevious, inheritPrevious } from '../previous-year';

export interface CheckOptions {
  readonly packs: readonly PolicyPack[];
  /** The year asked for (e.g. "R6"); otherwise guessed from the sheet's title, else the newest pack. */
  readonly packId?: string;
  /** A user-confirmed mapping, overriding header detection. */
  readonly mapping?: ColumnMapping;
  /** Suggestions the officer accepted (kept in the workbook's settings); only these join the declared figures. */
  readonly accepted?: readonly AcceptedSuggestion[];
  readonly locale: Locale;
  readonly config?: RuleConfig;
  /** Shown in the report; the CLI passes the path it was given. */
  readonly file?: string;
  /** SHA-256 of the file's bytes when the caller has them; else the grid's values are hashed. */
  readonly inputHash?: string;
  readonly now?: Date;
  /** Told each phase as it starts, and rows classified so far (the pane shows it; the CLI passes none). */
  readonly onProgress?: ProgressListener;
  /**
   * Last year's sheet, read: its continuing 事業 are offered last year's classification as
   * suggestions, and the report lists 新規, 継続 and 廃止 事業. Data (the pane reads it once and
   * sends it with each check), or a reader given the year this check chose (the CLI: the sheet's
   * title may name no year of its own that a pack has, and then it is read with this year's).
   */
  readonly previous?: PreviousYear | ((pack: PolicyPack) => PreviousYear);
}

function newest(packs: readonly PolicyPack[]): PolicyPack {
  if (packs.length === 0) throw new Error('checkSheet: no policy packs were given');
  return packs.reduce((a, b) => (b.fiscalYear.western > a.fiscalYear.western ? b : a));
}

/**
 * One click: picks the year's policy, reads the sheet, classifies its rows, runs every rule and
 * builds the report. Whatever the grid holds, problems come back as findings, never as exceptions
 * (only a packId that is not among the packs, or a bad rule configuration, is an Error).
 */
export function checkSheet(grid: SheetGrid, options: CheckOptions): CheckReport {
  const { packs, packId, mapping } = options;
  const progress = options.onProgress ?? (() => undefined);
  progress({ phase: 'reading' });
  const readOptions = mapping ? { mapping } : {};
  let pack: PolicyPack;
  let chosenBy: CheckReport['policy']['chosenBy'];
  let table;
  if (packId !== undefined) {
    const asked = packs.find((p) => p.id === packId);
    if (!asked) throw new Error(`checkSheet: unknown policy '${packId}' (known: ${packs.map((p) => p.id).join(', ')})`);
    pack = asked;
    chosenBy = 'argument';
    table = readTable(grid, pack, readOptions);
  } else {
    // The title that names the year is found by reading; reading again is needed only when the
    // sheet's year differs, since split columns are recognised by that year's project names.
    const fallback = newest(packs);
    table = readTable(grid, fallback, readOptions);
    const guessed = guessPackFromText(table.titleLines, packs);
    if (guessed) {
      pack = guessed.pack;
      chosenBy = 'sheet';
      if (pack.id !== fallback.id) table = readTable(grid, pack, readOptions);
    } else {
      pack = fallback;
      chosenBy = 'default';
    }
  }
  const total = table.rows.length;
  progress({ phase: 'classifying', done: 0, total });
  const classified = classify(table, pack, (done) => progress({ phase: 'classifying', done, total }));
  const previous = typeof options.previous === 'function' ? options.previous(pack) : options.previous;
  const compared = previous ? comparePrevious(table, previous, pack) : undefined;
  // Acceptance comes last: an officer may accept what last year's sheet suggests.
  const inherited = compared ? inheritPrevious(table, classified, compared, pack) : classified;
  const classification = applyAccepted(table.rows, inherited, options.accepted ?? [], pack, table.unit);
  progress({ phase: 'rules' });
  const findings = runRules({ table, classification, pack, ...(compared ? { previous: compared } : {}) }, options.config);
  progress({ phase: 'report' });
  return buildReport({
    table,
    classification,
    pack,
    chosenBy,
    findings,
    locale: options.locale,
    ...(options.file !== undefined ? { file: options.file } : {}),
    sha256: options.inputHash ?? gridHash(grid),
    now: options.now ?? new Date(),
    ministry: detectMinistry({ grid, ...(options.file !== undefined ? { fileName: options.file } : {}) }, pack),
    ...(compared ? { previous: compared } : {}),
  });
}
