import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * LibreOffice Calc, headless, as an independent spreadsheet application: it opens what our
 * writer produced, recalculates every formula, and exports the results (csv) or the print
 * layout (pdf). Each run gets a private profile under /tmp/lo-<random>, so runs never share
 * state with each other or with a desktop LibreOffice.
 */

const TIMEOUT_MS = 60_000;

/** Recalculate formulas on load, always: otherwise LibreOffice trusts the cached results. */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * CSV filter options: comma, double quote, UTF-8 (76), from line 1, default cell formats,
 * system language, quoted text as text, detect special numbers, "save cell contents as
 * shown" OFF (raw values: 1234567 rather than 1,234,567 and 0.05 rather than 5.0%), export
 * formulas OFF (their results), no space trimming, and -1 = every sheet to its own file.
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export function sofficePath(): string {
  const candidates = [process.env.SOFFICE, ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'soffice'))];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next one
    }
  }
  throw new Error('LibreOffice (soffice) was not found on PATH. Install it (apt-get install -y libreoffice-calc-nogui) or set SOFFICE to its path.');
}

async function convert(xlsx: Uint8Array, filter: string): Promise<{ dir: string; files: string[]; cleanup: () => Promise<void> }> {
  const soffice = sofficePath();
  const work = await mkdtemp(join(tmpdir(), 'lo-work-'));
  const profile = await mkdtemp('/tmp/lo-');
  const cleanup = async () => {
    await rm(work, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  };
  try {
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
    const input = join(work, 'book.xlsx');
    const out = join(work, 'out');
    await writeFile(input, xlsx);
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', out, input],
        { timeout: TIMEOUT_MS },
        (error, _stdout, stderr) => {
          if (error) reject(new Error(`soffice failed (${error.killed ? `timed out after ${TIMEOUT_MS} ms` : error.message}): ${stderr}`));
          else resolve();
        },
      );
    });
    const files = await readdir(out).catch(() => []);
    if (files.length === 0) throw new Error('soffice produced no output (is the workbook valid?)');
    return { dir: out, files, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Recalculated values of every sheet, by sheet name: rows of cells as LibreOffice exports them. */
export async function libreOfficeCsv(xlsx: Uint8Array): Promise<Map<string, string[][]>> {
  const { dir, files, cleanup } = await convert(xlsx, CSV_FILTER);
  try {
    const sheets = new Map<string, string[][]>();
    for (const file of files.filter((f) => f.endsWith('.csv'))) {
      // book-<sheet name>.csv
      const sheet = file.slice('book-'.length, -'.csv'.length);
      sheets.set(sheet, parseCsv(await readFile(join(dir, file), 'utf8')));
    }
    return sheets;
  } finally {
    await cleanup();
  }
}

/** The workbook's print layout as PDF bytes. */
export async function libreOfficePdf(xlsx: Uint8Array): Promise<Uint8Array> {
  const { dir, files, cleanup } = await convert(xlsx, 'pdf');
  try {
    return new Uint8Array(await readFile(join(dir, files[0])));
  } finally {
    await cleanup();
  }
}

/** The workbook after LibreOffice opened and saved it as .xlsx again (what survives a round trip). */
export async function libreOfficeXlsx(xlsx: Uint8Array): Promise<Uint8Array> {
  const { dir, files, cleanup } = await convert(xlsx, 'xlsx:Calc MS Excel 2007 XML');
  try {
    return new Uint8Array(await readFile(join(dir, files[0])));
  } finally {
    await cleanup();
  }
}
