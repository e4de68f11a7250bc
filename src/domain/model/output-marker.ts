/**
 * How an output sheet is found again, by every writer and reader alike: a workbook-level
 * defined name spelled from the sheet model's marker, referring to A1 of the output sheet.
 * A defined name survives saving in Excel and LibreOffice, follows the sheet when it is
 * renamed and is invisible on the sheet, so the sheet is found by it, never by its title.
 */

/** The defined name for a marker: Excel names allow letters, digits, "_" and ".". */
export function markerName(marker: string): string {
  const cleaned = marker.replace(/[^A-Za-z0-9_.]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** A sheet name as a formula writes it: always quoted, quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** What the marker's name refers to: A1 of the sheet, absolute. */
export function markerReference(sheetName: string): string {
  return `${quotedSheet(sheetName)}!$A$1`;
}

/**
 * The sheet a marker's reference points at ('Sheet name'!$A$1, Sheet1!$A$1, with or without
 * "="); null for anything else (#REF! once the sheet was deleted, a constant, a range of
 * another shape), so a stale name never marks the wrong sheet.
 */
export function sheetOfMarkerReference(reference: string): string | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!#\s]+))!\$?A\$?1$/.exec(reference.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}
