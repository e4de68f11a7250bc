/**
 * Which name the output sheet gets, and which sheet (if any) it replaces. A sheet is the
 * add-in's own output only when it carries the marker; a sheet that merely has the name
 * is the user's and is never replaced — the output takes the next free name instead.
 */
export interface ExistingSheet {
  readonly id: string;
  readonly name: string;
  /** Carries this add-in's output marker. */
  readonly isOutput: boolean;
}

export interface OutputTarget {
  readonly name: string;
  /** The previous output sheet holding that name, to be deleted once the new one is complete. */
  readonly replaces?: ExistingSheet;
  /** A user's sheet holds the wanted name, so a numbered name was chosen. */
  readonly nameWasTaken: boolean;
}

const MAX_SHEET_NAME = 31;

export function chooseOutputTarget(wanted: string, sheets: readonly ExistingSheet[]): OutputTarget {
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : numbered(wanted, n);
    const holder = sheets.find((sheet) => sameSheetName(sheet.name, name));
    if (!holder) return { name, nameWasTaken: n > 1 };
    if (holder.isOutput) return { name, replaces: holder, nameWasTaken: n > 1 };
  }
}

/** `base`, or "base (2)", "base (3)" … whichever no sheet has yet. */
export function freeSheetName(base: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base.slice(0, MAX_SHEET_NAME) : numbered(base, n);
    if (!taken.some((existing) => sameSheetName(existing, name))) return name;
  }
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** Why Excel would refuse `name` as a sheet name, or null when it is acceptable. */
export function sheetNameProblem(name: string): { ja: string; en: string } | null {
  if (name.trim() === '') return { ja: 'シート名が空です', en: 'the sheet name is empty' };
  if (name.length > MAX_SHEET_NAME) return { ja: `シート名が${MAX_SHEET_NAME}文字を超えています`, en: `the sheet name is longer than ${MAX_SHEET_NAME} characters` };
  if (/[[\]:*?/\\]/.test(name)) return { ja: 'シート名に使えない文字（[ ] : * ? / \\）が含まれています', en: 'the sheet name contains a character Excel does not allow ([ ] : * ? / \\)' };
  if (name.startsWith("'") || name.endsWith("'")) return { ja: 'シート名の先頭か末尾にアポストロフィがあります', en: 'the sheet name starts or ends with an apostrophe' };
  if (sameSheetName(name, 'History')) return { ja: '「History」は Excel の予約名です', en: '"History" is reserved by Excel' };
  return null;
}

function numbered(base: string, n: number): string {
  const suffix = ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}
